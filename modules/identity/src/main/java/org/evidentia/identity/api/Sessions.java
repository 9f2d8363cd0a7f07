package org.evidentia.identity.api;

import java.util.List;

/**
 * Browser sessions kept in the database: opened at login, checked on every page request (idle and
 * absolute timeouts), ended by logout, by an administrator, or with the account's access.
 */
public interface Sessions {

  /** A new session for a login just made; the returned secret goes into the HTTP session only. */
  String open(String username, String address, String userAgent);

  /**
   * Whether the session with this secret is still live; notes the activity (at most once a minute).
   */
  boolean live(String secret);

  /** Logout: the session with this secret ends. */
  void end(String secret);

  /** The account's live sessions (administrators, or the owner). */
  List<SessionView> of(String username);

  /** An administrator ends one session of the account; audited. */
  void endOne(String username, String sessionId);

  /** An administrator ends every session and revokes every token of the account; audited. */
  void endAccess(String username);
}
