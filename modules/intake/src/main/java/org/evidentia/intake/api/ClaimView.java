package org.evidentia.intake.api;

import java.time.Instant;
import java.time.LocalDate;

/** A casualty claim as recorded; claims are never merged or overwritten. */
public record ClaimView(
    String id,
    String incidentId,
    String sourceId,
    String sourceName,
    LocalDate asOf,
    Enums.Population population,
    Range killed,
    Range injured,
    String note,
    Instant createdAt,
    String createdBy) {}
