package org.evidentia.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Set;
import org.evidentia.intake.api.Enums.DatePrecision;
import org.evidentia.intake.api.Enums.LocationPrecision;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.Occurred;
import org.evidentia.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final Set<String> WEAPONS = Set.of("ISKANDER_M");

  private static IncidentInput input(Occurred occurred, Location location, String weapon) {
    return new IncidentInput(
        "Strike on a children's hospital",
        "narrative",
        occurred,
        location,
        null,
        weapon,
        null,
        null,
        null);
  }

  private static Location at(Double lat, Double lon) {
    return new Location(
        "Kyiv", "Ukraine", "Kyiv city", null, "Kyiv", lat, lon, LocationPrecision.EXACT);
  }

  private static Occurred on(String from, String to) {
    return new Occurred(
        Instant.parse(from), to == null ? null : Instant.parse(to), DatePrecision.EXACT);
  }

  private static java.util.List<String> refusedFields(IncidentInput input) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> IncidentRules.check(input, NOW, (v, c) -> WEAPONS.contains(c)));
    assertThat(e).as("the input should be refused").isNotNull();
    return e.violations().stream().map(InvalidInputException.Violation::field).toList();
  }

  @Test
  void acceptsAWellFormedRecord() {
    assertThatCode(
            () ->
                IncidentRules.check(
                    input(on("2024-07-08T07:45:00Z", null), at(50.45, 30.48), "ISKANDER_M"),
                    NOW,
                    (v, c) -> WEAPONS.contains(c)))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAFutureDateAndARangeThatEndsBeforeItStarts() {
    assertThat(refusedFields(input(on("2027-01-01T00:00:00Z", null), null, null)))
        .contains("occurred.from");
    assertThat(refusedFields(input(on("2024-07-08T10:00:00Z", "2024-07-07T10:00:00Z"), null, null)))
        .contains("occurred.to");
  }

  @Test
  void refusesCoordinatesOffTheEarthOrHalfGiven() {
    assertThat(refusedFields(input(on("2024-07-08T07:45:00Z", null), at(123.0, 30.0), null)))
        .contains("location.latitude");
    assertThat(refusedFields(input(on("2024-07-08T07:45:00Z", null), at(50.0, 200.0), null)))
        .contains("location.longitude");
    assertThat(refusedFields(input(on("2024-07-08T07:45:00Z", null), at(50.0, null), null)))
        .contains("location.longitude");
  }

  @Test
  void refusesCodesOutsideTheVocabulary() {
    assertThat(refusedFields(input(on("2024-07-08T07:45:00Z", null), null, "DEATH_RAY")))
        .contains("weapon");
  }

  @Test
  void namesEveryProblemAtOnce() {
    IncidentInput bad =
        new IncidentInput(
            " ", "x".repeat(20_001), null, at(91.0, 0.0), null, null, null, null, null);
    assertThat(refusedFields(bad))
        .contains("title", "narrative", "occurred.from", "location.latitude");
  }

  @Test
  void allowsAFewMinutesOfClockSkew() {
    assertThatCode(
            () ->
                IncidentRules.check(
                    input(
                        new Occurred(NOW.plusSeconds(120), null, DatePrecision.EXACT), null, null),
                    NOW,
                    (v, c) -> true))
        .doesNotThrowAnyException();
  }
}
