package org.evidentia.bundle.internal;

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
import org.evidentia.bundle.api.BundleOptions;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Enums.BundleStatus;
import org.evidentia.bundle.api.Enums.IncidentScope;
import org.evidentia.intake.api.CaseView;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.Times;

/** One export of a case: its options, where it stands, and once DONE its size and hash. */
@Entity
@Table(name = "bundle_export")
class Bundle {

  @Id private String id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private String caseId;

  @Column(name = "case_reference", nullable = false, updatable = false)
  private String caseReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BundleStatus status;

  @Column(nullable = false)
  private double progress;

  @Column(name = "size_bytes")
  private Long size;

  private String sha256;

  private String error;

  @Enumerated(EnumType.STRING)
  @Column(name = "incident_scope", nullable = false, updatable = false)
  private IncidentScope incidentScope;

  @Column(name = "reveal_identities", nullable = false, updatable = false)
  private boolean revealIdentities;

  @Column(updatable = false)
  private String reason;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(name = "incident_count", nullable = false)
  private int incidentCount;

  @Column(name = "unverified_count", nullable = false)
  private int unverifiedCount;

  @Column(name = "evidence_count", nullable = false)
  private int evidenceCount;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_from", updatable = false)
  private String requestedFrom;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "heartbeat_at")
  private LocalDateTime heartbeatAt;

  @Version private long version;

  protected Bundle() {}

  Bundle(CaseView kase, BundleOptions options, String by, String from, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.caseId = kase.id();
    this.caseReference = kase.reference();
    this.status = BundleStatus.QUEUED;
    this.incidentScope = options.incidents();
    this.revealIdentities = options.revealProtectedIdentities();
    this.reason = options.reason();
    this.language = options.language();
    this.requestedBy = by;
    this.requestedFrom = from;
    this.requestedAt = Times.utc(at);
  }

  String id() {
    return id;
  }

  String caseId() {
    return caseId;
  }

  BundleStatus status() {
    return status;
  }

  String requestedBy() {
    return requestedBy;
  }

  String requestedFrom() {
    return requestedFrom;
  }

  int attempts() {
    return attempts;
  }

  LocalDateTime heartbeatAt() {
    return heartbeatAt;
  }

  LocalDateTime requestedAt() {
    return requestedAt;
  }

  Long size() {
    return size;
  }

  String sha256() {
    return sha256;
  }

  BundleOptions options() {
    return new BundleOptions(incidentScope, revealIdentities, reason, null, language);
  }

  /** The name the ZIP is downloaded under: the case reference and the bundle's short id. */
  String fileName() {
    return caseReference.replaceAll("[^A-Za-z0-9._-]", "_")
        + "-bundle-"
        + id.substring(0, 8)
        + ".zip";
  }

  /** Taken by the instance that writes it; false when it is not waiting any more. */
  boolean start(Instant at) {
    if (status != BundleStatus.QUEUED) {
      return false;
    }
    status = BundleStatus.RUNNING;
    progress = 0;
    attempts++;
    startedAt = Times.utc(at);
    heartbeatAt = startedAt;
    return true;
  }

  /** Whether this row is still the given run's: RUNNING, and not restarted since. */
  boolean runBy(int attempt) {
    return status == BundleStatus.RUNNING && attempts == attempt;
  }

  void heartbeat(Instant at) {
    heartbeatAt = Times.utc(at);
  }

  void counts(int incidents, int unverified, int evidence) {
    this.incidentCount = incidents;
    this.unverifiedCount = unverified;
    this.evidenceCount = evidence;
  }

  void progress(double fraction, Instant at) {
    progress = Math.max(progress, Math.min(0.99, fraction));
    heartbeatAt = Times.utc(at);
  }

  void done(long size, String sha256, Instant at) {
    this.status = BundleStatus.DONE;
    this.progress = 1;
    this.size = size;
    this.sha256 = sha256;
    this.error = null;
    this.finishedAt = Times.utc(at);
  }

  void fail(String why, Instant at) {
    this.status = BundleStatus.FAILED;
    this.error = why.length() > 4000 ? why.substring(0, 3999) + "…" : why;
    this.finishedAt = Times.utc(at);
  }

  /** Queued again after a failure, with the same options. */
  void requeue(String by) {
    if (!requestedBy.equals(by)) {
      throw new org.evidentia.kernel.RuleViolationException(
          "only "
              + requestedBy
              + ", who asked for this export, may restart it; export the case again instead");
    }
    if (status != BundleStatus.FAILED) {
      throw new ConflictException("only a FAILED export can be restarted; this one is " + status);
    }
    status = BundleStatus.QUEUED;
    progress = 0;
    error = null;
    startedAt = null;
    finishedAt = null;
  }

  BundleView view() {
    return new BundleView(
        id,
        caseId,
        caseReference,
        status,
        progress,
        size,
        sha256,
        error,
        incidentScope,
        revealIdentities,
        reason,
        language,
        incidentCount,
        unverifiedCount,
        evidenceCount,
        requestedBy,
        Times.instant(requestedAt),
        Times.instant(startedAt),
        Times.instant(finishedAt),
        fileName());
  }
}
