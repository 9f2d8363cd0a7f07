package org.evidentia.audit.api;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit chain as readers see it, with the hashes that link it. */
public record AuditEntryView(
    long sequence,
    Instant recordedAt,
    String actor,
    String action,
    String targetType,
    String targetId,
    String address,
    String details,
    String previousHash,
    String hash)
    implements Serializable {}
