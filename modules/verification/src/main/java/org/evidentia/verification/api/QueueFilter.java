package org.evidentia.verification.api;

/**
 * Which part of the queue, narrowed by case, incident type and region (each optional).
 *
 * @param view TO_REVIEW: under review, not contributed to or signed off by the caller, oldest
 *     first; SIGNED_BY_ME: under review and signed off by the caller, waiting for others; DECIDED:
 *     verified, rejected or sent back, most recent first
 */
public record QueueFilter(View view, String caseId, String incidentType, String region) {

  public enum View {
    TO_REVIEW,
    SIGNED_BY_ME,
    DECIDED
  }
}
