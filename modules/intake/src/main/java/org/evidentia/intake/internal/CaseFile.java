package org.evidentia.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.intake.api.CaseView;
import org.evidentia.kernel.Times;

/** A case: the dossier that holds incidents and decides, through its team, who sees them. */
@Entity
@Table(name = "intake_case")
class CaseFile {

  @Id private String id;

  @Column(nullable = false)
  private String reference;

  @Column(nullable = false)
  private String title;

  private String summary;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version private long version;

  protected CaseFile() {}

  static void check(String title, String summary) {
    new Checks()
        .required(title, "title", "a title")
        .maxLength(title, 300, "title")
        .maxLength(summary, 10_000, "summary")
        .orRefuse();
  }

  CaseFile(String reference, String title, String summary, String createdBy, Instant now) {
    check(title, summary);
    this.id = UUID.randomUUID().toString();
    this.reference = reference;
    this.title = title.strip();
    this.summary = Checks.trimmed(summary);
    this.createdBy = createdBy;
    this.createdAt = Times.utc(now);
  }

  String id() {
    return id;
  }

  String reference() {
    return reference;
  }

  CaseView view() {
    return new CaseView(
        id, reference, title, summary, Times.instant(createdAt), createdBy, version);
  }
}
