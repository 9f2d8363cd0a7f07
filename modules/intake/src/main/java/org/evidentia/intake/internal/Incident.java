package org.evidentia.intake.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.evidentia.intake.api.Enums.DatePrecision;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.Enums.LocationPrecision;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.Occurred;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.Times;

/**
 * An incident: when, where, what, who. Recorded as REPORTED; its fields change only through {@link
 * #revise}, which the caller pairs with a revision keeping the replaced values.
 */
@Entity
@Table(name = "intake_incident")
class Incident {

  static final Set<IncidentStatus> EDITABLE =
      EnumSet.of(IncidentStatus.REPORTED, IncidentStatus.NEEDS_INFORMATION);

  @Id private String id;

  @Column(name = "case_id", nullable = false)
  private String caseId;

  @Column(nullable = false)
  private String title;

  private String narrative;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentStatus status;

  @Column(name = "occurred_from", nullable = false)
  private LocalDateTime occurredFrom;

  @Column(name = "occurred_to")
  private LocalDateTime occurredTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "occurred_precision", nullable = false)
  private DatePrecision occurredPrecision;

  @Column(name = "place_name")
  private String placeName;

  private String country;
  private String region;
  private String district;
  private String locality;
  private Double latitude;
  private Double longitude;

  @Enumerated(EnumType.STRING)
  @Column(name = "location_precision")
  private LocationPrecision locationPrecision;

  @Column(name = "incident_type")
  private String incidentType;

  private String weapon;
  private String target;

  @Column(name = "alleged_perpetrator")
  private String allegedPerpetrator;

  @Column(name = "same_event_as")
  private String sameEventAs;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  /**
   * The words the incident is found by; rewritten with every revision (see {@link SearchTerms}).
   */
  @ElementCollection
  @CollectionTable(name = "intake_incident_term", joinColumns = @JoinColumn(name = "incident_id"))
  @Column(name = "term", nullable = false, length = SearchTerms.MAX_LENGTH)
  private Set<String> terms = new HashSet<>();

  protected Incident() {}

  /** A new REPORTED incident; the input must have passed {@link IncidentRules}. */
  Incident(String caseId, IncidentInput input, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.caseId = caseId;
    this.status = IncidentStatus.REPORTED;
    this.createdBy = by;
    this.createdAt = Times.utc(now);
    apply(input, by, now);
  }

  /**
   * Replaces the recorded fields. Refused unless the incident is still open for editing, or when
   * the caller edited an older version.
   */
  void revise(IncidentInput input, String by, Instant now) {
    requireOpen();
    if (input.expectedVersion() != null && input.expectedVersion() != version) {
      throw new ConflictException(
          "the incident was changed by "
              + updatedBy
              + " (version "
              + version
              + ", you edited "
              + input.expectedVersion()
              + "); reload it and apply your change again");
    }
    apply(input, by, now);
  }

  /**
   * What reviewers sign off must not change under them: the record and its sources, claims and
   * persons change only while REPORTED or NEEDS_INFORMATION.
   */
  void requireOpen() {
    if (!EDITABLE.contains(status)) {
      throw new ConflictException(
          "the incident is "
              + status
              + ": only REPORTED or NEEDS_INFORMATION incidents can be edited");
    }
  }

  private void apply(IncidentInput input, String by, Instant now) {
    title = input.title().strip();
    narrative = Checks.trimmed(input.narrative());
    Occurred occurred = input.occurred();
    occurredFrom = Times.utc(occurred.from());
    occurredTo = Times.utc(occurred.to());
    occurredPrecision = occurred.precision() == null ? DatePrecision.EXACT : occurred.precision();
    Location at = input.location() == null ? IncidentRules.NOWHERE : input.location();
    placeName = Checks.trimmed(at.placeName());
    country = Checks.trimmed(at.country());
    region = Checks.trimmed(at.region());
    district = Checks.trimmed(at.district());
    locality = Checks.trimmed(at.locality());
    latitude = at.latitude();
    longitude = at.longitude();
    locationPrecision = at.precision();
    incidentType = Checks.trimmed(input.incidentType());
    weapon = Checks.trimmed(input.weapon());
    target = Checks.trimmed(input.target());
    allegedPerpetrator = Checks.trimmed(input.allegedPerpetrator());
    index();
    updatedBy = by;
    updatedAt = Times.utc(now);
  }

  /**
   * Recomputes the words the incident is found by; also used for incidents recorded before. Answers
   * whether it has any.
   */
  boolean index() {
    Set<String> words =
        SearchTerms.of(title, narrative, placeName, locality, district, region, allegedPerpetrator);
    terms.retainAll(words);
    terms.addAll(words);
    return !terms.isEmpty();
  }

  /** A review transition; verification decides whether it is allowed. */
  void moveTo(IncidentStatus to) {
    status = to;
  }

  String createdBy() {
    return createdBy;
  }

  String updatedBy() {
    return updatedBy;
  }

  void markSameEventAs(String otherIncidentId) {
    sameEventAs = otherIncidentId;
  }

  String id() {
    return id;
  }

  String caseId() {
    return caseId;
  }

  long version() {
    return version;
  }

  IncidentStatus status() {
    return status;
  }

  IncidentView view() {
    return new IncidentView(
        id,
        caseId,
        title,
        narrative,
        status,
        new Occurred(Times.instant(occurredFrom), Times.instant(occurredTo), occurredPrecision),
        new Location(
            placeName, country, region, district, locality, latitude, longitude, locationPrecision),
        incidentType,
        weapon,
        target,
        allegedPerpetrator,
        sameEventAs,
        Times.instant(createdAt),
        createdBy,
        Times.instant(updatedAt),
        updatedBy,
        version);
  }

  /** The recorded fields as they are now, for the revision an edit leaves behind. */
  JsonObject snapshot() {
    IncidentView v = view();
    JsonObjectBuilder json = Json.createObjectBuilder();
    put(json, "title", v.title());
    put(json, "narrative", v.narrative());
    put(json, "status", v.status().name());
    put(json, "occurred.from", String.valueOf(v.occurred().from()));
    put(json, "occurred.to", v.occurred().to() == null ? null : v.occurred().to().toString());
    put(json, "occurred.precision", v.occurred().precision().name());
    put(json, "location.placeName", v.location().placeName());
    put(json, "location.country", v.location().country());
    put(json, "location.region", v.location().region());
    put(json, "location.district", v.location().district());
    put(json, "location.locality", v.location().locality());
    if (v.location().latitude() != null) {
      json.add("location.latitude", v.location().latitude());
      json.add("location.longitude", v.location().longitude());
    }
    put(
        json,
        "location.precision",
        v.location().precision() == null ? null : v.location().precision().name());
    put(json, "incidentType", v.incidentType());
    put(json, "weapon", v.weapon());
    put(json, "target", v.target());
    put(json, "allegedPerpetrator", v.allegedPerpetrator());
    put(json, "updatedBy", v.updatedBy());
    put(json, "updatedAt", v.updatedAt().toString());
    json.add("version", v.version());
    return json.build();
  }

  private static void put(JsonObjectBuilder json, String key, String value) {
    if (value == null) {
      json.addNull(key);
    } else {
      json.add(key, value);
    }
  }
}
