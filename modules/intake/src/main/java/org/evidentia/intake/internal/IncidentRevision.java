package org.evidentia.intake.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.intake.api.IncidentRevisionView;
import org.evidentia.kernel.Times;

/** The values of an incident that an edit replaced. Written once, never changed. */
@Entity
@Table(name = "intake_incident_revision")
class IncidentRevision {

  @Id private String id;

  @Column(name = "incident_id", nullable = false)
  private String incidentId;

  @Column(nullable = false)
  private long revision;

  @Column(name = "replaced_at", nullable = false)
  private LocalDateTime replacedAt;

  @Column(name = "replaced_by", nullable = false)
  private String replacedBy;

  @Column(nullable = false)
  private String snapshot;

  protected IncidentRevision() {}

  IncidentRevision(Incident before, String replacedBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.incidentId = before.id();
    this.revision = before.version();
    this.snapshot = before.snapshot().toString();
    this.replacedBy = replacedBy;
    this.replacedAt = Times.utc(now);
  }

  IncidentRevisionView view() {
    JsonObject values = Json.createReader(new StringReader(snapshot)).readObject();
    return new IncidentRevisionView(revision, Times.instant(replacedAt), replacedBy, values);
  }
}
