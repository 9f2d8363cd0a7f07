package org.evidentia.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.evidentia.intake.api.Enums.DatePrecision;
import org.evidentia.intake.api.Enums.SourceKind;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.NewClaim;
import org.evidentia.intake.api.NewSource;
import org.evidentia.intake.api.Occurred;
import org.evidentia.intake.api.Range;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IntakePersistenceTest {

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private static IncidentInput input(String title, Long expectedVersion) {
    return new IncidentInput(
        title,
        "<script>alert(1)</script> kept as typed",
        new Occurred(Instant.parse("2024-07-08T07:45:00Z"), null, DatePrecision.EXACT),
        null,
        "MISSILE_STRIKE",
        "CRUISE_MISSILE",
        "HOSPITAL",
        null,
        expectedVersion);
  }

  private static String newIncident(TestDatabase db) {
    return db.inTransaction(
        "intake",
        em -> {
          CaseFile file =
              new CaseFile("EVD-T-" + System.nanoTime() % 100000, "Test case", null, "cw", NOW);
          em.persist(file);
          em.persist(new TeamMember(file.id(), "cw", true, "cw", NOW));
          Incident incident = new Incident(file.id(), input("Hospital strike", null), "cw", NOW);
          em.persist(incident);
          return incident.id();
        });
  }

  @ParameterizedTest
  @MethodSource("databases")
  void incidentRoundTripsWithTextAsTyped(TestDatabase db) {
    String id = newIncident(db);
    IncidentView view = db.inTransaction("intake", em -> em.find(Incident.class, id).view());
    assertThat(view.narrative()).isEqualTo("<script>alert(1)</script> kept as typed");
    assertThat(view.occurred().from()).isEqualTo(Instant.parse("2024-07-08T07:45:00Z"));
    assertThat(view.status().name()).isEqualTo("REPORTED");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anEditKeepsTheReplacedValuesAndAStaleEditIsRefused(TestDatabase db) {
    String id = newIncident(db);
    long version = db.inTransaction("intake", em -> em.find(Incident.class, id).version());
    db.run(
        "intake",
        em -> {
          Incident incident = em.find(Incident.class, id);
          em.persist(new IncidentRevision(incident, "cw", NOW));
          incident.revise(input("Strike on Ohmatdyt hospital", version), "cw", NOW);
        });
    var history =
        db.inTransaction(
            "intake",
            em ->
                em
                    .createQuery(
                        "SELECT r FROM IncidentRevision r WHERE r.incidentId = :i",
                        IncidentRevision.class)
                    .setParameter("i", id)
                    .getResultList()
                    .stream()
                    .map(IncidentRevision::view)
                    .toList());
    assertThat(history)
        .singleElement()
        .satisfies(r -> assertThat(r.values().getString("title")).isEqualTo("Hospital strike"));
    String title = db.inTransaction("intake", em -> em.find(Incident.class, id).view().title());
    assertThat(title).isEqualTo("Strike on Ohmatdyt hospital");

    assertThatThrownBy(
            () ->
                db.run(
                    "intake",
                    em -> em.find(Incident.class, id).revise(input("late", version), "other", NOW)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("reload");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aVerifiedIncidentCannotBeEditedAndSaysWhy(TestDatabase db) {
    String id = newIncident(db);
    db.run(
        "intake",
        em ->
            em.createNativeQuery("UPDATE intake_incident SET status = 'VERIFIED' WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate());
    assertThatThrownBy(
            () ->
                db.run(
                    "intake",
                    em -> em.find(Incident.class, id).revise(input("changed", null), "cw", NOW)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("VERIFIED")
        .hasMessageContaining("only REPORTED or NEEDS_INFORMATION");
    String title = db.inTransaction("intake", em -> em.find(Incident.class, id).view().title());
    assertThat(title).isEqualTo("Hospital strike");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void sourcesAndClaimsAreStoredSideBySide(TestDatabase db) {
    String id = newIncident(db);
    List<String> sources =
        db.inTransaction(
            "intake",
            em -> {
              List<String> ids = new ArrayList<>();
              for (String name : List.of("Prosecutor General", "UN monitoring mission")) {
                Source s =
                    new Source(
                        id,
                        new NewSource(
                            SourceKind.OFFICIAL_STATEMENT,
                            name,
                            null,
                            "https://example.org/a",
                            LocalDate.parse("2024-07-09")),
                        "cw",
                        NOW,
                        LocalDate.parse("2026-11-22"));
                em.persist(s);
                ids.add(s.id());
              }
              return ids;
            });
    db.run(
        "intake",
        em -> {
          em.persist(
              new CasualtyClaim(
                  id,
                  new NewClaim(
                      sources.get(0),
                      LocalDate.parse("2024-07-09"),
                      null,
                      new Range(2, 2),
                      new Range(10, 16),
                      null),
                  "cw",
                  NOW,
                  LocalDate.parse("2026-11-22")));
          em.persist(
              new CasualtyClaim(
                  id,
                  new NewClaim(
                      sources.get(1),
                      LocalDate.parse("2024-07-10"),
                      null,
                      new Range(2, 2),
                      new Range(8, 8),
                      null),
                  "cw",
                  NOW,
                  LocalDate.parse("2026-11-22")));
        });
    long claims =
        db.inTransaction(
            "intake",
            em ->
                em.createQuery(
                        "SELECT COUNT(c) FROM CasualtyClaim c WHERE c.incidentId = :i", Long.class)
                    .setParameter("i", id)
                    .getSingleResult());
    assertThat(claims).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void countersHandOutEachNumberOnceUnderConcurrency(TestDatabase db) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<Integer>> takers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      takers.add(() -> db.inTransaction("intake", em -> Counter.next(em, "W")));
    }
    List<Integer> numbers = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(takers)) {
        numbers.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(numbers).doesNotHaveDuplicates().hasSize(20);
    assertThat(
            numbers.stream().mapToInt(Integer::intValue).max().getAsInt()
                - numbers.stream().mapToInt(Integer::intValue).min().getAsInt())
        .isEqualTo(19);
  }
}
