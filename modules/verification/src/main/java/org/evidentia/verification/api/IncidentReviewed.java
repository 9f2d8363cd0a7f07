package org.evidentia.verification.api;

import org.evidentia.intake.api.Enums.IncidentStatus;

/**
 * Fired after a review action, ids only; observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS} to react once it is committed.
 */
public record IncidentReviewed(
    String incidentId, String caseId, ReviewActionType action, IncidentStatus status) {}
