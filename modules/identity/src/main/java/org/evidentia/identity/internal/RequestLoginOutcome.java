package org.evidentia.identity.internal;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;
import org.evidentia.identity.api.FailedLogins;
import org.evidentia.identity.api.LoginOutcome;

/** The current request's login outcome, filled in by {@link AuthenticationService}. */
@RequestScoped
class RequestLoginOutcome implements LoginOutcome {

  private Duration throttled;
  private FailedLogins earlierFailures;

  void throttled(Duration wait) {
    this.throttled = wait;
  }

  void earlierFailures(FailedLogins failures) {
    this.earlierFailures = failures;
  }

  @Override
  public Optional<Duration> throttled() {
    return Optional.ofNullable(throttled);
  }

  @Override
  public Optional<FailedLogins> earlierFailures() {
    return Optional.ofNullable(earlierFailures);
  }
}
