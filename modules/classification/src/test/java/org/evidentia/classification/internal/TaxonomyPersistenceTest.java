package org.evidentia.classification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidentia.classification.api.CrimeView;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The taxonomy as the migrations load it, on H2 and PostgreSQL (when configured). */
class TaxonomyPersistenceTest {

  static Stream<TestDatabase> databases() {
    return TestDatabase.all();
  }

  private static final String UNIT = "classification";

  private static TaxonomyService taxonomy(jakarta.persistence.EntityManager em) {
    TaxonomyService service = new TaxonomyService();
    service.em = em;
    return service;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void everyCrimeOfArticlesSixSevenAndEightIsThere(TestDatabase db) {
    Map<String, Long> byArticle =
        db.<Map<String, Long>>inTransaction(
            UNIT,
            em ->
                em
                    .createQuery("SELECT c.article FROM Crime c", String.class)
                    .getResultList()
                    .stream()
                    .collect(Collectors.groupingBy(a -> a, Collectors.counting())));
    assertThat(byArticle).containsEntry("6", 5L).containsEntry("7", 11L).containsEntry("8", 53L);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void attacksOnHospitalsHaveTheirFiveElementsInOrder(TestDatabase db) {
    CrimeView crime =
        db.<CrimeView>inTransaction(UNIT, em -> taxonomy(em).crime("8(2)(b)(ix)", Locale.ENGLISH));
    assertThat(crime.elementsComplete()).isTrue();
    assertThat(crime.elements())
        .extracting(e -> e.code())
        .containsExactly(
            "8(2)(b)(ix)-1", "8(2)(b)(ix)-2", "8(2)(b)(ix)-3", "8(2)(b)(ix)-4", "8(2)(b)(ix)-5");
    CrimeView ukrainian =
        db.<CrimeView>inTransaction(
            UNIT, em -> taxonomy(em).crime("8(2)(b)(ix)", Locale.forLanguageTag("uk")));
    assertThat(ukrainian.title()).isEqualTo(crime.titleUk()).isNotEqualTo(crime.titleEn());
    assertThat(ukrainian.elements().get(0).text()).isNotEqualTo(crime.elements().get(0).text());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aSearchForHospitalFindsBothAttacksOnProtectedObjects(TestDatabase db) {
    List<String> found =
        db.<List<String>>inTransaction(
            UNIT,
            em ->
                taxonomy(em)
                    .search(new PageRequest(0, 100, null, "hospital"), Locale.ENGLISH)
                    .items()
                    .stream()
                    .map(CrimeView::code)
                    .toList());
    assertThat(found).contains("8(2)(b)(ix)", "8(2)(e)(iv)");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void everyCompleteCrimeHasElementsAndEverySuggestionACrime(TestDatabase db) {
    Number emptyButComplete =
        db.<Number>inTransaction(
            UNIT,
            em ->
                (Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM legal_crime c WHERE c.elements_complete = TRUE"
                                + " AND NOT EXISTS (SELECT 1 FROM legal_element e"
                                + " WHERE e.crime_code = c.code)")
                        .getSingleResult());
    assertThat(emptyButComplete.longValue()).isZero();
    Number deportation =
        db.<Number>inTransaction(
            UNIT,
            em ->
                (Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM legal_suggestion WHERE incident_type ="
                                + " 'DEPORTATION_OR_TRANSFER' AND crime_code IN ('8(2)(a)(vii)',"
                                + " '8(2)(b)(viii)', '7(1)(d)')")
                        .getSingleResult());
    assertThat(deportation.longValue()).isEqualTo(3L);
  }
}
