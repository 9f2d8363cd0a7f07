package org.evidentia.evidence.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of re-hashing an item's stored bytes.
 *
 * @param details what was found: "SHA-256 and SHA-512 match", or what differs or is missing
 */
public record IntegrityResult(
    String evidenceId, Enums.Integrity integrity, Instant checkedAt, String details)
    implements Serializable {}
