package org.evidentia.verification.api;

import java.io.Serializable;
import java.time.Instant;
import org.evidentia.intake.api.Enums.IncidentStatus;

/**
 * A message in a caseworker's inbox: what a reviewer decided about their incident ({@code outcome}:
 * VERIFIED, REJECTED or NEEDS_INFORMATION), and why ({@code message}: the rationale, reason or
 * questions).
 */
public record NotificationView(
    String id,
    String incidentId,
    String caseId,
    IncidentStatus outcome,
    String title,
    String message,
    String from,
    Instant createdAt,
    boolean read)
    implements Serializable {}
