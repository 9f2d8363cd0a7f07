package org.evidentia.kernel;

/**
 * Who is asking, for the request being served. Implemented by the web layer; modules inject it to
 * record who did what and to check rules on the server.
 */
public interface Caller {

  /** The actor name recorded when no person is behind an action (start-up, scheduled work). */
  String SYSTEM = "system";

  /** The username, or {@link #SYSTEM} outside an authenticated request. */
  String username();

  /** The client's network address, or {@code null} outside a request. */
  String address();

  boolean hasRole(Role role);

  default boolean isAuthenticated() {
    return !SYSTEM.equals(username());
  }
}
