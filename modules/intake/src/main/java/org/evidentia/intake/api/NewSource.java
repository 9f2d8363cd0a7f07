package org.evidentia.intake.api;

import java.time.LocalDate;

/** Who reported an incident, and where to find what they said. */
public record NewSource(
    Enums.SourceKind kind, String name, String reference, String url, LocalDate publishedOn) {}
