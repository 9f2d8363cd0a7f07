package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.CustodyEventType;
import org.evidentia.evidence.api.Enums.EvidenceKind;
import org.evidentia.evidence.api.Enums.Integrity;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvidencePersistenceTest {

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private static EvidenceItem.Analysis analysis(String sha256) {
    return new EvidenceItem.Analysis(
        sha256,
        "e".repeat(128),
        1234,
        "image/jpeg",
        "image/jpeg",
        new EmbeddedMetadata(
            Instant.parse("2024-07-08T10:40:00Z"), true, 50.4501, 30.4812, "Samsung Galaxy A52"));
  }

  private static NewEvidence input() {
    return new NewEvidence(
        EvidenceKind.PHOTO,
        "Ward after the strike",
        "source-1",
        null,
        Instant.parse("2024-07-08T12:00:00Z"),
        true,
        false,
        null);
  }

  private static String sha() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
  }

  private static EvidenceItem persist(
      TestDatabase db, String sha256, String duplicateOf, boolean newContent) {
    return db.inTransaction(
        "evidence",
        em -> {
          String id = UUID.randomUUID().toString();
          if (newContent) {
            em.persist(new StoredContent(sha256, "e".repeat(128), 1234, id, NOW));
            // No JPA relations: the foreign keys decide the order, so flush in that order.
            em.flush();
          }
          EvidenceItem item =
              new EvidenceItem(
                  id,
                  "incident-1",
                  "case-1",
                  input(),
                  "ward.jpg",
                  analysis(sha256),
                  duplicateOf,
                  "caseworker",
                  NOW);
          em.persist(item);
          em.flush();
          em.persist(
              new CustodyEvent(id, CustodyEventType.RECEIVED, "caseworker", NOW, "received"));
          return item;
        });
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anItemRoundTripsWithItsMetadataAndComparisons(TestDatabase db) {
    String sha256 = sha();
    EvidenceItem item = persist(db, sha256, null, true);
    EvidenceView view =
        db.inTransaction(
            "evidence",
            em ->
                em.find(EvidenceItem.class, item.id())
                    .view(null, Instant.parse("2024-07-08T07:45:00Z"), 50.4647, 30.4796));
    assertThat(view.sha256()).isEqualTo(sha256);
    assertThat(view.integrity()).isEqualTo(Integrity.UNCHECKED);
    assertThat(view.metadata().device()).isEqualTo("Samsung Galaxy A52");
    assertThat(view.duplicateContent()).isFalse();
    // Captured 2h55m after the incident began, 1h20m before it was said to be obtained.
    assertThat(view.comparison().captureToIncidentSeconds()).isEqualTo(10_500);
    assertThat(view.comparison().captureToObtainedSeconds()).isEqualTo(4_800);
    assertThat(view.comparison().distanceFromIncidentMeters()).isBetween(1_500.0, 1_700.0);
    assertThat(view.comparison().nameMatchesContent()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theContentKeyRefusesASecondFirstUploadOfTheSameBytes(TestDatabase db) {
    String sha256 = sha();
    EvidenceItem first = persist(db, sha256, null, true);
    assertThatThrownBy(() -> persist(db, sha256, null, true))
        .satisfies(e -> assertThat(EvidenceService.isKeyCollision(e)).as(e.toString()).isTrue());
    // The retry finds the content and records itself as a duplicate.
    String firstItem =
        db.inTransaction("evidence", em -> em.find(StoredContent.class, sha256).firstItemId());
    assertThat(firstItem).isEqualTo(first.id());
    EvidenceItem second = persist(db, sha256, firstItem, false);
    long items =
        db.inTransaction(
            "evidence",
            em ->
                em.createQuery(
                        "SELECT COUNT(e) FROM EvidenceItem e WHERE e.sha256 = :h", Long.class)
                    .setParameter("h", sha256)
                    .getSingleResult());
    assertThat(items).isEqualTo(2);
    String duplicateOf =
        db.inTransaction("evidence", em -> em.find(EvidenceItem.class, second.id()).duplicateOf());
    assertThat(duplicateOf).isEqualTo(first.id());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anIntegrityResultIsKeptOnTheItemAndItsCustody(TestDatabase db) {
    EvidenceItem item = persist(db, sha(), null, true);
    db.run(
        "evidence",
        em -> {
          em.find(EvidenceItem.class, item.id()).checked(false, NOW.plusSeconds(60));
          em.persist(
              new CustodyEvent(
                  item.id(),
                  CustodyEventType.INTEGRITY_CHECKED,
                  "system",
                  NOW.plusSeconds(60),
                  "FAILED: " + "x".repeat(3000)));
        });
    List<org.evidentia.evidence.api.CustodyEventView> custody =
        db.inTransaction(
            "evidence",
            em ->
                em
                    .createQuery(
                        "SELECT c FROM CustodyEvent c WHERE c.evidenceId = :e ORDER BY c.at, c.id",
                        CustodyEvent.class)
                    .setParameter("e", item.id())
                    .getResultList()
                    .stream()
                    .map(CustodyEvent::view)
                    .toList());
    assertThat(custody)
        .extracting(org.evidentia.evidence.api.CustodyEventView::type)
        .containsExactly(CustodyEventType.RECEIVED, CustodyEventType.INTEGRITY_CHECKED);
    assertThat(custody.get(1).details()).hasSize(CustodyEvent.MAX_DETAILS);
    EvidenceView view =
        db.inTransaction(
            "evidence", em -> em.find(EvidenceItem.class, item.id()).view(null, null, null, null));
    assertThat(view.integrity()).isEqualTo(Integrity.FAILED);
    assertThat(view.integrityCheckedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aScheduledRunIsClaimedByOneInstanceWhileTheOtherWaitsAndSkips(TestDatabase db)
      throws Exception {
    Duration day = Duration.ofDays(1);
    // Start from a run long ago, whatever earlier tests did.
    db.run(
        "evidence",
        em ->
            em.createNativeQuery(
                    "UPDATE evidence_fixity_run SET last_started_at = NULL WHERE name = 'scheduled'")
                .executeUpdate());
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Instant now = Instant.now();
    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                db.inTransaction(
                    "evidence",
                    em -> {
                      FixityRun run =
                          em.find(
                              FixityRun.class, FixityRun.SCHEDULED, LockModeType.PESSIMISTIC_WRITE);
                      boolean claimed = run.claim(now, day, "instance-a");
                      em.flush();
                      holding.countDown();
                      await(release);
                      return claimed;
                    }));
    holding.await(10, TimeUnit.SECONDS);
    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(
            () ->
                db.inTransaction(
                    "evidence",
                    em ->
                        em.find(
                                FixityRun.class,
                                FixityRun.SCHEDULED,
                                LockModeType.PESSIMISTIC_WRITE)
                            .claim(now.plusSeconds(1), day, "instance-b")));
    Thread.sleep(300);
    assertThat(second).as("waits for the lock").isNotDone();
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
    // A day later the run is due again.
    boolean later =
        db.inTransaction(
            "evidence",
            em ->
                em.find(FixityRun.class, FixityRun.SCHEDULED, LockModeType.PESSIMISTIC_WRITE)
                    .claim(now.plus(day), day, "instance-b"));
    assertThat(later).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
