package org.evidentia.classification.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A link as recorded; {@code active} is false once withdrawn (it stays in the history), {@code
 * counted} also while its classification is withdrawn. {@code label} names what is linked (file
 * name, source name, or the claim's source).
 */
public record ElementLinkView(
    String id,
    String classificationId,
    String incidentId,
    String crimeCode,
    String elementCode,
    String evidenceId,
    String sourceId,
    String claimId,
    String label,
    Enums.Strength strength,
    String note,
    String createdBy,
    Instant createdAt,
    String withdrawnBy,
    Instant withdrawnAt,
    boolean active,
    boolean counted)
    implements Serializable {}
