package org.evidentia.identity.api;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.evidentia.kernel.Role;

/**
 * A partial change to an account; null fields stay as they are. With {@code expectedVersion} the
 * change is refused (409) when someone else changed the account first. Changing the roles needs the
 * administrator's own {@code password} again (403 without it).
 */
public record AccountChange(
    @Size(min = 1, max = 200, message = "display name must be 1 to 200 characters")
        String displayName,
    Set<Role> roles,
    Boolean enabled,
    Long expectedVersion,
    String password) {}
