package org.evidentia.intake.api;

import java.time.Instant;

/**
 * The values an edit replaced: {@code values} holds the incident as it was at {@code revision} (a
 * JSON object with the fields of {@link IncidentView}).
 */
public record IncidentRevisionView(
    long revision, Instant replacedAt, String replacedBy, jakarta.json.JsonObject values) {}
