package org.evidentia.identity.api;

import java.io.Serializable;
import java.time.Instant;

/** An API token as its owner and administrators see it: never the secret itself. */
public record TokenView(
    String id,
    String username,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    String revokedBy,
    boolean active)
    implements Serializable {}
