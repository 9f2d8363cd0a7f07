package org.evidentia.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.kernel.Times;
import org.evidentia.verification.api.NotificationView;

/** A message in a caseworker's inbox about a reviewer's decision. */
@Entity
@Table(name = "review_notification")
class Notification {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String recipient;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private String incidentId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private String caseId;

  @Column(name = "transition_id", nullable = false, updatable = false)
  private String transitionId;

  /** What the incident became: VERIFIED, REJECTED or NEEDS_INFORMATION. */
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private IncidentStatus outcome;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(updatable = false)
  private String message;

  @Column(nullable = false, updatable = false)
  private String sender;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  protected Notification() {}

  Notification(
      String recipient,
      ReviewTransition transition,
      IncidentStatus outcome,
      String caseId,
      String incidentTitle) {
    this.id = UUID.randomUUID().toString();
    this.recipient = recipient;
    this.transitionId = transition.id();
    this.outcome = outcome;
    this.caseId = caseId;
    this.title = incidentTitle;
    this.message = transition.rationale();
    this.createdAt = Times.utc(transition.at());
    this.incidentId = transition.incidentId();
    this.sender = transition.actor();
  }

  String caseId() {
    return caseId;
  }

  String recipient() {
    return recipient;
  }

  void read(Instant at) {
    if (readAt == null) {
      readAt = Times.utc(at);
    }
  }

  NotificationView view() {
    return new NotificationView(
        id,
        incidentId,
        caseId,
        outcome,
        title,
        message,
        sender,
        Times.instant(createdAt),
        readAt != null);
  }
}
