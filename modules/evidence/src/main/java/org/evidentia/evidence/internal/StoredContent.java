package org.evidentia.evidence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.evidentia.kernel.Times;

/**
 * One distinct content in the store. Its primary key, the SHA-256, decides which of two identical
 * uploads came first: the second insert fails, and that upload records itself as a duplicate.
 */
@Entity
@Table(name = "evidence_content")
class StoredContent {

  @Id private String sha256;

  @Column(nullable = false)
  private String sha512;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "first_item_id", nullable = false)
  private String firstItemId;

  @Column(name = "stored_at", nullable = false)
  private LocalDateTime storedAt;

  protected StoredContent() {}

  StoredContent(String sha256, String sha512, long size, String firstItemId, Instant now) {
    this.sha256 = sha256;
    this.sha512 = sha512;
    this.size = size;
    this.firstItemId = firstItemId;
    this.storedAt = Times.utc(now);
  }

  String sha256() {
    return sha256;
  }

  String sha512() {
    return sha512;
  }

  long size() {
    return size;
  }

  String firstItemId() {
    return firstItemId;
  }
}
