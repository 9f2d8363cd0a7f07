package org.evidentia.evidence.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * An evidence item as the case team sees it.
 *
 * @param originalFileName the uploader's file name, cleaned for display; never used as a path
 * @param mediaType detected from the bytes
 * @param claimedMediaType what the file name's extension claims, or null when it claims nothing
 * @param duplicateOf the earlier item with the same bytes, when the caller may see it
 * @param duplicateContent whether these bytes were already in the store (also when {@code
 *     duplicateOf} is hidden from the caller)
 * @param derivedFrom the original this item is a redacted working copy of, or null
 * @param thumbnail whether a thumbnail (working copy) exists
 */
public record EvidenceView(
    String id,
    String incidentId,
    Enums.EvidenceKind kind,
    String description,
    String originalFileName,
    String mediaType,
    String claimedMediaType,
    long size,
    String sha256,
    String sha512,
    String duplicateOf,
    boolean duplicateContent,
    String sourceId,
    String collectedBy,
    Instant obtainedAt,
    boolean graphic,
    boolean personalData,
    String derivedFrom,
    boolean redactedCopy,
    Instant receivedAt,
    String receivedBy,
    EmbeddedMetadata metadata,
    Comparison comparison,
    Enums.Integrity integrity,
    Instant integrityCheckedAt,
    boolean thumbnail)
    implements Serializable {}
