package org.evidentia.classification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.evidentia.classification.api.ClassificationEvent;
import org.evidentia.kernel.Times;

/** One step of a classification's history; never updated. */
@Entity
@Table(name = "legal_classification_event")
class ClassificationStep {

  @Id private String id;

  @Column(name = "classification_id", nullable = false, updatable = false)
  private String classificationId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private LocalDateTime at;

  @Column(updatable = false)
  private String note;

  protected ClassificationStep() {}

  ClassificationStep(
      String classificationId, String action, String actor, Instant at, String note) {
    this.id = UUID.randomUUID().toString();
    this.classificationId = classificationId;
    this.action = action;
    this.actor = actor;
    this.at = Times.utc(at);
    this.note = note;
  }

  ClassificationEvent view() {
    return new ClassificationEvent(action, actor, Times.instant(at), note);
  }
}
