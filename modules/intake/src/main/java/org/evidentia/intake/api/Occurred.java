package org.evidentia.intake.api;

import java.io.Serializable;
import java.time.Instant;

/** When: a moment, or a range from {@code from} to {@code to}, known to a given precision. */
public record Occurred(Instant from, Instant to, Enums.DatePrecision precision)
    implements Serializable {}
