package org.evidentia.intake.api;

import java.io.Serializable;
import java.time.Instant;

/** A case (dossier) as its team sees it. */
public record CaseView(
    String id,
    String reference,
    String title,
    String summary,
    Instant createdAt,
    String createdBy,
    long version)
    implements Serializable {}
