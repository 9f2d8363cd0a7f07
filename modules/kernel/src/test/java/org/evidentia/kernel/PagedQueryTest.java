package org.evidentia.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedQueryTest {

  private final PagedQuery list =
      new PagedQuery(
          "Incident",
          List.of("title"),
          Map.of("occurredFrom", "occurredFrom", "title", "title"),
          "e.occurredFrom DESC, e.id");

  @Test
  void withoutASortTheDefaultOrderApplies() {
    assertThat(list.orderBy(new PageRequest(0, 25, null, null)))
        .isEqualTo("e.occurredFrom DESC, e.id");
  }

  @Test
  void theRequestedFieldComesFirstAndIsNeverNamedTwice() {
    assertThat(
            list.orderBy(new PageRequest(0, 25, new PageRequest.Sort("occurredFrom", false), null)))
        .isEqualTo("e.occurredFrom DESC, e.id");
    assertThat(
            list.orderBy(new PageRequest(0, 25, new PageRequest.Sort("occurredFrom", true), null)))
        .isEqualTo("e.occurredFrom ASC, e.id");
  }

  @Test
  void anotherFieldKeepsTheWholeDefaultOrderAsTieBreaker() {
    assertThat(list.orderBy(new PageRequest(0, 25, new PageRequest.Sort("title", true), null)))
        .isEqualTo("e.title ASC, e.occurredFrom DESC, e.id");
  }

  @Test
  void fieldsFixedByAConditionComeFirstInTheOrder() {
    List<PagedQuery.Condition> conditions =
        List.of(
            PagedQuery.Condition.equal("caseId", "c1"),
            PagedQuery.Condition.of("e.region = :r", "r", "x"),
            PagedQuery.Condition.equal("status", "REPORTED"));
    assertThat(list.orderBy(new PageRequest(0, 25, null, null), conditions))
        .isEqualTo("e.caseId, e.status, e.occurredFrom DESC, e.id");
    assertThat(conditions.get(0).jpql()).isEqualTo("e.caseId = :caseId");
    assertThat(
            list.orderBy(
                new PageRequest(0, 25, new PageRequest.Sort("occurredFrom", true), null),
                List.of(PagedQuery.Condition.equal("occurredFrom", "x"))))
        .isEqualTo("e.occurredFrom, e.id");
  }

  @Test
  void theUniqueKeyIsTheLastFieldOfTheDefaultOrder() {
    assertThat(list.key()).isEqualTo("e.id");
    assertThat(new PagedQuery("AuditEntry", List.of(), Map.of(), "e.sequence DESC").key())
        .isEqualTo("e.sequence");
  }

  @Test
  void searchTextIsMatchedLiterallyNotAsAPattern() {
    assertThat(PagedQuery.likePattern("100% Sure_!")).isEqualTo("%100!% sure!_!!%");
    assertThat(PagedQuery.likePattern("' OR '1'='1")).isEqualTo("%' or '1'='1%");
  }
}
