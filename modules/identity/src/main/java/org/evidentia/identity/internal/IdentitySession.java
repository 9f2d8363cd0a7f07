package org.evidentia.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.evidentia.identity.api.SessionView;

/**
 * One browser login, from login to its end. The secret lives in the HTTP session; we keep a hash.
 */
@Entity
@Table(name = "identity_session")
class IdentitySession {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private String id;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Column(nullable = false)
  private String username;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private LocalDateTime lastSeenAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  private String address;

  @Column(name = "user_agent")
  private String userAgent;

  protected IdentitySession() {}

  record Opened(IdentitySession session, String secret) {}

  static Opened open(String username, String address, String userAgent, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    IdentitySession session = new IdentitySession();
    session.id = UUID.randomUUID().toString();
    session.secretHash = ApiToken.hashOf(secret);
    session.username = username;
    session.createdAt = utc(now);
    session.lastSeenAt = utc(now);
    session.address = cut(address, 100);
    session.userAgent = cut(userAgent, 300);
    return new Opened(session, secret);
  }

  String id() {
    return id;
  }

  String username() {
    return username;
  }

  String secretHash() {
    return secretHash;
  }

  /** Live: not ended, seen within the idle timeout, and younger than the absolute one. */
  boolean isLiveAt(Instant now, Duration idle, Duration absolute) {
    return endedAt == null
        && now.isBefore(lastSeenAt.toInstant(ZoneOffset.UTC).plus(idle))
        && now.isBefore(createdAt.toInstant(ZoneOffset.UTC).plus(absolute));
  }

  /** Notes activity, but writes at most once a minute. */
  void seen(Instant now) {
    if (!now.isBefore(lastSeenAt.toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(1)))) {
      lastSeenAt = utc(now);
    }
  }

  boolean isEnded() {
    return endedAt != null;
  }

  void end(String by, Instant now) {
    if (endedAt == null) {
      endedAt = utc(now);
      endedBy = by;
    }
  }

  SessionView view() {
    return new SessionView(
        id,
        username,
        createdAt.toInstant(ZoneOffset.UTC),
        lastSeenAt.toInstant(ZoneOffset.UTC),
        address,
        userAgent);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }
}
