package org.evidentia.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Enums.Population;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.Enums.SourceKind;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.InvalidInputException.Violation;
import org.evidentia.verification.api.Checklist;
import org.evidentia.verification.api.Checklist.Analysis;
import org.evidentia.verification.api.Checklist.KeyFact;
import org.evidentia.verification.api.Checklist.Result;
import org.evidentia.verification.api.ReviewAction;
import org.evidentia.verification.api.ReviewActionType;
import org.junit.jupiter.api.Test;

/** What a sign-off must carry before it can count. */
class ReviewRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static SourceView source(String id, Reliability graded) {
    return new SourceView(
        id, "i", SourceKind.MEDIA, "Source " + id, null, null, null, graded, NOW, "caseworker", 1);
  }

  private static ClaimView claim(String id) {
    return new ClaimView(
        id,
        "i",
        "s1",
        "Source s1",
        null,
        Population.CIVILIANS,
        null,
        null,
        null,
        NOW,
        "caseworker");
  }

  private static Analysis confirmed(String note) {
    return new Analysis(Result.CONFIRMED, note);
  }

  private static Checklist complete() {
    return new Checklist(
        confirmed("two independent outlets, one on site"),
        confirmed("EXIF time 10:47 local, GPS 300 m from the hospital"),
        confirmed("the building's facade matches street imagery"),
        Map.of("s1", Reliability.B),
        Map.of("c1", 2),
        List.of(new KeyFact("A missile struck the toxicology wing at about 10:45", 1)));
  }

  private static List<String> fields(Runnable check) {
    try {
      check.run();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(Violation::field).toList();
    }
    throw new AssertionError("no violation");
  }

  @Test
  void aCompleteChecklistGivesEveryGrade() {
    List<ReviewTransition.Grade> grades =
        ReviewRules.signOff(complete(), List.of(source("s1", null)), List.of(claim("c1")), 3);
    assertThat(grades)
        .extracting(g -> g.subject + ":" + g.grade)
        .containsExactly("SOURCE:B", "CLAIM:2", "FACT:1");
  }

  @Test
  void aGradeGivenBeforeIsNotTheSignersOwn() {
    assertThat(
            fields(
                () ->
                    ReviewRules.signOff(
                        complete(),
                        List.of(source("s1", null), source("s2", Reliability.A)),
                        List.of(claim("c1")),
                        3)))
        .as("s2 was graded A before, perhaps by its own recorder: the signer must grade it")
        .containsExactly("checklist.sourceGrades.s2");
  }

  @Test
  void everySourceAndClaimMustBeGradedAndEveryCheckExplained() {
    Checklist bare =
        new Checklist(
            new Analysis(Result.CONFIRMED, " "), null, new Analysis(null, "x"), null, null, null);
    assertThat(
            fields(
                () ->
                    ReviewRules.signOff(
                        bare, List.of(source("s1", null)), List.of(claim("c1")), 1)))
        .containsExactlyInAnyOrder(
            "checklist.sourceAnalysis.note",
            "checklist.technicalAnalysis.result",
            "checklist.contentAnalysis.result",
            "checklist.sourceGrades.s1",
            "checklist.claimGrades.c1",
            "checklist.keyFacts");
  }

  @Test
  void aSignOffConfirmsItsChecksOrItIsNotASignOff() {
    Checklist c = complete();
    Checklist notConfirmed =
        new Checklist(
            c.sourceAnalysis(),
            c.technicalAnalysis(),
            new Analysis(Result.NOT_CONFIRMED, "could not geolocate"),
            c.sourceGrades(),
            c.claimGrades(),
            c.keyFacts());
    assertThat(
            fields(
                () ->
                    ReviewRules.signOff(
                        notConfirmed, List.of(source("s1", null)), List.of(claim("c1")), 1)))
        .containsExactly("checklist.contentAnalysis.result");
  }

  @Test
  void technicalAnalysisMayNotApplyOnlyWithoutEvidence() {
    Checklist c = complete();
    Checklist noFiles =
        new Checklist(
            c.sourceAnalysis(),
            new Analysis(Result.NOT_APPLICABLE, "no files were received"),
            c.contentAnalysis(),
            c.sourceGrades(),
            c.claimGrades(),
            c.keyFacts());
    assertThat(ReviewRules.signOff(noFiles, List.of(source("s1", null)), List.of(claim("c1")), 0))
        .hasSize(3);
    assertThat(
            fields(
                () ->
                    ReviewRules.signOff(
                        noFiles, List.of(source("s1", null)), List.of(claim("c1")), 2)))
        .containsExactly("checklist.technicalAnalysis.result");
  }

  @Test
  void gradesForAnotherIncidentsSourcesOrOutOfScaleAreRefused() {
    Checklist c = complete();
    Checklist stray =
        new Checklist(
            c.sourceAnalysis(),
            c.technicalAnalysis(),
            c.contentAnalysis(),
            Map.of("s1", Reliability.A, "elsewhere", Reliability.A),
            Map.of("c1", 7),
            List.of(new KeyFact("fact", 0)));
    assertThat(
            fields(
                () ->
                    ReviewRules.signOff(
                        stray, List.of(source("s1", null)), List.of(claim("c1")), 1)))
        .containsExactlyInAnyOrder(
            "checklist.sourceGrades.elsewhere",
            "checklist.claimGrades.c1",
            "checklist.keyFacts[0].credibility");
  }

  @Test
  void anIncidentWithoutSourcesCannotBeVerified() {
    assertThat(fields(() -> ReviewRules.signOff(complete(), List.of(), List.of(claim("c1")), 1)))
        .contains("checklist.sourceGrades", "checklist.sourceGrades.s1");
  }

  @Test
  void decisionsSayWhyAndSubmissionsNeedNot() {
    for (ReviewActionType action : ReviewActionType.values()) {
      ReviewAction without = new ReviewAction(action, "  ", null, null);
      if (action == ReviewActionType.SUBMIT || action == ReviewActionType.RESUBMIT) {
        assertThat(ReviewRules.rationale(without)).isNull();
      } else {
        assertThatThrownBy(() -> ReviewRules.rationale(without))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).violations().get(0).field())
            .isEqualTo("rationale");
      }
    }
    assertThat(
            ReviewRules.rationale(
                new ReviewAction(
                    ReviewActionType.REJECT, "  duplicate of 2024-07-08 entry ", null, null)))
        .isEqualTo("duplicate of 2024-07-08 entry");
    assertThatThrownBy(
            () ->
                ReviewRules.rationale(
                    new ReviewAction(ReviewActionType.REJECT, "x".repeat(8001), null, null)))
        .isInstanceOf(InvalidInputException.class);
  }
}
