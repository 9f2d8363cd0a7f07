package org.evidentia.webapp.security;

import java.io.Serializable;
import java.time.Instant;
import org.evidentia.identity.api.SecondFactor;

/**
 * A login half done: the password was right, the second factor is still to come. Kept in the
 * session apart from {@link LoginRecord}, so it never makes the session logged in, and worth
 * nothing after {@code expiresAt} or a few wrong codes.
 */
public record PendingLogin(String username, SecondFactor.Step step, Instant expiresAt, int failures)
    implements Serializable {

  static final String SESSION_KEY = PendingLogin.class.getName();

  /** Wrong codes before the password must be given again. */
  static final int MAX_FAILURES = 5;

  PendingLogin failedOnce() {
    return new PendingLogin(username, step, expiresAt, failures + 1);
  }
}
