package org.evidentia.intake.api;

import java.time.Instant;

/** Filters of the incident list; every field is optional. */
public record IncidentFilter(
    String caseId,
    Enums.IncidentStatus status,
    String incidentType,
    String region,
    Instant from,
    Instant to) {

  public static IncidentFilter ofCase(String caseId) {
    return new IncidentFilter(caseId, null, null, null, null, null);
  }
}
