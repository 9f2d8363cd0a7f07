package org.evidentia.evidence.internal;

/** Distances on the Earth's surface, enough to tell a reviewer "2 km" from "400 km". */
final class Geo {

  private static final double EARTH_RADIUS_METERS = 6_371_008.8;

  private Geo() {}

  /** Great-circle distance in metres (haversine). */
  static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = Math.toRadians(lat2 - lat1);
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
