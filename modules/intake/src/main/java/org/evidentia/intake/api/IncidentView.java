package org.evidentia.intake.api;

import java.io.Serializable;
import java.time.Instant;

/** An incident as the case team sees it. */
public record IncidentView(
    String id,
    String caseId,
    String title,
    String narrative,
    Enums.IncidentStatus status,
    Occurred occurred,
    Location location,
    String incidentType,
    String weapon,
    String target,
    String allegedPerpetrator,
    String sameEventAs,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    long version)
    implements Serializable {}
