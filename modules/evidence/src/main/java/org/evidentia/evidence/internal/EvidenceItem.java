package org.evidentia.evidence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import org.evidentia.evidence.api.Comparison;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.EvidenceKind;
import org.evidentia.evidence.api.Enums.Integrity;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.kernel.Times;

/**
 * An evidence item: one receipt of some bytes for an incident, with what the uploader said about
 * them and what the bytes say about themselves. What was received never changes; the embedded
 * metadata is filled in once, right after the item is recorded, and the result of the latest
 * integrity check changes with each check.
 */
@Entity
@Table(name = "evidence_item")
class EvidenceItem {

  @Id private String id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private String incidentId;

  /** The incident's case, kept to count and filter by the caller's cases without asking intake. */
  @Column(name = "case_id", nullable = false, updatable = false)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EvidenceKind kind;

  @Column(updatable = false)
  private String description;

  @Column(name = "original_file_name", nullable = false, updatable = false)
  private String originalFileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "claimed_media_type", updatable = false)
  private String claimedMediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(nullable = false, updatable = false)
  private String sha512;

  @Column(name = "duplicate_of", updatable = false)
  private String duplicateOf;

  @Column(name = "source_id", updatable = false)
  private String sourceId;

  @Column(name = "collected_by", updatable = false)
  private String collectedBy;

  @Column(name = "obtained_at", updatable = false)
  private LocalDateTime obtainedAt;

  @Column(nullable = false, updatable = false)
  private boolean graphic;

  @Column(name = "personal_data", nullable = false, updatable = false)
  private boolean personalData;

  @Column(name = "derived_from", updatable = false)
  private String derivedFrom;

  @Column(name = "received_at", nullable = false, updatable = false)
  private LocalDateTime receivedAt;

  @Column(name = "received_by", nullable = false, updatable = false)
  private String receivedBy;

  @Column(name = "captured_at")
  private LocalDateTime capturedAt;

  @Column(name = "captured_at_zone_known", nullable = false)
  private boolean capturedAtZoneKnown;

  // What the bytes say about themselves is read after the item is recorded (analysed()).
  private Double latitude;

  private Double longitude;

  private String device;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Integrity integrity;

  @Column(name = "integrity_checked_at")
  private LocalDateTime integrityCheckedAt;

  @Column(nullable = false)
  private boolean thumbnail;

  @Version private long version;

  protected EvidenceItem() {}

  /** What the analysis of the received bytes found. */
  record Analysis(
      String sha256,
      String sha512,
      long size,
      String mediaType,
      String claimedMediaType,
      EmbeddedMetadata metadata) {}

  EvidenceItem(
      String id,
      String incidentId,
      String caseId,
      NewEvidence input,
      String fileName,
      Analysis analysis,
      String duplicateOf,
      String receivedBy,
      Instant receivedAt) {
    this.id = id;
    this.incidentId = incidentId;
    this.caseId = caseId;
    this.kind = input.kind();
    this.description = input.description() == null ? null : input.description().strip();
    this.originalFileName = fileName;
    this.mediaType = analysis.mediaType();
    this.claimedMediaType = analysis.claimedMediaType();
    this.size = analysis.size();
    this.sha256 = analysis.sha256();
    this.sha512 = analysis.sha512();
    this.duplicateOf = duplicateOf;
    this.sourceId = input.sourceId();
    this.collectedBy = input.collectedBy();
    this.obtainedAt = Times.utc(input.obtainedAt());
    this.graphic = input.graphic();
    this.personalData = input.personalData();
    this.derivedFrom = input.derivedFrom();
    this.receivedBy = receivedBy;
    this.receivedAt = Times.utc(receivedAt);
    EmbeddedMetadata m = analysis.metadata();
    this.capturedAt = Times.utc(m.capturedAt());
    this.capturedAtZoneKnown = m.capturedAtZoneKnown();
    this.latitude = m.latitude();
    this.longitude = m.longitude();
    this.device = m.device();
    this.integrity = Integrity.UNCHECKED;
  }

  void checked(boolean intact, Instant at) {
    this.integrity = intact ? Integrity.OK : Integrity.FAILED;
    this.integrityCheckedAt = Times.utc(at);
  }

  void thumbnailMade() {
    this.thumbnail = true;
  }

  /** The embedded metadata, read from the stored file once the item was recorded. */
  void analysed(EmbeddedMetadata m) {
    this.capturedAt = Times.utc(m.capturedAt());
    this.capturedAtZoneKnown = m.capturedAtZoneKnown();
    this.latitude = m.latitude();
    this.longitude = m.longitude();
    this.device = m.device();
  }

  Integrity integrity() {
    return integrity;
  }

  Instant integrityCheckedAt() {
    return Times.instant(integrityCheckedAt);
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

  String sha256() {
    return sha256;
  }

  String sha512() {
    return sha512;
  }

  long size() {
    return size;
  }

  String mediaType() {
    return mediaType;
  }

  String originalFileName() {
    return originalFileName;
  }

  String duplicateOf() {
    return duplicateOf;
  }

  String derivedFrom() {
    return derivedFrom;
  }

  boolean hasThumbnail() {
    return thumbnail;
  }

  EmbeddedMetadata metadata() {
    return new EmbeddedMetadata(
        Times.instant(capturedAt), capturedAtZoneKnown, latitude, longitude, device);
  }

  /**
   * The item as the caller sees it.
   *
   * @param visibleDuplicateOf {@link #duplicateOf()} if the caller may see that item, else null
   * @param incidentStart when the incident began, or null
   * @param incidentLatitude the incident's coordinates, or null
   */
  EvidenceView view(
      String visibleDuplicateOf,
      Instant incidentStart,
      Double incidentLatitude,
      Double incidentLongitude) {
    EmbeddedMetadata metadata = metadata();
    Instant captured = metadata.capturedAt();
    Instant obtained = Times.instant(obtainedAt);
    Comparison comparison =
        new Comparison(
            captured == null || obtained == null
                ? null
                : java.time.Duration.between(captured, obtained).getSeconds(),
            captured == null || incidentStart == null
                ? null
                : java.time.Duration.between(incidentStart, captured).getSeconds(),
            latitude == null || incidentLatitude == null || incidentLongitude == null
                ? null
                : Math.round(
                        Geo.distanceMeters(latitude, longitude, incidentLatitude, incidentLongitude)
                            * 10)
                    / 10.0,
            claimedMediaType == null ? null : nameMatchesContent());
    return new EvidenceView(
        id,
        incidentId,
        kind,
        description,
        originalFileName,
        mediaType,
        claimedMediaType,
        size,
        sha256,
        sha512,
        visibleDuplicateOf,
        duplicateOf != null,
        sourceId,
        collectedBy,
        obtained,
        graphic,
        personalData,
        derivedFrom,
        derivedFrom != null,
        Times.instant(receivedAt),
        receivedBy,
        metadata,
        comparison,
        integrity,
        Times.instant(integrityCheckedAt),
        thumbnail);
  }

  private boolean nameMatchesContent() {
    return MediaTypes.agree(claimedMediaType, mediaType);
  }
}
