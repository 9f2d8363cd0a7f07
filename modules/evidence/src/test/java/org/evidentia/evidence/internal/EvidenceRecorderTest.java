package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.CustodyEventType;
import org.evidentia.evidence.api.Enums.EvidenceKind;
import org.evidentia.evidence.api.Enums.Integrity;
import org.evidentia.evidence.api.EvidenceAdded;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The recorder's writes in a real database: who learns what about items of other cases. */
class EvidenceRecorderTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private record Person(String username) implements Caller {
    @Override
    public String address() {
      return null;
    }

    @Override
    public boolean hasRole(Role role) {
      return role == Role.CASEWORKER;
    }
  }

  private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();
  private final List<AuditEvent> auditedAlways = new CopyOnWriteArrayList<>();

  @SuppressWarnings("unchecked")
  private EvidenceRecorder recorder(EntityManager em, String username) {
    EvidenceRecorder recorder = new EvidenceRecorder();
    recorder.em = em;
    recorder.caller = new Person(username);
    recorder.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    recorder.audit =
        new AuditLog() {
          @Override
          public void record(AuditEvent event) {
            audited.add(event);
          }

          @Override
          public void recordAlways(AuditEvent event) {
            auditedAlways.add(event);
          }
        };
    recorder.added =
        (Event<EvidenceAdded>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Event.class}, (p, m, a) -> null);
    return recorder;
  }

  private static String sha() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
  }

  private EvidenceItem receive(TestDatabase db, String username, String caseId, String sha256) {
    return db.inTransaction(
        "evidence",
        em ->
            recorder(em, username)
                .receive(
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(),
                    caseId,
                    new NewEvidence(
                        EvidenceKind.PHOTO, null, "source-1", null, null, false, false, null),
                    "a.jpg",
                    new EvidenceItem.Analysis(
                        sha256, "e".repeat(128), 1234, "image/jpeg", null, EmbeddedMetadata.NONE)));
  }

  private static List<CustodyEventView> custody(TestDatabase db, String id) {
    return db.inTransaction(
        "evidence",
        em ->
            em
                .createQuery(
                    "SELECT c FROM CustodyEvent c WHERE c.evidenceId = :e ORDER BY c.at, c.id",
                    CustodyEvent.class)
                .setParameter("e", id)
                .getResultList()
                .stream()
                .map(CustodyEvent::view)
                .toList());
  }

  private static EvidenceItem item(TestDatabase db, String id) {
    return db.inTransaction("evidence", em -> em.find(EvidenceItem.class, id));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aDuplicatesReceiptDoesNotNameTheEarlierItem(TestDatabase db) {
    String sha256 = sha();
    EvidenceItem first = receive(db, "alice", "case-a", sha256);
    EvidenceItem second = receive(db, "bob", "case-b", sha256);
    assertThat(item(db, second.id()).duplicateOf()).isEqualTo(first.id());
    assertThat(custody(db, second.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(CustodyEventType.RECEIVED);
              assertThat(e.details()).contains(sha256).doesNotContain(first.id());
            });
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aCheckThatPassesIsRecordedOnTheRequestedItemOnly(TestDatabase db) {
    String sha256 = sha();
    EvidenceItem theirs = receive(db, "alice", "case-a", sha256);
    EvidenceItem mine = receive(db, "bob", "case-b", sha256);
    db.run(
        "evidence",
        em ->
            recorder(em, "bob")
                .integrityCheckedOnRequest(
                    mine.id(),
                    new ContentStore.Fixity(true, "SHA-256 and SHA-512 match"),
                    "checked on request of bob",
                    "bob",
                    NOW));
    assertThat(custody(db, mine.id()))
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(CustodyEventType.INTEGRITY_CHECKED);
              assertThat(e.by()).isEqualTo("bob");
            });
    assertThat(item(db, mine.id()).integrity()).isEqualTo(Integrity.OK);
    assertThat(custody(db, theirs.id()))
        .extracting(CustodyEventView::type)
        .containsExactly(CustodyEventType.RECEIVED);
    assertThat(item(db, theirs.id()).integrity()).isEqualTo(Integrity.UNCHECKED);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aFailureReachesEveryItemOfTheContentButNamesTheRequesterOnlyOnHis(TestDatabase db) {
    String sha256 = sha();
    EvidenceItem theirs = receive(db, "alice", "case-a", sha256);
    EvidenceItem mine = receive(db, "bob", "case-b", sha256);
    db.run(
        "evidence",
        em ->
            recorder(em, "bob")
                .integrityCheckedOnRequest(
                    mine.id(),
                    new ContentStore.Fixity(false, "the stored file differs"),
                    "checked on request of bob",
                    "bob",
                    NOW));
    assertThat(item(db, mine.id()).integrity()).isEqualTo(Integrity.FAILED);
    assertThat(item(db, theirs.id()).integrity()).isEqualTo(Integrity.FAILED);
    assertThat(custody(db, mine.id()))
        .filteredOn(e -> e.type() == CustodyEventType.INTEGRITY_CHECKED)
        .singleElement()
        .satisfies(e -> assertThat(e.by()).isEqualTo("bob"));
    assertThat(custody(db, theirs.id()))
        .filteredOn(e -> e.type() == CustodyEventType.INTEGRITY_CHECKED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.by()).isEqualTo(Caller.SYSTEM);
              assertThat(e.details()).startsWith("FAILED").doesNotContain("bob", mine.id());
            });
    // The alarm is audited per item in transactions of its own.
    assertThat(auditedAlways)
        .extracting(AuditEvent::action, AuditEvent::targetId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("EVIDENCE_INTEGRITY_FAILED", theirs.id()),
            org.assertj.core.groups.Tuple.tuple("EVIDENCE_INTEGRITY_FAILED", mine.id()));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aFixityResultDoesNotConflictWithAnotherWriterOfTheItem(TestDatabase db) {
    String sha256 = sha();
    EvidenceItem item = receive(db, "alice", "case-a", sha256);
    EntityManager other = db.unit("evidence").createEntityManager();
    try {
      other.getTransaction().begin();
      EvidenceItem loaded = other.find(EvidenceItem.class, item.id());
      // Meanwhile the scheduled check records a failure.
      db.run(
          "evidence",
          em ->
              recorder(em, Caller.SYSTEM)
                  .integrityChecked(
                      sha256,
                      new ContentStore.Fixity(false, "the stored file is missing"),
                      "scheduled check",
                      NOW));
      loaded.thumbnailMade();
      other.getTransaction().commit();
    } finally {
      if (other.getTransaction().isActive()) {
        other.getTransaction().rollback();
      }
      other.close();
    }
    EvidenceItem after = item(db, item.id());
    assertThat(after.hasThumbnail()).isTrue();
    assertThat(after.integrity()).isEqualTo(Integrity.FAILED);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theAlarmOfAFailureOutlivesARolledBackTransaction(TestDatabase db) {
    String sha256 = sha();
    EvidenceItem item = receive(db, "alice", "case-a", sha256);
    assertThatThrownBy(
            () ->
                db.run(
                    "evidence",
                    em -> {
                      recorder(em, Caller.SYSTEM)
                          .integrityChecked(
                              sha256,
                              new ContentStore.Fixity(false, "the stored file differs"),
                              "scheduled check",
                              NOW);
                      throw new IllegalStateException("the database went away");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(auditedAlways)
        .extracting(AuditEvent::action, AuditEvent::targetId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EVIDENCE_INTEGRITY_FAILED", item.id()));
    assertThat(audited).noneMatch(e -> e.action().equals("EVIDENCE_INTEGRITY_FAILED"));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aDamagedStoredCopyFailsEveryItemAndNamesTheFreshCopy(TestDatabase db) {
    String sha256 = sha();
    EvidenceItem first = receive(db, "alice", "case-a", sha256);
    EvidenceItem again = receive(db, "bob", "case-b", sha256);
    db.run(
        "evidence",
        em ->
            recorder(em, "bob")
                .storedCopyDamaged(
                    sha256,
                    "the stored file differs from what was received",
                    "originals/ab/cd/" + sha256 + ".received-1",
                    NOW));
    for (EvidenceItem item : List.of(first, again)) {
      assertThat(item(db, item.id()).integrity()).isEqualTo(Integrity.FAILED);
      assertThat(custody(db, item.id()))
          .filteredOn(e -> e.type() == CustodyEventType.INTEGRITY_CHECKED)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.by()).isEqualTo(Caller.SYSTEM);
                assertThat(e.details()).contains(".received-1").doesNotContain("bob");
              });
    }
  }
}
