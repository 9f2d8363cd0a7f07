package org.evidentia.classification.api;

import java.time.Instant;

/** One step of a classification's history: PROPOSED, CONFIRMED, WITHDRAWN, LINKED, UNLINKED. */
public record ClassificationEvent(String action, String actor, Instant at, String note) {}
