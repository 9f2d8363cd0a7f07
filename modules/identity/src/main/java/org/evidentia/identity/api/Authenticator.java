package org.evidentia.identity.api;

import java.util.Optional;

/**
 * Checks credentials. Every answer takes about the same time whether or not the account exists, and
 * every failure is audited without saying which part was wrong.
 */
public interface Authenticator {

  /**
   * A password login from the given address; audited either way. The password is only the first
   * step when {@link SecondFactor#stepAfterPassword} says more is needed: the caller must not log
   * the user in before that step is done.
   */
  Optional<AuthenticatedUser> login(String username, String password, String address);

  /** The owner of a valid, unexpired, unrevoked API token, if the account is still enabled. */
  Optional<AuthenticatedUser> byToken(String token);

  /**
   * Re-authentication before a sensitive action: whether this is the logged-in user's password. A
   * failure is audited and counted in a transaction of its own, kept when the action is refused.
   */
  boolean confirm(String username, String password, String address);

  /** The account's current roles, or empty once it is disabled: checked on every request. */
  Optional<AuthenticatedUser> active(String username);
}
