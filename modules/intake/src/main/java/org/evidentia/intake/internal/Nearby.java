package org.evidentia.intake.internal;

import java.util.Locale;
import org.evidentia.intake.api.Location;

/** Whether two incident locations may be the same place, for the duplicate warning. */
final class Nearby {

  static final double RADIUS_KM = 5.0;
  private static final double EARTH_KM = 6371.0;

  private Nearby() {}

  static boolean samePlace(Location a, Location b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.latitude() != null && b.latitude() != null) {
      return kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= RADIUS_KM;
    }
    return same(a.locality(), b.locality()) || same(a.placeName(), b.placeName());
  }

  /** Great-circle distance (haversine). */
  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
  }

  private static boolean same(String x, String y) {
    return x != null
        && y != null
        && !x.isBlank()
        && x.strip().toLowerCase(Locale.ROOT).equals(y.strip().toLowerCase(Locale.ROOT));
  }
}
