package org.evidentia.verification.api;

import java.time.Instant;

/** A sign-off that counts towards the current round. */
public record SignOffView(String reviewer, Instant at, String rationale, String transitionId) {}
