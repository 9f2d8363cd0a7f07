package org.evidentia.evidence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.Enums.CustodyEventType;
import org.evidentia.kernel.Times;

/** One link of an item's chain of custody. Inserted once, never updated or deleted. */
@Entity
@Table(name = "evidence_custody_event")
class CustodyEvent {

  static final int MAX_DETAILS = 2000;

  @Id private String id;

  @Column(name = "evidence_id", nullable = false, updatable = false)
  private String evidenceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, updatable = false)
  private CustodyEventType type;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime at;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String details;

  protected CustodyEvent() {}

  CustodyEvent(String evidenceId, CustodyEventType type, String actor, Instant at, String details) {
    this.id = UUID.randomUUID().toString();
    this.evidenceId = evidenceId;
    this.type = type;
    this.actor = actor;
    this.at = Times.utc(at);
    this.details =
        details == null || details.length() <= MAX_DETAILS
            ? details
            : details.substring(0, MAX_DETAILS);
  }

  CustodyEventView view() {
    return new CustodyEventView(type, Times.instant(at), actor, details);
  }
}
