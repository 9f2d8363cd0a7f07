package org.evidentia.identity.api;

import java.time.Duration;
import java.util.Optional;

/**
 * What the current request's login attempt left to say beyond yes or no (request-scoped): that it
 * was refused unchecked because of too many failures, or, after a success, the failures before it.
 */
public interface LoginOutcome {

  /** How long the caller must wait before the next attempt is even checked. */
  Optional<Duration> throttled();

  /** After a successful page login: the failed attempts since the previous one. */
  Optional<FailedLogins> earlierFailures();
}
