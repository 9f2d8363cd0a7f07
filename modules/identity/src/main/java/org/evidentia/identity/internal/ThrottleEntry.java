package org.evidentia.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The failures counted against one account or one client address. */
@Entity
@Table(name = "identity_login_throttle")
class ThrottleEntry {

  @Id
  @Column(name = "throttle_key")
  private String key;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private LocalDateTime lastFailureAt;

  @Column(name = "blocked_until", nullable = false)
  private LocalDateTime blockedUntil;

  protected ThrottleEntry() {}

  ThrottleEntry(String key) {
    this.key = key;
  }

  int failures() {
    return failures;
  }

  /** How long from {@code now} until the next attempt may be checked; zero when it may now. */
  Duration waitAt(Instant now) {
    Instant until = blockedUntil.toInstant(ZoneOffset.UTC);
    return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
  }

  /** One more failure; after a quiet period the count starts again (nothing is for ever). */
  void failed(Instant now, LoginThrottle.Policy policy, int freeAttempts) {
    if (lastFailureAt != null
        && !now.isBefore(lastFailureAt.toInstant(ZoneOffset.UTC).plus(policy.forgetAfter()))) {
      failures = 0;
    }
    failures++;
    lastFailureAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    blockedUntil =
        LocalDateTime.ofInstant(
            now.plus(policy.delayAfter(failures, freeAttempts)), ZoneOffset.UTC);
  }
}
