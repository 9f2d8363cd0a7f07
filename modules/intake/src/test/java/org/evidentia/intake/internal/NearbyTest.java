package org.evidentia.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.evidentia.intake.api.Location;
import org.junit.jupiter.api.Test;

class NearbyTest {

  private static Location at(Double lat, Double lon, String locality) {
    return new Location(null, "Ukraine", null, null, locality, lat, lon, null);
  }

  @Test
  void kyivToKharkivIsAboutFourHundredKilometres() {
    assertThat(Nearby.kilometres(50.4501, 30.5234, 49.9935, 36.2304)).isCloseTo(409, within(15.0));
  }

  @Test
  void pointsWithinFiveKilometresAreTheSamePlace() {
    assertThat(Nearby.samePlace(at(50.4497, 30.4765, null), at(50.4600, 30.4900, null))).isTrue();
    assertThat(Nearby.samePlace(at(50.4497, 30.4765, null), at(50.6000, 30.4765, null))).isFalse();
  }

  @Test
  void withoutCoordinatesTheLocalityDecides() {
    assertThat(Nearby.samePlace(at(null, null, "Toretsk"), at(48.39, 37.85, " toretsk "))).isTrue();
    assertThat(Nearby.samePlace(at(null, null, "Toretsk"), at(null, null, "Pokrovsk"))).isFalse();
    assertThat(Nearby.samePlace(at(null, null, null), at(null, null, null))).isFalse();
  }
}
