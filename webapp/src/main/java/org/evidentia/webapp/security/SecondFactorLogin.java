package org.evidentia.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.identity.api.SecondFactor;

/**
 * The half-logged-in state between password and second factor (ADR 18): started by the
 * authentication mechanism, read and finished by the second-step page.
 */
@ApplicationScoped
public class SecondFactorLogin {

  /** Time for the second step, enrolment included (scanning a code and typing takes a while). */
  static final Duration VALID_FOR = Duration.ofMinutes(5);

  @Inject Clock clock;

  @Inject SessionGuard guard;

  void start(HttpServletRequest request, String username, SecondFactor.Step step) {
    HttpSession session = request.getSession(true);
    session.removeAttribute(LoginRecord.SESSION_KEY);
    session.setAttribute(
        PendingLogin.SESSION_KEY,
        new PendingLogin(username, step, clock.instant().plus(VALID_FOR), 0));
  }

  /** The pending login of this session, if there is one and it has not expired. */
  public Optional<PendingLogin> pending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    PendingLogin pending = (PendingLogin) session.getAttribute(PendingLogin.SESSION_KEY);
    if (pending == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(pending.expiresAt())
        || pending.failures() >= PendingLogin.MAX_FAILURES) {
      session.removeAttribute(PendingLogin.SESSION_KEY);
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  /** Counts a wrong code; the last allowed one ends the pending login. */
  public void failed(HttpServletRequest request) {
    pending(request)
        .ifPresent(
            p -> request.getSession().setAttribute(PendingLogin.SESSION_KEY, p.failedOnce()));
  }

  /** Both factors done: the session is logged in, under a new id. */
  public void complete(HttpServletRequest request, AuthenticatedUser user) {
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.removeAttribute(PendingLogin.SESSION_KEY);
    Set<String> roles =
        user.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    session.setAttribute(LoginRecord.SESSION_KEY, new LoginRecord(user.username(), roles));
    // Only now is there a login for the session registry to track (ADR 19).
    guard.opened(request, user.username());
  }
}
