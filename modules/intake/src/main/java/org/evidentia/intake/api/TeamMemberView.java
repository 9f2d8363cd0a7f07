package org.evidentia.intake.api;

import java.io.Serializable;
import java.time.Instant;

/** A member of a case team and whether they may see protected identities. */
public record TeamMemberView(
    String username, boolean mayViewProtectedIdentities, Instant addedAt, String addedBy)
    implements Serializable {}
