package org.evidentia.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.evidentia.intake.api.ClaimSpread;
import org.evidentia.intake.api.Enums.Population;
import org.evidentia.intake.api.NewClaim;
import org.evidentia.intake.api.Range;
import org.evidentia.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

class CasualtyClaimTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

  private static CasualtyClaim claim(String source, Range killed, Range injured) {
    return new CasualtyClaim(
        "incident",
        new NewClaim(
            source, LocalDate.parse("2023-06-01"), Population.CHILDREN, killed, injured, null),
        "caseworker",
        NOW,
        TODAY);
  }

  private static List<String> refused(Range killed, Range injured) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> claim("s", killed, injured));
    assertThat(e).isNotNull();
    return e.violations().stream().map(InvalidInputException.Violation::field).toList();
  }

  @Test
  void refusesNegativeFiguresAndUpsideDownRanges() {
    assertThat(refused(new Range(-1, -1), null)).contains("killed.min");
    assertThat(refused(null, new Range(10, 5))).contains("injured.max");
    assertThat(refused(null, null)).contains("killed");
  }

  @Test
  void aSingleFigureIsExact() {
    CasualtyClaim exact = claim("s", new Range(346, null), null);
    assertThat(exact.killed()).isEqualTo(new Range(346, 346));
    assertThat(exact.injured()).isNull();
  }

  @Test
  void spreadShowsTheRangeAcrossSourcesWithoutMergingThem() {
    List<ClaimSpread> spread =
        ParticularsService.spreadOf(
            List.of(
                claim("ombudsman", new Range(346, 346), new Range(700, 700)),
                claim("prosecutors", new Range(353, 353), null),
                claim("un-monitors", new Range(358, 360), new Range(650, 720))));
    assertThat(spread)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.population()).isEqualTo(Population.CHILDREN);
              assertThat(s.killed()).isEqualTo(new Range(346, 360));
              assertThat(s.injured()).isEqualTo(new Range(650, 720));
              assertThat(s.claims()).isEqualTo(3);
              assertThat(s.sources()).isEqualTo(3);
            });
  }
}
