package org.evidentia.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.evidentia.identity.api.TokenView;

/**
 * A personal API token. The secret is 32 random bytes handed out once; the database keeps only its
 * SHA-256, so a copy of the database does not let anyone call the API.
 */
@Entity
@Table(name = "identity_api_token")
class ApiToken {

  static final String PREFIX = "evd_";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private String id;

  @Column(nullable = false)
  private String username;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  protected ApiToken() {}

  private ApiToken(String username, String secret, Instant now, Instant expiresAt) {
    this.id = UUID.randomUUID().toString();
    this.username = username;
    this.tokenHash = hashOf(secret);
    this.createdAt = utc(now);
    this.expiresAt = utc(expiresAt);
  }

  /** A new token and its secret, which the caller must hand to the user now or never. */
  record Issued(ApiToken token, String secret) {}

  static Issued issue(String username, Instant now, Instant expiresAt) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(new ApiToken(username, secret, now, expiresAt), secret);
  }

  static String hashOf(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  String id() {
    return id;
  }

  String username() {
    return username;
  }

  Instant expiresAt() {
    return expiresAt.toInstant(ZoneOffset.UTC);
  }

  boolean isUsableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt());
  }

  /** Revoking twice keeps the first revocation on record. */
  void revoke(String by, Instant now) {
    if (revokedAt == null) {
      revokedAt = utc(now);
      revokedBy = by;
    }
  }

  TokenView view(Instant now) {
    return new TokenView(
        id,
        username,
        createdAt.toInstant(ZoneOffset.UTC),
        expiresAt(),
        revokedAt == null ? null : revokedAt.toInstant(ZoneOffset.UTC),
        revokedBy,
        isUsableAt(now));
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(
        instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), ZoneOffset.UTC);
  }
}
