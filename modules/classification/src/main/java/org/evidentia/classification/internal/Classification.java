package org.evidentia.classification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.Enums.ClassificationStatus;
import org.evidentia.classification.api.Enums.Decision;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.Times;

/** An incident classified as a crime; never deleted, withdrawn at most. */
@Entity
@Table(name = "legal_classification")
class Classification {

  @Id private String id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private String incidentId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private String caseId;

  @Column(name = "crime_code", nullable = false, updatable = false)
  private String crimeCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClassificationStatus status;

  @Column(nullable = false, updatable = false)
  private String rationale;

  @Column(name = "proposed_by", nullable = false, updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private LocalDateTime proposedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Version private long version;

  protected Classification() {}

  Classification(IncidentView incident, String crimeCode, String rationale, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.incidentId = incident.id();
    this.caseId = incident.caseId();
    this.crimeCode = crimeCode;
    this.status = ClassificationStatus.PROPOSED;
    this.rationale = rationale;
    this.proposedBy = by;
    this.proposedAt = Times.utc(at);
  }

  void decide(Decision decision, String note, String by, Instant at) {
    if (decision == Decision.CONFIRM && status != ClassificationStatus.PROPOSED) {
      throw new ConflictException(
          "only a PROPOSED classification can be confirmed; this one is " + status);
    }
    if (decision == Decision.WITHDRAW && status == ClassificationStatus.WITHDRAWN) {
      throw new ConflictException("the classification is withdrawn already");
    }
    status =
        decision == Decision.CONFIRM
            ? ClassificationStatus.CONFIRMED
            : ClassificationStatus.WITHDRAWN;
    decidedBy = by;
    decidedAt = Times.utc(at);
    decisionNote = note;
  }

  void requireActive() {
    if (status == ClassificationStatus.WITHDRAWN) {
      throw new ConflictException(
          "the classification is withdrawn: propose the crime again to link support to it");
    }
  }

  String id() {
    return id;
  }

  String incidentId() {
    return incidentId;
  }

  String caseId() {
    return caseId;
  }

  String crimeCode() {
    return crimeCode;
  }

  ClassificationStatus status() {
    return status;
  }

  long version() {
    return version;
  }

  ClassificationView view(String crimeTitle, IncidentStatus incidentStatus, long links) {
    return new ClassificationView(
        id,
        incidentId,
        caseId,
        crimeCode,
        crimeTitle,
        status,
        rationale,
        proposedBy,
        Times.instant(proposedAt),
        decidedBy,
        Times.instant(decidedAt),
        decisionNote,
        incidentStatus,
        incidentStatus == IncidentStatus.VERIFIED,
        links,
        version);
  }
}
