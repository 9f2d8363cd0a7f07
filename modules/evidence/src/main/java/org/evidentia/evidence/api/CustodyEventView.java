package org.evidentia.evidence.api;

import java.time.Instant;

/** One event in an item's chain of custody: what happened, when, by whom, with what result. */
public record CustodyEventView(
    Enums.CustodyEventType type, Instant at, String by, String details) {}
