package org.evidentia.identity.api;

import java.util.Set;
import org.evidentia.kernel.Role;

/** A person whose credentials were just checked, with what the session needs to know of them. */
public record AuthenticatedUser(
    String username, String displayName, Set<Role> roles, String language) {

  public AuthenticatedUser {
    roles = Set.copyOf(roles);
  }
}
