package org.evidentia.identity.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.evidentia.kernel.Role;

/** An account as administrators and the API see it; never carries the password hash. */
public record AccountView(
    String username,
    String displayName,
    Set<Role> roles,
    boolean enabled,
    boolean totpEnrolled,
    String language,
    Instant createdAt,
    long version)
    implements Serializable {}
