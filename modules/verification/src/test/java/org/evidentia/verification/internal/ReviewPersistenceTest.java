package org.evidentia.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.Occurred;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.testing.TestDatabase;
import org.evidentia.verification.api.Checklist;
import org.evidentia.verification.api.Checklist.Analysis;
import org.evidentia.verification.api.Checklist.Result;
import org.evidentia.verification.api.QueueFilter;
import org.evidentia.verification.api.QueueItem;
import org.evidentia.verification.api.ReviewActionType;
import org.evidentia.verification.api.TransitionView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The review tables and the queue's queries, on H2 and PostgreSQL (when configured). */
class ReviewPersistenceTest {

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static final Instant REPORTED = Instant.parse("2026-11-01T08:00:00Z");
  private static final String UNIT = "verification";

  private static IncidentView incident(String caseId, String type, String region) {
    return new IncidentView(
        UUID.randomUUID().toString(),
        caseId,
        "Strike " + type,
        null,
        IncidentStatus.REPORTED,
        new Occurred(REPORTED, null, null),
        new Location(null, "UA", region, null, null, null, null, null),
        type,
        null,
        null,
        null,
        null,
        REPORTED,
        "caseworker",
        REPORTED,
        "caseworker",
        1);
  }

  /** An incident taken into review at {@code at}, as the service records it. */
  private static void submitted(TestDatabase db, IncidentView incident, Instant at) {
    db.run(
        UNIT,
        em -> {
          ReviewState state = new ReviewState(incident);
          em.persist(state);
          state.record(
              ReviewActionType.SUBMIT,
              IncidentStatus.UNDER_REVIEW,
              1,
              incident,
              0,
              "caseworker",
              at);
          em.persist(new Contributor(incident.id(), "caseworker"));
        });
  }

  private static ReviewTransition signOff(IncidentView incident, int seq, String reviewer) {
    ReviewTransition t =
        new ReviewTransition(
            incident.id(),
            incident.caseId(),
            seq,
            1,
            ReviewActionType.SIGN_OFF,
            IncidentStatus.UNDER_REVIEW,
            IncidentStatus.UNDER_REVIEW,
            reviewer,
            REPORTED.plusSeconds(3600),
            "consistent",
            2);
    t.checklist(
        new Checklist(
            new Analysis(Result.CONFIRMED, "two independent sources"),
            new Analysis(Result.CONFIRMED, "EXIF time within minutes"),
            new Analysis(Result.CONFIRMED, "skyline matches"),
            null,
            null,
            null),
        List.of(
            new ReviewTransition.Grade("SOURCE", "s1", null, "B"),
            new ReviewTransition.Grade("CLAIM", "c1", null, "2"),
            new ReviewTransition.Grade("FACT", null, "Struck at 10:45", "1")));
    return t;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aSignOffKeepsItsChecklistAndGradesInOrder(TestDatabase db) {
    IncidentView incident = incident(UUID.randomUUID().toString(), "SHELLING", "Kharkiv");
    ReviewTransition t = signOff(incident, 1, "reviewer1");
    db.run(UNIT, em -> em.persist(t));
    TransitionView read =
        db.inTransaction(UNIT, em -> em.find(ReviewTransition.class, t.id()).view(1));
    assertThat(read.checklist().technicalAnalysis().note()).isEqualTo("EXIF time within minutes");
    assertThat(read.grades())
        .extracting(TransitionView.GradeView::subject)
        .containsExactly("SOURCE", "CLAIM", "FACT");
    assertThat(read.grades().get(2).statement()).isEqualTo("Struck at 10:45");
    assertThat(read.counts()).isTrue();
    assertThat(
            db.inTransaction(UNIT, em -> em.find(ReviewTransition.class, t.id()).view(2)).counts())
        .as("a sign-off of an earlier round no longer counts")
        .isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void oneReviewerSignsOffOnceARoundWhateverInstanceAsks(TestDatabase db) {
    IncidentView incident = incident(UUID.randomUUID().toString(), "SHELLING", "Kharkiv");
    ReviewTransition first = signOff(incident, 1, "reviewer1");
    ReviewTransition second = signOff(incident, 2, "reviewer1");
    db.run(
        UNIT,
        em -> {
          em.persist(first);
          em.flush();
          em.persist(new SignOff(incident.id(), 1, "reviewer1", first.id(), REPORTED));
        });
    assertThatThrownBy(
            () ->
                db.run(
                    UNIT,
                    em -> {
                      em.persist(second);
                      em.flush();
                      em.persist(new SignOff(incident.id(), 1, "reviewer1", second.id(), REPORTED));
                    }))
        .isInstanceOf(PersistenceException.class);
    long kept =
        db.<Long>inTransaction(
            UNIT,
            em ->
                em.createQuery(
                        "SELECT COUNT(t) FROM ReviewTransition t WHERE t.incidentId = :i",
                        Long.class)
                    .setParameter("i", incident.id())
                    .getSingleResult());
    assertThat(kept).as("the refused sign-off left nothing behind").isEqualTo(1L);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theQueueLeavesOutWhatTheReviewerContributedToOrSigned(TestDatabase db) {
    String caseId = UUID.randomUUID().toString();
    IncidentView own = incident(caseId, "SHELLING", "Kharkiv");
    IncidentView signed = incident(caseId, "SHELLING", "Kharkiv");
    IncidentView older = incident(caseId, "ATTACK_ON_MEDICAL_FACILITY", "Kyiv");
    IncidentView newer = incident(caseId, "SHELLING", "Kharkiv");
    submitted(db, own, REPORTED.plusSeconds(10));
    submitted(db, signed, REPORTED.plusSeconds(20));
    submitted(db, older, REPORTED.plusSeconds(30));
    submitted(db, newer, REPORTED.plusSeconds(40));
    ReviewTransition t = signOff(signed, 2, "reviewer1");
    db.run(
        UNIT,
        em -> {
          em.persist(new Contributor(own.id(), "reviewer1"));
          em.persist(t);
          em.flush();
          em.persist(new SignOff(signed.id(), 1, "reviewer1", t.id(), REPORTED));
        });
    Set<String> mine = Set.of(caseId);
    PageRequest page = new PageRequest(0, 20, null, null);

    List<QueueItem> toReview = queue(db, QueueFilter.View.TO_REVIEW, "reviewer1", mine, null, page);
    assertThat(toReview)
        .extracting(QueueItem::incidentId)
        .as("oldest first, without own and signed")
        .containsExactly(older.id(), newer.id());
    assertThat(queue(db, QueueFilter.View.SIGNED_BY_ME, "reviewer1", mine, null, page))
        .extracting(QueueItem::incidentId)
        .containsExactly(signed.id());
    assertThat(queue(db, QueueFilter.View.TO_REVIEW, "reviewer2", mine, null, page))
        .extracting(QueueItem::incidentId)
        .containsExactly(own.id(), signed.id(), older.id(), newer.id());
    assertThat(
            queue(
                db,
                QueueFilter.View.TO_REVIEW,
                "reviewer2",
                mine,
                new QueueFilter(QueueFilter.View.TO_REVIEW, caseId, "SHELLING", "Kharkiv"),
                page))
        .extracting(QueueItem::incidentId)
        .containsExactly(own.id(), signed.id(), newer.id());
    assertThat(
            queue(db, QueueFilter.View.TO_REVIEW, "reviewer2", Set.of("another case"), null, page))
        .isEmpty();
  }

  private static List<QueueItem> queue(
      TestDatabase db,
      QueueFilter.View view,
      String me,
      Set<String> mine,
      QueueFilter filter,
      PageRequest page) {
    return db.inTransaction(
        UNIT, em -> ReviewQueries.queue(em, view, me, mine, filter, page, 2).items());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theMedianTimeToVerifyIsTheMiddleOfTheCasesVerifiedIncidents(TestDatabase db) {
    String caseId = UUID.randomUUID().toString();
    long[] hours = {30, 2, 10, 50};
    for (long h : hours) {
      IncidentView incident = incident(caseId, "SHELLING", "Kharkiv");
      submitted(db, incident, REPORTED.plusSeconds(60));
      db.run(
          UNIT,
          em ->
              em.find(ReviewState.class, incident.id())
                  .record(
                      ReviewActionType.SIGN_OFF,
                      IncidentStatus.VERIFIED,
                      1,
                      incident,
                      2,
                      "reviewer2",
                      REPORTED.plus(Duration.ofHours(h))));
    }
    assertThat(median(db, Set.of(caseId)))
        .as("between 10 and 30 hours")
        .contains(Duration.ofHours(20));
    IncidentView fifth = incident(caseId, "SHELLING", "Kharkiv");
    submitted(db, fifth, REPORTED.plusSeconds(60));
    db.run(
        UNIT,
        em ->
            em.find(ReviewState.class, fifth.id())
                .record(
                    ReviewActionType.SIGN_OFF,
                    IncidentStatus.VERIFIED,
                    1,
                    fifth,
                    2,
                    "reviewer2",
                    REPORTED.plus(Duration.ofHours(40))));
    assertThat(median(db, Set.of(caseId))).contains(Duration.ofHours(30));
    assertThat(median(db, Set.of("no such case"))).isEmpty();
  }

  private static Optional<Duration> median(TestDatabase db, Set<String> mine) {
    return db.<Optional<Duration>>inTransaction(UNIT, em -> ReviewQueries.median(em, mine));
  }
}
