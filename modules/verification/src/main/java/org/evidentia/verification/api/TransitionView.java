package org.evidentia.verification.api;

import java.time.Instant;
import java.util.List;
import org.evidentia.intake.api.Enums.IncidentStatus;

/**
 * One step of an incident's review, as recorded; {@code checklist} and {@code grades} are those of
 * a sign-off. {@code counts} is true for a sign-off of the current round.
 */
public record TransitionView(
    String id,
    int seq,
    int round,
    ReviewActionType action,
    IncidentStatus from,
    IncidentStatus to,
    String actor,
    Instant at,
    String rationale,
    long incidentVersion,
    Checklist checklist,
    List<GradeView> grades,
    boolean counts) {

  /** A grade a sign-off gave: a source (A-F), a claim or a key fact (1-6). */
  public record GradeView(String subject, String subjectId, String statement, String grade) {}
}
