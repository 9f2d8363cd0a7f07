package org.evidentia.verification.api;

import java.io.Serializable;
import java.time.Instant;
import org.evidentia.intake.api.Enums.IncidentStatus;

/** An incident in a reviewer's queue. */
public record QueueItem(
    String incidentId,
    String caseId,
    String title,
    String incidentType,
    String region,
    IncidentStatus status,
    Instant inReviewSince,
    int signOffs,
    int requiredSignOffs,
    ReviewActionType lastAction,
    String lastActor,
    Instant lastActionAt)
    implements Serializable {}
