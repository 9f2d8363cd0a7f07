package org.evidentia.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.kernel.Times;
import org.evidentia.verification.api.QueueItem;
import org.evidentia.verification.api.ReviewActionType;

/**
 * Where an incident stands in review, for the queue and the figures. Written only while the
 * incident's row is locked (see {@code IncidentWorkflow#lock}), so it needs no version of its own.
 */
@Entity
@Table(name = "review_state")
class ReviewState {

  @Id
  @Column(name = "incident_id")
  private String incidentId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentStatus status;

  @Column(name = "review_round", nullable = false)
  private int round;

  @Column(name = "sign_offs", nullable = false)
  private int signOffs;

  @Column(nullable = false)
  private String title;

  @Column(name = "incident_type")
  private String incidentType;

  private String region;

  @Column(name = "reported_at", nullable = false)
  private LocalDateTime reportedAt;

  @Column(name = "in_review_since")
  private LocalDateTime inReviewSince;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "seconds_to_verify")
  private Long secondsToVerify;

  @Enumerated(EnumType.STRING)
  @Column(name = "last_action", nullable = false)
  private ReviewActionType lastAction;

  @Column(name = "last_actor", nullable = false)
  private String lastActor;

  @Column(name = "last_action_at", nullable = false)
  private LocalDateTime lastActionAt;

  protected ReviewState() {}

  ReviewState(IncidentView incident) {
    this.incidentId = incident.id();
    this.caseId = incident.caseId();
    this.reportedAt = Times.utc(incident.createdAt());
    this.status = incident.status();
  }

  /** Records an action taken; {@code incident} is the record as it stands after it. */
  void record(
      ReviewActionType action,
      IncidentStatus to,
      int round,
      IncidentView incident,
      int signOffsNow,
      String actor,
      Instant at) {
    this.round = round;
    if (to == IncidentStatus.UNDER_REVIEW && status != IncidentStatus.UNDER_REVIEW) {
      inReviewSince = Times.utc(at);
      decidedAt = null;
      title = incident.title();
      incidentType = incident.incidentType();
      region = incident.location() == null ? null : incident.location().region();
    }
    if (to == IncidentStatus.VERIFIED
        || to == IncidentStatus.REJECTED
        || to == IncidentStatus.NEEDS_INFORMATION) {
      decidedAt = Times.utc(at);
    }
    if (to == IncidentStatus.VERIFIED) {
      secondsToVerify = Duration.between(Times.instant(reportedAt), at).toSeconds();
    }
    if (title == null) {
      title = incident.title();
    }
    status = to;
    signOffs = to == IncidentStatus.UNDER_REVIEW || to == IncidentStatus.VERIFIED ? signOffsNow : 0;
    lastAction = action;
    lastActor = actor;
    lastActionAt = Times.utc(at);
  }

  int round() {
    return round;
  }

  Instant inReviewSince() {
    return Times.instant(inReviewSince);
  }

  String caseId() {
    return caseId;
  }

  QueueItem item(int required) {
    return new QueueItem(
        incidentId,
        caseId,
        title,
        incidentType,
        region,
        status,
        Times.instant(inReviewSince),
        signOffs,
        required,
        lastAction,
        lastActor,
        Times.instant(lastActionAt));
  }
}
