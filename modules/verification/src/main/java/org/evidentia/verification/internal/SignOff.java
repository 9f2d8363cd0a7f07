package org.evidentia.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.evidentia.kernel.Times;

/** A sign-off of one round; its key allows one per reviewer and round. */
@Entity
@Table(name = "review_signoff")
@IdClass(SignOff.Key.class)
class SignOff {

  /** The primary key. */
  static class Key implements Serializable {
    String incidentId;
    int round;
    String reviewer;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.incidentId.equals(incidentId)
          && k.round == round
          && k.reviewer.equals(reviewer);
    }

    @Override
    public int hashCode() {
      return Objects.hash(incidentId, round, reviewer);
    }
  }

  @Id
  @Column(name = "incident_id")
  private String incidentId;

  @Id
  @Column(name = "review_round")
  private int round;

  @Id private String reviewer;

  @Column(name = "transition_id", nullable = false)
  private String transitionId;

  @Column(name = "signed_at", nullable = false)
  private LocalDateTime signedAt;

  protected SignOff() {}

  SignOff(String incidentId, int round, String reviewer, String transitionId, Instant at) {
    this.incidentId = incidentId;
    this.round = round;
    this.reviewer = reviewer;
    this.transitionId = transitionId;
    this.signedAt = Times.utc(at);
  }

  String reviewer() {
    return reviewer;
  }

  String transitionId() {
    return transitionId;
  }

  Instant signedAt() {
    return Times.instant(signedAt);
  }
}
