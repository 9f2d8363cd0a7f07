package org.evidentia.evidence.api;

/**
 * Fired when an evidence item is recorded, ids only; observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS} to react once it is committed.
 */
public record EvidenceAdded(String evidenceId, String incidentId) {}
