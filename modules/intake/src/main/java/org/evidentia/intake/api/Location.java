package org.evidentia.intake.api;

import java.io.Serializable;

/** Where: a place name, administrative units, and coordinates known to a given precision. */
public record Location(
    String placeName,
    String country,
    String region,
    String district,
    String locality,
    Double latitude,
    Double longitude,
    Enums.LocationPrecision precision)
    implements Serializable {}
