package org.evidentia.intake.api;

import java.time.Instant;
import java.time.LocalDate;

/** A source of an incident; {@code reliability} is null until a reviewer grades it. */
public record SourceView(
    String id,
    String incidentId,
    Enums.SourceKind kind,
    String name,
    String reference,
    String url,
    LocalDate publishedOn,
    Enums.Reliability reliability,
    Instant createdAt,
    String createdBy,
    long version) {}
