package org.evidentia.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An account's second factor, kept apart from the account itself: the sealed TOTP secret once
 * enrolled, the last step a code was accepted for (so a code works once), and whether the account
 * is a demo account that demo mode exempts from the policy.
 */
@Entity
@Table(name = "identity_two_factor")
class TwoFactor {

  @Id private String username;

  @Column(name = "secret_sealed")
  private String secretSealed;

  @Column(name = "enrolled_at")
  private LocalDateTime enrolledAt;

  @Column(name = "last_step", nullable = false)
  private long lastStep;

  @Column(name = "demo_exempt", nullable = false)
  private boolean demoExempt;

  @Version private long version;

  protected TwoFactor() {}

  TwoFactor(String username) {
    this.username = username;
  }

  String username() {
    return username;
  }

  boolean isEnrolled() {
    return secretSealed != null;
  }

  String secretSealed() {
    return secretSealed;
  }

  long lastStep() {
    return lastStep;
  }

  boolean isDemoExempt() {
    return demoExempt;
  }

  Instant enrolledAt() {
    return enrolledAt == null ? null : enrolledAt.toInstant(ZoneOffset.UTC);
  }

  void exemptAsDemo() {
    demoExempt = true;
  }

  void enrol(String sealed, long acceptedStep, Instant now) {
    secretSealed = sealed;
    lastStep = acceptedStep;
    enrolledAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  void accepted(long step) {
    lastStep = step;
  }

  void remove() {
    secretSealed = null;
    enrolledAt = null;
    lastStep = 0;
  }
}
