package org.evidentia.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. The single row is locked for each
 * append, so appends are serialized by the database whatever the number of application instances.
 */
@Entity
@Table(name = "audit_chain_head")
class ChainHead {

  static final int ID = 1;

  @Id private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected ChainHead() {}

  long lastSequence() {
    return lastSequence;
  }

  String lastHash() {
    return lastHash;
  }

  void advanceTo(AuditEntry entry) {
    if (entry.sequence() != lastSequence + 1 || !entry.previousHash().equals(lastHash)) {
      throw new IllegalStateException("an entry must extend the chain by exactly one link");
    }
    lastSequence = entry.sequence();
    lastHash = entry.hash();
  }
}
