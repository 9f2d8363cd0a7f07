package org.evidentia.intake.api;

import java.time.LocalDate;

/** What a person agreed to, when, and when they withdrew it (if they did). */
public record Consent(
    boolean internalUse,
    boolean shareWithProsecutors,
    boolean publication,
    LocalDate givenOn,
    LocalDate withdrawnOn) {}
