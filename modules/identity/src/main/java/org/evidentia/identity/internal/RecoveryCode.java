package org.evidentia.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One recovery code, by its SHA-256 only; spent once. */
@Entity
@Table(name = "identity_recovery_code")
class RecoveryCode {

  @Id private String id;

  @Column(nullable = false)
  private String username;

  @Column(name = "code_hash", nullable = false)
  private String codeHash;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  protected RecoveryCode() {}

  RecoveryCode(String username, String code) {
    this.id = UUID.randomUUID().toString();
    this.username = username;
    this.codeHash = RecoveryCodes.hash(code);
  }

  boolean isUsed() {
    return usedAt != null;
  }

  void use(Instant now) {
    usedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }
}
