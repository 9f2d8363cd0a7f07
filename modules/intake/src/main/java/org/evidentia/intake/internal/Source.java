package org.evidentia.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.Enums.SourceKind;
import org.evidentia.intake.api.NewSource;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.Times;

/** A source of an incident. Its reliability grade is a reviewer's to give. */
@Entity
@Table(name = "intake_source")
class Source {

  @Id private String id;

  @Column(name = "incident_id", nullable = false)
  private String incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SourceKind kind;

  @Column(nullable = false)
  private String name;

  private String reference;
  private String url;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Enumerated(EnumType.STRING)
  private Reliability reliability;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version private long version;

  protected Source() {}

  Source(String incidentId, NewSource source, String by, Instant now, LocalDate today) {
    Checks checks =
        new Checks()
            .required(source == null ? null : source.kind(), "kind", "the kind of source")
            .required(source == null ? null : source.name(), "name", "a name or publisher");
    if (source != null) {
      checks
          .maxLength(source.name(), 300, "name")
          .maxLength(source.reference(), 1000, "reference")
          .maxLength(source.url(), 2000, "url")
          .require(
              source.url() == null || isWebAddress(source.url()),
              "url",
              "must be an http or https address")
          .require(
              source.publishedOn() == null || !source.publishedOn().isAfter(today),
              "publishedOn",
              "must not be in the future");
    }
    checks.orRefuse();
    this.id = UUID.randomUUID().toString();
    this.incidentId = incidentId;
    this.kind = source.kind();
    this.name = source.name().strip();
    this.reference = Checks.trimmed(source.reference());
    this.url = Checks.trimmed(source.url());
    this.publishedOn = source.publishedOn();
    this.createdBy = by;
    this.createdAt = Times.utc(now);
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = URI.create(text.strip());
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  void grade(Reliability grade) {
    this.reliability = grade;
  }

  String id() {
    return id;
  }

  String incidentId() {
    return incidentId;
  }

  String name() {
    return name;
  }

  SourceView view() {
    return new SourceView(
        id,
        incidentId,
        kind,
        name,
        reference,
        url,
        publishedOn,
        reliability,
        Times.instant(createdAt),
        createdBy,
        version);
  }
}
