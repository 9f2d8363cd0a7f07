package org.evidentia.verification.api;

import java.util.List;
import java.util.Map;
import org.evidentia.intake.api.Enums.Reliability;

/**
 * The verification checklist a reviewer records with a sign-off (Berkeley Protocol's three checks,
 * graded on the Admiralty scale).
 *
 * @param sourceGrades reliability (A-F) by source id, for every source of the incident
 * @param claimGrades credibility (1-6) by casualty claim id, for every claim of the incident
 * @param keyFacts the facts the reviewer verified, each with its credibility (1-6); at least one
 */
public record Checklist(
    Analysis sourceAnalysis,
    Analysis technicalAnalysis,
    Analysis contentAnalysis,
    Map<String, Reliability> sourceGrades,
    Map<String, Integer> claimGrades,
    List<KeyFact> keyFacts) {

  /** What one check found, and how. */
  public record Analysis(Result result, String note) {}

  /** A fact of the incident as the reviewer states it, and how credible it is (1-6). */
  public record KeyFact(String statement, Integer credibility) {}

  public enum Result {
    CONFIRMED,
    NOT_CONFIRMED,
    NOT_APPLICABLE
  }
}
