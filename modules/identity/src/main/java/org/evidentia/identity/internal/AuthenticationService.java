package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
        });
    return account.map(Account::authenticated);
  }

  /**
   * The account whose password this is, if it is enabled. A failure is audited with its real reason
   * (for administrators) while the caller learns nothing of it.
   */
  Optional<Account> check(String username, String password, String address, String channel) {
    String name = normalize(username);
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
      return Optional.of(account);
    }
    audit.record(
        AuditEvent.of("LOGIN_FAILED", "account", name, channel + ": " + reason)
            .by(ANONYMOUS, address));
    return Optional.empty();
  }

  @Override
  public boolean confirm(String username, String password, String address) {
    return check(username, password, address, "re-authentication").isPresent();
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
