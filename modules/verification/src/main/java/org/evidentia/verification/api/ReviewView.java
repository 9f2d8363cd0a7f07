package org.evidentia.verification.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidentia.intake.api.Enums.IncidentStatus;

/**
 * Where an incident stands in review, for the caller.
 *
 * @param version the incident's version, to send back as {@code expectedVersion}
 * @param signOffs the sign-offs of the current round, which count towards {@code requiredSignOffs}
 * @param availableActions what the caller may do now
 * @param blockedActions actions the state allows but a rule forbids the caller, with the reason
 * @param history every transition, oldest first
 */
public record ReviewView(
    String incidentId,
    String caseId,
    IncidentStatus status,
    long version,
    int round,
    int requiredSignOffs,
    Instant inReviewSince,
    List<SignOffView> signOffs,
    List<ReviewActionType> availableActions,
    Map<ReviewActionType, String> blockedActions,
    List<TransitionView> history) {}
