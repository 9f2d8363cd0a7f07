package org.evidentia.classification.api;

import java.time.Instant;
import org.evidentia.intake.api.Enums.IncidentStatus;

/**
 * An incident classified as a crime. {@code verified} is false while the incident is not VERIFIED:
 * such a classification is marked so wherever it is shown or exported.
 */
public record ClassificationView(
    String id,
    String incidentId,
    String caseId,
    String crimeCode,
    String crimeTitle,
    Enums.ClassificationStatus status,
    String rationale,
    String proposedBy,
    Instant proposedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    IncidentStatus incidentStatus,
    boolean verified,
    long links,
    long version) {}
