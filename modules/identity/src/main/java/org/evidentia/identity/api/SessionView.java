package org.evidentia.identity.api;

import java.time.Instant;

/** A live browser session as its owner and administrators see it. */
public record SessionView(
    String id,
    String username,
    Instant createdAt,
    Instant lastSeenAt,
    String address,
    String userAgent) {}
