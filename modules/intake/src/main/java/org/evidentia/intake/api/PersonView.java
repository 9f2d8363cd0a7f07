package org.evidentia.intake.api;

import java.time.Instant;

/**
 * A person as the caller may see them: {@code protectedIdentity} is null for anyone not allowed to
 * see protected identities on the case, who know the person only by pseudonym.
 */
public record PersonView(
    String id,
    String incidentId,
    String pseudonym,
    Enums.PersonRole role,
    Enums.AgeGroup ageGroup,
    String sex,
    ProtectedIdentity protectedIdentity,
    Consent consent,
    Instant createdAt,
    String createdBy,
    long version) {}
