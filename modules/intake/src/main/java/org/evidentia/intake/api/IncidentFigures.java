package org.evidentia.intake.api;

import java.time.Instant;
import java.util.List;

/**
 * One incident's casualty figures: every claim as its source gave it, and the range per population.
 */
public record IncidentFigures(
    String incidentId,
    String title,
    Instant occurredFrom,
    List<ClaimView> claims,
    List<ClaimSpread> spread) {}
