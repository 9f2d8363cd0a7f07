package org.evidentia.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  private static final Set<String> SORTABLE = Set.of("createdAt", "title");

  @Test
  void defaultsToFirstPageOfTwenty() {
    PageRequest request = PageRequest.of(null, null, null, "  ", SORTABLE);
    assertThat(request.page()).isZero();
    assertThat(request.size()).isEqualTo(20);
    assertThat(request.sort()).isNull();
    assertThat(request.query()).isNull();
  }

  @Test
  void parsesSortDirection() {
    assertThat(PageRequest.of(0, 10, "title,desc", null, SORTABLE).sort())
        .isEqualTo(new PageRequest.Sort("title", false));
    assertThat(PageRequest.of(0, 10, "createdAt", null, SORTABLE).sort())
        .isEqualTo(new PageRequest.Sort("createdAt", true));
  }

  @Test
  void refusesPageSizeOverTwoHundred() {
    assertThatThrownBy(() -> PageRequest.of(0, 201, null, null, SORTABLE))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(InvalidInputException.Violation::field)
                    .containsExactly("size"));
  }

  @Test
  void refusesUnknownSortFieldAndNamesTheAllowedOnes() {
    assertThatThrownBy(() -> PageRequest.of(0, 10, "password,asc", null, SORTABLE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("password")
        .hasMessageContaining("title");
  }

  @Test
  void refusesMalformedDirection() {
    assertThatThrownBy(() -> PageRequest.of(0, 10, "title,sideways", null, SORTABLE))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesNegativePage() {
    assertThatThrownBy(() -> PageRequest.of(-1, 10, null, null, SORTABLE))
        .isInstanceOf(InvalidInputException.class);
  }
}
