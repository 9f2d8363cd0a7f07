package org.evidentia.verification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.InvalidInputException.Violation;
import org.evidentia.verification.api.Checklist;
import org.evidentia.verification.api.Checklist.Analysis;
import org.evidentia.verification.api.Checklist.KeyFact;
import org.evidentia.verification.api.Checklist.Result;
import org.evidentia.verification.api.ReviewAction;

/**
 * What an action must carry: a reason where one is due, and for a sign-off a complete checklist. A
 * sign-off confirms the checks; when one cannot be confirmed, the reviewer asks for information or
 * rejects instead.
 */
final class ReviewRules {

  static final int MAX_NOTE = 4000;
  static final int MAX_RATIONALE = 8000;
  static final int MAX_FACT = 1000;
  static final int MAX_FACTS = 50;

  private ReviewRules() {}

  static String rationale(ReviewAction action) {
    String text = action.rationale() == null ? "" : action.rationale().strip();
    if (text.length() > MAX_RATIONALE) {
      throw new InvalidInputException(
          "rationale", "the rationale is too long (at most " + MAX_RATIONALE + " characters)");
    }
    if (text.isEmpty() && action.action().needsRationale()) {
      throw new InvalidInputException(
          "rationale",
          switch (action.action()) {
            case SIGN_OFF -> "a sign-off needs a rationale: why the incident can be relied on";
            case REQUEST_INFORMATION -> "write the questions the caseworker should answer";
            default -> "give the reason for " + action.action();
          });
    }
    return text.isEmpty() ? null : text;
  }

  /**
   * Checks a sign-off's checklist against the incident's sources and claims, and answers every
   * grade it stands for: each source's (given now, or as graded before), each claim's, each key
   * fact's.
   */
  static List<ReviewTransition.Grade> signOff(
      Checklist checklist, List<SourceView> sources, List<ClaimView> claims, int evidenceItems) {
    List<Violation> problems = new ArrayList<>();
    if (checklist == null) {
      throw new InvalidInputException(
          "checklist",
          "a sign-off needs the verification checklist: source, technical and content analysis");
    }
    analysis(problems, "sourceAnalysis", checklist.sourceAnalysis(), false);
    analysis(problems, "technicalAnalysis", checklist.technicalAnalysis(), evidenceItems == 0);
    analysis(problems, "contentAnalysis", checklist.contentAnalysis(), true);

    List<ReviewTransition.Grade> grades = new ArrayList<>();
    Map<String, Reliability> given =
        checklist.sourceGrades() == null ? Map.of() : checklist.sourceGrades();
    if (sources.isEmpty()) {
      problems.add(
          new Violation("sourceGrades", "an incident without any source cannot be verified"));
    }
    for (String id : given.keySet()) {
      if (sources.stream().noneMatch(s -> s.id().equals(id))) {
        problems.add(new Violation("sourceGrades." + id, "not a source of this incident"));
      }
    }
    for (SourceView source : sources) {
      // The signer grades every source: a grade set before, maybe by someone who may not review
      // this incident, is only a suggestion the page fills in.
      Reliability grade = given.get(source.id());
      if (grade == null) {
        problems.add(
            new Violation(
                "sourceGrades." + source.id(),
                "grade the reliability of source \"" + source.name() + "\" (A-F)"));
      } else {
        grades.add(new ReviewTransition.Grade("SOURCE", source.id(), null, grade.name()));
      }
    }
    Map<String, Integer> claimGrades =
        checklist.claimGrades() == null ? Map.of() : checklist.claimGrades();
    for (String id : claimGrades.keySet()) {
      if (claims.stream().noneMatch(c -> c.id().equals(id))) {
        problems.add(new Violation("claimGrades." + id, "not a casualty claim of this incident"));
      }
    }
    for (ClaimView claim : claims) {
      Integer grade = claimGrades.get(claim.id());
      if (!credible(grade)) {
        problems.add(
            new Violation(
                "claimGrades." + claim.id(),
                "grade the credibility (1-6) of the casualty claim of \""
                    + claim.sourceName()
                    + "\""));
      } else {
        grades.add(new ReviewTransition.Grade("CLAIM", claim.id(), null, grade.toString()));
      }
    }
    List<KeyFact> facts = checklist.keyFacts() == null ? List.of() : checklist.keyFacts();
    if (facts.isEmpty()) {
      problems.add(
          new Violation(
              "keyFacts", "state at least one key fact you verified, with its credibility"));
    }
    if (facts.size() > MAX_FACTS) {
      problems.add(new Violation("keyFacts", "at most " + MAX_FACTS + " key facts"));
    }
    for (int i = 0; i < facts.size() && i < MAX_FACTS; i++) {
      KeyFact fact = facts.get(i);
      String statement = fact == null || fact.statement() == null ? "" : fact.statement().strip();
      if (statement.isEmpty() || statement.length() > MAX_FACT) {
        problems.add(
            new Violation(
                "keyFacts[" + i + "].statement",
                "state the fact (1 to " + MAX_FACT + " characters)"));
      } else if (!credible(fact.credibility())) {
        problems.add(
            new Violation("keyFacts[" + i + "].credibility", "grade the fact's credibility (1-6)"));
      } else {
        grades.add(
            new ReviewTransition.Grade("FACT", null, statement, fact.credibility().toString()));
      }
    }
    if (!problems.isEmpty()) {
      // Named as in the request body.
      throw new InvalidInputException(
          problems.stream()
              .map(v -> new Violation("checklist." + v.field(), v.message()))
              .toList());
    }
    return grades;
  }

  private static boolean credible(Integer grade) {
    return grade != null && grade >= 1 && grade <= 6;
  }

  private static void analysis(
      List<Violation> problems, String field, Analysis analysis, boolean mayNotApply) {
    if (analysis == null || analysis.result() == null) {
      problems.add(new Violation(field + ".result", "record the result of the " + name(field)));
      return;
    }
    if (analysis.result() == Result.NOT_CONFIRMED) {
      problems.add(
          new Violation(
              field + ".result",
              "a sign-off confirms the "
                  + name(field)
                  + "; if it could not be confirmed, request information or reject"));
    }
    if (analysis.result() == Result.NOT_APPLICABLE && !mayNotApply) {
      problems.add(
          new Violation(
              field + ".result",
              field.equals("technicalAnalysis")
                  ? "the incident has evidence: its technical analysis applies"
                  : "the " + name(field) + " always applies"));
    }
    String note = analysis.note() == null ? "" : analysis.note().strip();
    if (note.isEmpty()) {
      problems.add(new Violation(field + ".note", "say how the " + name(field) + " was done"));
    } else if (note.length() > MAX_NOTE) {
      problems.add(new Violation(field + ".note", "at most " + MAX_NOTE + " characters"));
    }
  }

  private static String name(String field) {
    return switch (field) {
      case "sourceAnalysis" -> "source analysis";
      case "technicalAnalysis" -> "technical analysis";
      default -> "content analysis";
    };
  }
}
