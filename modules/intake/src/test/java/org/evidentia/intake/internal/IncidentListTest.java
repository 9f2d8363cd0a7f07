package org.evidentia.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evidentia.intake.api.Enums.DatePrecision;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.Occurred;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery.Condition;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The incident list on a real database: pages read from either end, and search by word. */
class IncidentListTest {

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private static IncidentInput input(String title, String narrative, Instant at, String locality) {
    return new IncidentInput(
        title,
        narrative,
        new Occurred(at, null, DatePrecision.EXACT),
        new Location(null, "Ukraine", "Kharkiv Oblast", null, locality, null, null, null),
        "SHELLING",
        null,
        null,
        null,
        null);
  }

  /** A case of incidents; several share a time, so the order needs its tie-breaker. */
  private static String caseWith(TestDatabase db, List<IncidentInput> inputs) {
    return db.inTransaction(
        "intake",
        em -> {
          CaseFile file =
              new CaseFile("EVD-L-" + System.nanoTime() % 100000, "List case", null, "cw", NOW);
          em.persist(file);
          inputs.forEach(input -> em.persist(new Incident(file.id(), input, "cw", NOW)));
          return file.id();
        });
  }

  private static Page<IncidentView> page(
      TestDatabase db, String caseId, PageRequest request, List<Condition> more) {
    List<Condition> conditions = new ArrayList<>(more);
    conditions.add(Condition.equal("caseId", caseId));
    return db.inTransaction(
        "intake",
        em -> IncidentService.LIST.fetch(em, Incident.class, request, Incident::view, conditions));
  }

  private static List<String> ids(Page<IncidentView> page) {
    return page.items().stream().map(IncidentView::id).toList();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void pagesReadFromTheEndJoinUpWithPagesReadFromTheStart(TestDatabase db) {
    List<IncidentInput> inputs = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      Instant at = Instant.parse("2024-03-01T10:00:00Z").plusSeconds(3600L * (i % 10));
      inputs.add(input("Shelling " + (char) ('a' + i % 26), "Strike number " + i, at, "Izium"));
    }
    String caseId = caseWith(db, inputs);

    for (PageRequest.Sort sort :
        new PageRequest.Sort[] {
          null, new PageRequest.Sort("title", true), new PageRequest.Sort("occurredFrom", true)
        }) {
      List<String> all = ids(page(db, caseId, new PageRequest(0, 200, sort, null), List.of()));
      assertThat(all).hasSize(37).doesNotHaveDuplicates();
      List<String> paged = new ArrayList<>();
      for (int p = 0; p < 8; p++) {
        Page<IncidentView> one = page(db, caseId, new PageRequest(p, 5, sort, null), List.of());
        assertThat(one.total()).isEqualTo(37);
        paged.addAll(ids(one));
      }
      // Pages 4 to 7 are read backwards from the end; together they are the same list.
      assertThat(paged).as("sort %s", sort).isEqualTo(all);
    }
    Page<IncidentView> past = page(db, caseId, new PageRequest(8, 5, null, null), List.of());
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(37);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void searchFindsWordsByTheirStartInEveryTextField(TestDatabase db) {
    Instant at = Instant.parse("2024-05-01T08:00:00Z");
    String caseId =
        caseWith(
            db,
            List.of(
                input("Strike on a school", "Glide bomb hit the об'єкт at dawn.", at, "Kupiansk"),
                input("Strike on a clinic", "Drone attack reported.", at, "Izium"),
                input(
                    "Bombing of the market", "Many wounded, дитяча лікарня nearby", at, "Izium")));

    assertThat(titles(db, caseId, "kupian")).containsExactly("Strike on a school");
    assertThat(titles(db, caseId, "KUPIANSK strike")).containsExactly("Strike on a school");
    assertThat(titles(db, caseId, "bomb"))
        .containsExactlyInAnyOrder("Strike on a school", "Bombing of the market");
    assertThat(titles(db, caseId, "об’єкт")).containsExactly("Strike on a school");
    assertThat(titles(db, caseId, "лікар")).containsExactly("Bombing of the market");
    assertThat(titles(db, caseId, "strike izium")).containsExactly("Strike on a clinic");
    // Words match from their start only, and punctuation alone matches nothing.
    assertThat(titles(db, caseId, "piansk")).isEmpty();
    assertThat(titles(db, caseId, "!!!")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aRevisionReplacesTheWordsAnIncidentIsFoundBy(TestDatabase db) {
    Instant at = Instant.parse("2024-05-01T08:00:00Z");
    String caseId = caseWith(db, List.of(input("Strike on a school", null, at, "Vovchansk")));
    String id =
        db.inTransaction(
            "intake", em -> ids(page(db, caseId, PageRequest.first(5), List.of())).get(0));
    db.run(
        "intake",
        em ->
            em.find(Incident.class, id)
                .revise(input("Strike on a kindergarten", null, at, "Chuhuiv"), "cw", NOW));

    assertThat(titles(db, caseId, "vovchansk")).isEmpty();
    assertThat(titles(db, caseId, "school")).isEmpty();
    assertThat(titles(db, caseId, "kindergarten chuhuiv"))
        .containsExactly("Strike on a kindergarten");
  }

  private static List<String> titles(TestDatabase db, String caseId, String query) {
    return page(db, caseId, PageRequest.first(50), IncidentTerm.matching(query)).items().stream()
        .map(IncidentView::title)
        .toList();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void incidentsRecordedBeforeSearchByWordAreIndexedAtStartUp(TestDatabase db) {
    Instant at = Instant.parse("2024-05-01T08:00:00Z");
    String caseId = caseWith(db, List.of(input("Strike on a water plant", null, at, "Balakliia")));
    db.run(
        "intake",
        em ->
            em.createNativeQuery(
                    "DELETE FROM intake_incident_term WHERE incident_id IN"
                        + " (SELECT id FROM intake_incident WHERE case_id = ?)")
                .setParameter(1, caseId)
                .executeUpdate());
    assertThat(titles(db, caseId, "balakliia")).isEmpty();

    SearchBackfill backfill = new SearchBackfill();
    int indexed;
    do {
      indexed =
          db.inTransaction(
              "intake",
              em -> {
                backfill.em = em;
                return backfill.indexBatch();
              });
    } while (indexed > 0);

    assertThat(titles(db, caseId, "balakliia water")).containsExactly("Strike on a water plant");
  }
}
