package org.evidentia.classification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Enums.Strength;
import org.evidentia.classification.api.NewLink;
import org.evidentia.kernel.Times;

/**
 * Support for one element of a classified crime. Its {@code standing} is COUNTED while the link and
 * its classification are active: the matrix counts it in one grouped query.
 */
@Entity
@Table(name = "legal_element_link")
class ElementLink {

  @Id private String id;

  @Column(name = "classification_id", nullable = false, updatable = false)
  private String classificationId;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private String incidentId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private String caseId;

  @Column(name = "crime_code", nullable = false, updatable = false)
  private String crimeCode;

  @Column(name = "element_code", nullable = false, updatable = false)
  private String elementCode;

  @Column(name = "evidence_id", updatable = false)
  private String evidenceId;

  @Column(name = "source_id", updatable = false)
  private String sourceId;

  @Column(name = "claim_id", updatable = false)
  private String claimId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Strength strength;

  @Column(updatable = false)
  private String note;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private LocalDateTime withdrawnAt;

  /** Whether the matrix counts the link (an enum: H2 refuses EclipseLink's boolean binding). */
  enum Standing {
    COUNTED,
    WITHDRAWN,
    SUSPENDED
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Standing standing;

  protected ElementLink() {}

  ElementLink(Classification of, NewLink link, String note, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.classificationId = of.id();
    this.incidentId = of.incidentId();
    this.caseId = of.caseId();
    this.crimeCode = of.crimeCode();
    this.elementCode = link.elementCode();
    this.evidenceId = link.evidenceId();
    this.sourceId = link.sourceId();
    this.claimId = link.claimId();
    this.strength = link.strength();
    this.note = note;
    this.createdBy = by;
    this.createdAt = Times.utc(at);
    this.standing = Standing.COUNTED;
  }

  boolean sameSupport(NewLink link) {
    return withdrawnAt == null
        && elementCode.equals(link.elementCode())
        && Objects.equals(evidenceId, link.evidenceId())
        && Objects.equals(sourceId, link.sourceId())
        && Objects.equals(claimId, link.claimId());
  }

  void withdraw(String by, Instant at) {
    withdrawnBy = by;
    withdrawnAt = Times.utc(at);
    standing = Standing.WITHDRAWN;
  }

  /** The classification was withdrawn: the link stays, and stops counting. */
  void uncount() {
    if (standing == Standing.COUNTED) {
      standing = Standing.SUSPENDED;
    }
  }

  boolean active() {
    return withdrawnAt == null;
  }

  String id() {
    return id;
  }

  String classificationId() {
    return classificationId;
  }

  String caseId() {
    return caseId;
  }

  String evidenceId() {
    return evidenceId;
  }

  String sourceId() {
    return sourceId;
  }

  String claimId() {
    return claimId;
  }

  ElementLinkView view(String label) {
    return new ElementLinkView(
        id,
        classificationId,
        incidentId,
        crimeCode,
        elementCode,
        evidenceId,
        sourceId,
        claimId,
        label,
        strength,
        note,
        createdBy,
        Times.instant(createdAt),
        withdrawnBy,
        Times.instant(withdrawnAt),
        active(),
        standing == Standing.COUNTED);
  }
}
