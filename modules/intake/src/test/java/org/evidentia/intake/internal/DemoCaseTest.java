package org.evidentia.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.ClaimSpread;
import org.evidentia.intake.api.Enums.Population;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Range;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoCaseTest {

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final IdentityCipher CIPHER = new IdentityCipher(IdentityCipher.newKey());

  /** What the first load in each database returned, whichever test asked first. */
  private static final Map<String, Optional<CaseView>> FIRST_LOAD = new ConcurrentHashMap<>();

  private static Optional<CaseView> load(TestDatabase db) {
    return db.inTransaction("intake", em -> DemoCase.loadOnce(em, NOW, CIPHER::encrypt));
  }

  private static CaseView demoCase(TestDatabase db) {
    Optional<CaseView> first = FIRST_LOAD.computeIfAbsent(db.toString(), name -> load(db));
    assertThat(first).as("the first load creates the demo case").isPresent();
    return first.get();
  }

  private static List<Incident> incidents(EntityManager em, String caseId) {
    return em.createQuery("SELECT i FROM Incident i WHERE i.caseId = :c", Incident.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  private static Incident titled(EntityManager em, String caseId, String title) {
    return incidents(em, caseId).stream()
        .filter(i -> i.view().title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private static List<Source> sources(EntityManager em, String incidentId) {
    return em.createQuery("SELECT s FROM Source s WHERE s.incidentId = :i", Source.class)
        .setParameter("i", incidentId)
        .getResultList();
  }

  private static List<CasualtyClaim> claims(EntityManager em, String incidentId) {
    return em.createQuery(
            "SELECT c FROM CasualtyClaim c WHERE c.incidentId = :i", CasualtyClaim.class)
        .setParameter("i", incidentId)
        .getResultList();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void loadsOnceAndNeverAgain(TestDatabase db) {
    CaseView loaded = demoCase(db);
    assertThat(loaded.reference()).matches("EVD-2026-\\d{4}");
    assertThat(loaded.title()).isEqualTo(DemoCase.TITLE);

    assertThat(load(db)).as("a second start-up").isEmpty();
    long cases =
        db.inTransaction(
            "intake",
            em ->
                em.createQuery("SELECT COUNT(c) FROM CaseFile c WHERE c.title = :t", Long.class)
                    .setParameter("t", DemoCase.TITLE)
                    .getSingleResult());
    assertThat(cases).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theTeamIsTheDemoAccountsAndOnlyTheCaseworkerSeesIdentities(TestDatabase db) {
    String caseId = demoCase(db).id();
    Map<String, Boolean> team =
        db.inTransaction(
            "intake",
            em ->
                em
                    .createQuery("SELECT m FROM TeamMember m WHERE m.caseId = :c", TeamMember.class)
                    .setParameter("c", caseId)
                    .getResultList()
                    .stream()
                    .collect(Collectors.toMap(TeamMember::username, TeamMember::mayViewProtected)));
    assertThat(team)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("caseworker", true, "reviewer1", false, "reviewer2", false, "analyst", false));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void everyIncidentIsSourcedAndUsesKnownVocabularyCodes(TestDatabase db) {
    String caseId = demoCase(db).id();
    db.run(
        "intake",
        em -> {
          List<Incident> incidents = incidents(em, caseId);
          assertThat(incidents).hasSizeGreaterThanOrEqualTo(8).hasSize(DemoCase.INCIDENTS.size());
          for (Incident incident : incidents) {
            IncidentView view = incident.view();
            assertThat(sources(em, incident.id())).as(view.title()).isNotEmpty();
            assertThat(view.occurred().from()).isBefore(NOW);
            assertKnown(em, "incident-types", view.incidentType());
            assertKnown(em, "weapons", view.weapon());
            assertKnown(em, "targets", view.target());
          }
        });
  }

  private static void assertKnown(EntityManager em, String vocabulary, String code) {
    if (code == null) {
      return;
    }
    long found =
        em.createQuery(
                "SELECT COUNT(t) FROM VocabularyTerm t WHERE t.vocabulary = :v AND t.code = :c",
                Long.class)
            .setParameter("v", vocabulary)
            .setParameter("c", code)
            .getSingleResult();
    assertThat(found).as(vocabulary + " " + code).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theDisputedChildFiguresStayThreeClaimsFromThreeSources(TestDatabase db) {
    String caseId = demoCase(db).id();
    db.run(
        "intake",
        em -> {
          Incident incident = titled(em, caseId, DemoCase.CHILD_CASUALTIES);
          List<CasualtyClaim> claims = claims(em, incident.id());
          assertThat(claims).hasSize(3);
          assertThat(claims)
              .extracting(CasualtyClaim::population)
              .containsOnly(Population.CHILDREN);
          assertThat(claims).extracting(CasualtyClaim::sourceId).doesNotHaveDuplicates();
          assertThat(claims)
              .extracting(CasualtyClaim::killed)
              .containsExactlyInAnyOrder(
                  new Range(346, 346), new Range(353, 353), new Range(358, 358));
          assertThat(ParticularsService.spreadOf(claims))
              .singleElement()
              .isEqualTo(
                  new ClaimSpread(
                      Population.CHILDREN, new Range(346, 358), new Range(547, 681), 3, 3));
        });
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theBorderRegionsClaimRestsOnItsOneUnverifiedSource(TestDatabase db) {
    String caseId = demoCase(db).id();
    db.run(
        "intake",
        em -> {
          Incident incident = titled(em, caseId, DemoCase.BORDER_REGIONS_CLAIM);
          assertThat(sources(em, incident.id())).hasSize(1);
          assertThat(incident.view().narrative()).contains("652", "independently");
          assertThat(claims(em, incident.id()))
              .extracting(CasualtyClaim::killed)
              .contains(new Range(652, 652));
        });
  }

  @ParameterizedTest
  @MethodSource("databases")
  void personsAreKnownByPseudonymAndCarryOnlyPlaceholderNames(TestDatabase db) {
    String caseId = demoCase(db).id();
    db.run(
        "intake",
        em -> {
          List<Person> persons =
              em.createQuery(
                      "SELECT p FROM Person p WHERE p.incidentId IN"
                          + " (SELECT i.id FROM Incident i WHERE i.caseId = :c)",
                      Person.class)
                  .setParameter("c", caseId)
                  .getResultList();
          assertThat(persons).isNotEmpty();
          for (Person person : persons) {
            assertThat(person.pseudonym()).matches("[VWSP]-\\d{4}");
            assertThat(person.sealedIdentity()).startsWith("v2:");
            assertThat(CIPHER.decrypt(person.id(), person.sealedIdentity()).name())
                .startsWith("Demo ");
          }
        });
  }
}
