package org.evidentia.evidence.api;

import java.time.Instant;

/**
 * What the uploader says about a file. Where it came from is either one of the incident's sources
 * ({@code sourceId}) or a team member who collected it ({@code collectedBy}), or both.
 *
 * @param obtainedAt when the material was obtained, as claimed; compared with the capture time
 * @param graphic whether it shows graphic content (injuries, bodies)
 * @param personalData whether it contains personal data (faces, names, documents)
 * @param derivedFrom for a redacted working copy: the original item of the same incident
 */
public record NewEvidence(
    Enums.EvidenceKind kind,
    String description,
    String sourceId,
    String collectedBy,
    Instant obtainedAt,
    boolean graphic,
    boolean personalData,
    String derivedFrom) {}
