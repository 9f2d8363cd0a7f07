package org.evidentia.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiPredicate;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.Occurred;

/**
 * What makes an incident record acceptable: a title, a time that is not in the future, a range that
 * does not end before it starts, coordinates on Earth (both or neither), vocabulary codes that
 * exist, and texts of sensible length. Text is kept as typed; views escape it.
 */
final class IncidentRules {

  static final Location NOWHERE = new Location(null, null, null, null, null, null, null, null);

  /** Clocks of phones and cameras drift; a few minutes ahead is not "the future". */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private IncidentRules() {}

  /**
   * @param knownTerm whether a code exists and is active in a vocabulary
   */
  static void check(IncidentInput input, Instant now, BiPredicate<String, String> knownTerm) {
    Checks checks = new Checks();
    if (input == null) {
      checks.required(null, "body", "an incident").orRefuse();
    }
    checks
        .required(input.title(), "title", "a title")
        .maxLength(input.title(), 300, "title")
        .maxLength(input.narrative(), 20_000, "narrative")
        .maxLength(input.allegedPerpetrator(), 500, "allegedPerpetrator");
    Occurred occurred = input.occurred();
    checks.required(
        occurred == null ? null : occurred.from(), "occurred.from", "the date it happened");
    if (occurred != null && occurred.from() != null) {
      Instant latest = now.plus(CLOCK_SKEW);
      checks.require(
          !occurred.from().isAfter(latest), "occurred.from", "must not be in the future");
      if (occurred.to() != null) {
        checks
            .require(
                !occurred.to().isBefore(occurred.from()),
                "occurred.to",
                "the range must not end before it starts")
            .require(!occurred.to().isAfter(latest), "occurred.to", "must not be in the future");
      }
    }
    Location at = input.location() == null ? NOWHERE : input.location();
    checks
        .maxLength(at.placeName(), 300, "location.placeName")
        .maxLength(at.country(), 100, "location.country")
        .maxLength(at.region(), 200, "location.region")
        .maxLength(at.district(), 200, "location.district")
        .maxLength(at.locality(), 200, "location.locality")
        .require(
            (at.latitude() == null) == (at.longitude() == null),
            "location.longitude",
            "give both latitude and longitude, or neither")
        .require(
            at.latitude() == null || at.latitude() >= -90 && at.latitude() <= 90,
            "location.latitude",
            "latitude must be between -90 and 90")
        .require(
            at.longitude() == null || at.longitude() >= -180 && at.longitude() <= 180,
            "location.longitude",
            "longitude must be between -180 and 180");
    term(checks, knownTerm, "incident-types", input.incidentType(), "incidentType");
    term(checks, knownTerm, "weapons", input.weapon(), "weapon");
    term(checks, knownTerm, "targets", input.target(), "target");
    checks.orRefuse();
  }

  private static void term(
      Checks checks,
      BiPredicate<String, String> knownTerm,
      String vocabulary,
      String code,
      String field) {
    String value = Checks.trimmed(code);
    checks.require(
        value == null || knownTerm.test(vocabulary, value),
        field,
        "'" + code + "' is not in the " + vocabulary + " vocabulary");
  }
}
