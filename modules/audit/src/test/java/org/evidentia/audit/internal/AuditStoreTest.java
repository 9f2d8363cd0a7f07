package org.evidentia.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.audit.api.ChainVerification;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chain on a real database. Tampering tests work inside a transaction that is rolled back, so
 * the chain shared by the tests of this JVM stays intact.
 */
class AuditStoreTest {

  static java.util.stream.Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static AuditStore store(EntityManager em) {
    return new AuditStore(em, Clock.systemUTC());
  }

  private static void appendSome(EntityManager em, int count) {
    for (int i = 0; i < count; i++) {
      store(em).append("caseworker", "CASE_OPENED", "case", "c-" + i, "127.0.0.1", "entry " + i);
    }
    em.flush();
  }

  private static ChainVerification tamperAndVerify(TestDatabase db, String sql) {
    EntityManager em = db.unit("audit").createEntityManager();
    try {
      em.getTransaction().begin();
      appendSome(em, 5);
      long last = store(em).search(PageRequest.first(1)).items().get(0).sequence();
      for (String statement : sql.replace("$LAST", Long.toString(last)).split(";")) {
        em.createNativeQuery(statement).executeUpdate();
      }
      em.flush();
      em.clear();
      return store(em).verify();
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void appendedEntriesFormAValidChain(TestDatabase db) {
    db.run("audit", em -> appendSome(em, 3));
    ChainVerification result = db.inTransaction("audit", em -> store(em).verify());
    assertThat(result.valid()).isTrue();
    assertThat(result.entries()).isGreaterThanOrEqualTo(3);
    assertThat(result.firstBrokenEntry()).isNull();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void editingAnyFieldIsDetected(TestDatabase db) {
    for (String column :
        List.of("actor", "action", "target_type", "target_id", "address", "details")) {
      ChainVerification result =
          tamperAndVerify(
              db, "UPDATE audit_entry SET " + column + " = 'forged' WHERE sequence_no = $LAST - 2");
      assertThat(result.valid()).as(column).isFalse();
      assertThat(result.firstBrokenEntry()).as(column).isNotNull();
    }
    ChainVerification time =
        tamperAndVerify(
            db,
            "UPDATE audit_entry SET recorded_at = TIMESTAMP '2020-01-01 00:00:00' WHERE sequence_no = $LAST - 1");
    assertThat(time.valid()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void editingAnEntryAndRecomputingItsHashBreaksTheNextLink(TestDatabase db) {
    EntityManager em = db.unit("audit").createEntityManager();
    try {
      em.getTransaction().begin();
      appendSome(em, 4);
      long last = store(em).search(PageRequest.first(1)).items().get(0).sequence();
      AuditEntry victim = em.find(AuditEntry.class, last - 2);
      // A forger who also recomputes the entry's own hash still cannot fix the link after it.
      AuditEntry forged =
          new AuditEntry(
              victim.sequence(),
              victim.recordedAt(),
              "someone-else",
              victim.action(),
              victim.targetType(),
              victim.targetId(),
              victim.address(),
              victim.details(),
              victim.previousHash());
      em.createNativeQuery(
              "UPDATE audit_entry SET actor = ?1, entry_hash = ?2 WHERE sequence_no = ?3")
          .setParameter(1, forged.actor())
          .setParameter(2, forged.hash())
          .setParameter(3, last - 2)
          .executeUpdate();
      em.clear();
      ChainVerification result = store(em).verify();
      assertThat(result.valid()).isFalse();
      assertThat(result.firstBrokenEntry()).isEqualTo(last - 1);
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aChainLongerThanOneBatchIsWalkedWholeAndABreakInALaterBatchIsFound(TestDatabase db) {
    EntityManager em = db.unit("audit").createEntityManager();
    try {
      em.getTransaction().begin();
      appendSome(em, AuditStore.VERIFY_BATCH + 3);
      em.clear();
      ChainVerification intact = store(em).verify();
      assertThat(intact.valid()).isTrue();
      long last = intact.entries();
      assertThat(last).isGreaterThan(AuditStore.VERIFY_BATCH);
      // The entry two before the end lies in the last batch whatever the shared chain held before.
      em.createNativeQuery("UPDATE audit_entry SET details = 'changed' WHERE sequence_no = ?1")
          .setParameter(1, last - 1)
          .executeUpdate();
      em.clear();
      ChainVerification broken = store(em).verify();
      assertThat(broken.valid()).isFalse();
      assertThat(broken.firstBrokenEntry()).isEqualTo(last - 1);
      assertThat(broken.entries()).isEqualTo(last - 1);
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deletingAnEntryInTheMiddleIsDetected(TestDatabase db) {
    ChainVerification result =
        tamperAndVerify(db, "DELETE FROM audit_entry WHERE sequence_no = $LAST - 2");
    assertThat(result.valid()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deletingTheLastEntryIsDetected(TestDatabase db) {
    ChainVerification result =
        tamperAndVerify(db, "DELETE FROM audit_entry WHERE sequence_no = $LAST");
    assertThat(result.valid()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void reorderingEntriesIsDetected(TestDatabase db) {
    // Swap the positions of two entries through a free sequence number.
    ChainVerification result =
        tamperAndVerify(
            db,
            "UPDATE audit_entry SET sequence_no = -1 WHERE sequence_no = $LAST - 1;"
                + "UPDATE audit_entry SET sequence_no = $LAST - 1 WHERE sequence_no = $LAST - 2;"
                + "UPDATE audit_entry SET sequence_no = $LAST - 2 WHERE sequence_no = -1");
    assertThat(result.valid()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void concurrentAppendsStayOneChain(TestDatabase db) throws Exception {
    long before = db.inTransaction("audit", em -> store(em).verify()).entries();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Callable<Void>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        writers.add(
            () -> {
              for (int i = 0; i < 10; i++) {
                db.run("audit", em -> appendSome(em, 1));
              }
              return null;
            });
      }
      // A verification while others append must not take their new entries for a broken chain.
      List<ChainVerification> meanwhile = java.util.Collections.synchronizedList(new ArrayList<>());
      writers.add(
          () -> {
            for (int i = 0; i < 15; i++) {
              meanwhile.add(db.inTransaction("audit", em -> store(em).verify()));
            }
            return null;
          });
      for (Future<Void> f : pool.invokeAll(writers)) {
        f.get();
      }
      assertThat(meanwhile).allSatisfy(v -> assertThat(v.valid()).as(v.toString()).isTrue());
    } finally {
      pool.shutdownNow();
    }
    ChainVerification after = db.inTransaction("audit", em -> store(em).verify());
    assertThat(after.valid()).isTrue();
    assertThat(after.entries()).isEqualTo(before + 40);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void searchFindsByAnyFieldAndPages(TestDatabase db) {
    String marker = "needle-" + System.nanoTime();
    db.run(
        "audit",
        em -> {
          for (int i = 0; i < 3; i++) {
            store(em)
                .append("reviewer1", "TOKEN_CREATED", "token", marker + "-" + i, "10.0.0.9", "x");
          }
        });
    Page<AuditEntryView> page =
        db.inTransaction(
            "audit", em -> store(em).search(new PageRequest(0, 2, null, marker.toUpperCase())));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(0).sequence()).isGreaterThan(page.items().get(1).sequence());
    Page<AuditEntryView> ascending =
        db.inTransaction(
            "audit",
            em ->
                store(em)
                    .search(new PageRequest(1, 2, new PageRequest.Sort("sequence", true), marker)));
    assertThat(ascending.items())
        .singleElement()
        .satisfies(e -> assertThat(e.targetId()).endsWith("-2"));
  }
}
