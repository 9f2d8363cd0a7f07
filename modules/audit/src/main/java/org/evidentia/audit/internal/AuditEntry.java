package org.evidentia.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.evidentia.audit.api.AuditEntryView;

/** One link of the audit chain. Immutable once written: there are no setters. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

  @Id
  @Column(name = "sequence_no")
  private long sequence;

  /** UTC, to the millisecond, so the value read back hashes exactly as the value written. */
  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  private String address;

  private String details;

  @Column(name = "previous_hash", nullable = false)
  private String previousHash;

  @Column(name = "entry_hash", nullable = false)
  private String hash;

  protected AuditEntry() {}

  AuditEntry(
      long sequence,
      Instant recordedAt,
      String actor,
      String action,
      String targetType,
      String targetId,
      String address,
      String details,
      String previousHash) {
    this.sequence = sequence;
    this.recordedAt =
        LocalDateTime.ofInstant(recordedAt.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.address = address;
    this.details = details;
    this.previousHash = previousHash;
    this.hash = ChainLink.hash(this);
  }

  long sequence() {
    return sequence;
  }

  Instant recordedAt() {
    return recordedAt.toInstant(ZoneOffset.UTC);
  }

  String actor() {
    return actor;
  }

  String action() {
    return action;
  }

  String targetType() {
    return targetType;
  }

  String targetId() {
    return targetId;
  }

  String address() {
    return address;
  }

  String details() {
    return details;
  }

  String previousHash() {
    return previousHash;
  }

  String hash() {
    return hash;
  }

  AuditEntryView view() {
    return new AuditEntryView(
        sequence,
        recordedAt(),
        actor,
        action,
        targetType,
        targetId,
        address,
        details,
        previousHash,
        hash);
  }
}
