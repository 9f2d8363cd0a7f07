package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.identity.api.Authenticator;
import org.evidentia.identity.api.SecondFactor;

/** Password and token checks, with every outcome audited. */
@ApplicationScoped
@Transactional
class AuthenticationService implements Authenticator {

  static final String ANONYMOUS = "anonymous";

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject TwoFactorService twoFactor;

  final PasswordHasher hasher = new PasswordHasher();

  @Inject LoginThrottle throttle;

  @Inject RequestLoginOutcome outcome;

  @Override
  public Optional<AuthenticatedUser> login(String username, String password, String address) {
    Optional<Account> account = check(username, password, address, "password login");
    account.ifPresent(
        a -> {
          // With a second factor to come the password alone is not a login yet (ADR 18).
          boolean pending = twoFactor.step(a) != SecondFactor.Step.NONE;
          audit.record(
              AuditEvent.of(
                      pending ? "LOGIN_PASSWORD_ACCEPTED" : "LOGIN_SUCCEEDED",
                      "account",
                      a.username(),
                      pending ? "password login, second factor pending" : "password login")
                  .by(a.username(), address));
          // Told when the login is complete: after the second factor, if one is to come (so that
          // someone who has only the password neither learns nor uses up the notice).
          if (!pending) {
            tellEarlierFailures(a.username());
          }
        });
    return account.map(Account::authenticated);
  }

  /**
   * The account whose password this is, if it is enabled. A failure is audited with its real reason
   * (for administrators) while the caller learns nothing of it.
   */
  Optional<Account> check(String username, String password, String address, String channel) {
    return check(username, password, address, channel, true);
  }

  /**
   * As above; {@code countAddress} false for a logged-in user's re-authentication, whose failures
   * slow down only their own account. A throttled attempt is refused before the password is
   * checked, so waiting is the only way on.
   */
  Optional<Account> check(
      String username, String password, String address, String channel, boolean countAddress) {
    String name = normalize(username);
    if (!name.isEmpty()) {
      Duration wait = throttle.waitFor(name, countAddress ? address : null);
      if (!wait.isZero()) {
        audit.record(
            AuditEvent.of(
                    "LOGIN_THROTTLED",
                    "account",
                    name,
                    channel + ": refused unchecked, next attempt in " + seconds(wait) + " s")
                .by(ANONYMOUS, address));
        tell(() -> outcome.throttled(wait));
        return Optional.empty();
      }
    }
    Account account = name.isEmpty() ? null : em.find(Account.class, name);
    String reason;
    if (password == null || password.isEmpty()) {
      reason = "no password given";
    } else if (account == null) {
      hasher.spendEquivalentTime(password);
      reason = "unknown account";
    } else if (!hasher.matches(password, account.passwordHash())) {
      reason = "wrong password";
    } else if (!account.isEnabled()) {
      reason = "account disabled";
    } else {
      // With a second factor to come, only a good code clears the count: otherwise someone who
      // has the password could guess codes for ever, clearing it with each new password login.
      if (twoFactor.step(account) == SecondFactor.Step.NONE) {
        throttle.succeeded(name);
      }
      return Optional.of(account);
    }
    audit.record(
        AuditEvent.of("LOGIN_FAILED", "account", name, channel + ": " + reason)
            .by(ANONYMOUS, address));
    if (!name.isEmpty()) {
      LoginThrottle.quietly(() -> throttle.failed(name, countAddress ? address : null, address));
    }
    return Optional.empty();
  }

  /** The failed logins since the last complete one, for this request's login page to show. */
  void tellEarlierFailures(String username) {
    throttle
        .takeFailedLogins(username)
        .ifPresent(failures -> tell(() -> outcome.earlierFailures(failures)));
  }

  /** Fills in the request's outcome; a check outside any request has nobody to tell. */
  static void tell(Runnable filling) {
    try {
      filling.run();
    } catch (ContextNotActiveException e) {
      // no request: the outcome is only in the audit log
    }
  }

  /** Whole seconds to wait, rounded up: "0 s" would invite an immediate retry. */
  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /**
   * A logged-in user's password again, checked and audited in a transaction of its own: the caller
   * can then refuse its action (rolled back, the refusal audited apart) without the failure being
   * lost, and without waiting on the audit log's lock held by its own transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  boolean confirmApart(String username, String password, String address, String channel) {
    return check(username, password, address, channel, false).isPresent();
  }

  /**
   * In a transaction of its own, so that a failure stays audited (and counted) when the caller
   * refuses its action and rolls back. Callers must not have appended to the audit log before.
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean confirm(String username, String password, String address) {
    return check(username, password, address, "re-authentication", false).isPresent();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AuthenticatedUser> byToken(String token) {
    if (token == null || !token.startsWith(ApiToken.PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", ApiToken.hashOf(token))
        .getResultStream()
        .findFirst()
        .filter(t -> t.isUsableAt(clock.instant()))
        .flatMap(t -> active(t.username()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AuthenticatedUser> active(String username) {
    return Optional.ofNullable(em.find(Account.class, normalize(username)))
        .filter(Account::isEnabled)
        .map(Account::authenticated);
  }

  static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
