package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.ApiTokens;
import org.evidentia.identity.api.IssuedToken;
import org.evidentia.identity.api.TokenView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/** Issues and revokes personal API tokens. */
@ApplicationScoped
@Transactional
class TokenService implements ApiTokens {

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Caller caller;

  @Inject AuthenticationService authentication;

  @Inject
  @ConfigProperty(name = "evidentia.tokens.max-lifetime", defaultValue = "P90D")
  Duration maxLifetime;

  @Inject TwoFactorService twoFactor;

  /**
   * What a token request came to: a token, or the refusal's status, error code and message.
   * Refusals are returned, not thrown, so their audit entries are kept.
   */
  record Answer(IssuedToken token, int status, String error, String message) {
    static Answer refused(int status, String error, String message) {
      return new Answer(null, status, error, message);
    }
  }

  @Override
  public Optional<IssuedToken> issue(
      String username, String password, Instant expiresAt, String address) {
    return Optional.ofNullable(request(username, password, null, expiresAt, address).token());
  }

  /**
   * Password, then the second factor when the account has or needs one (ADR 18); none while a
   * password reset waits for its owner's change (ADR 19).
   */
  Answer request(String username, String password, String code, Instant expiresAt, String address) {
    // A bad expiry is refused first: once a one-time code is spent, nothing may roll it back.
    checkedExpiry(expiresAt, clock.instant());
    Optional<Account> checked =
        authentication.check(username, password, address, "API token request");
    if (checked.isEmpty()) {
      return Answer.refused(401, "unauthorized", "wrong username or password");
    }
    Account account = checked.get();
    if (account.mustChangePassword()) {
      audit.record(
          AuditEvent.of(
                  "TOKEN_REFUSED",
                  "account",
                  account.username(),
                  "password change pending after a reset")
              .by(account.username(), address));
      return Answer.refused(
          403,
          "password_change_required",
          "your password was reset: log in on the web and change it before asking for a token");
    }
    switch (twoFactor.step(account)) {
      case ENROL -> {
        audit.record(
            AuditEvent.of(
                    "LOGIN_FAILED",
                    "account",
                    account.username(),
                    "API token request: two-factor enrolment required")
                .by(AuthenticationService.ANONYMOUS, address));
        return Answer.refused(
            403,
            "two_factor_enrolment_required",
            "two-factor login is required for this account: log in once in the browser to set it"
                + " up, then ask for a token with the code");
      }
      case CODE -> {
        if (code == null || code.isBlank()) {
          audit.record(
              AuditEvent.of(
                      "LOGIN_FAILED",
                      "account",
                      account.username(),
                      "API token request: no second-factor code")
                  .by(AuthenticationService.ANONYMOUS, address));
          return Answer.refused(
              401,
              "two_factor_required",
              "this account uses two-factor login: send the authenticator app's current code (or"
                  + " a recovery code) in 'code'");
        }
        Optional<String> failure = twoFactor.check(account.username(), code, address);
        if (failure.isPresent()) {
          audit.record(
              AuditEvent.of(
                      "LOGIN_FAILED",
                      "account",
                      account.username(),
                      "API token request: second factor: " + failure.get())
                  .by(AuthenticationService.ANONYMOUS, address));
          return Answer.refused(
              401, "two_factor_required", "the two-factor code is wrong or was already used");
        }
      }
      case NONE -> {
        // the password is enough for this account
      }
    }
    return new Answer(issueTo(account.username(), expiresAt, address), 201, null, null);
  }

  /** Revokes every live token of the account (its password changed, or it was disabled). */
  int revokeAll(String username) {
    Instant now = clock.instant();
    List<ApiToken> live =
        em.createQuery(
                "SELECT t FROM ApiToken t WHERE t.username = :u AND t.revokedAt IS NULL",
                ApiToken.class)
            .setParameter("u", username)
            .getResultList();
    String by = caller.isAuthenticated() ? caller.username() : username;
    for (ApiToken token : live) {
      token.revoke(by, now);
      audit.record(AuditEvent.of("TOKEN_REVOKED", "token", token.id(), "owner " + username));
    }
    return live.size();
  }

  @Override
  public IssuedToken issueToCaller(Instant expiresAt) {
    if (!caller.isAuthenticated()) {
      throw new RuleViolationException("only a logged-in user may create a token");
    }
    return issueTo(caller.username(), expiresAt, caller.address());
  }

  private IssuedToken issueTo(String username, Instant requested, String address) {
    Instant now = clock.instant();
    Instant expiresAt = checkedExpiry(requested, now);
    ApiToken.Issued issued = ApiToken.issue(username, now, expiresAt);
    em.persist(issued.token());
    audit.record(
        AuditEvent.of(
                "TOKEN_CREATED",
                "token",
                issued.token().id(),
                "expires " + issued.token().expiresAt())
            .by(username, address));
    return new IssuedToken(issued.token().id(), issued.secret(), issued.token().expiresAt());
  }

  /** The expiry asked for, or the longest allowed; refused before any credential is spent. */
  private Instant checkedExpiry(Instant requested, Instant now) {
    Instant latest = now.plus(maxLifetime);
    Instant expiresAt = requested == null ? latest : requested;
    if (!expiresAt.isAfter(now)) {
      throw new InvalidInputException("expiresAt", "expiresAt must be in the future");
    }
    if (expiresAt.isAfter(latest)) {
      throw new InvalidInputException(
          "expiresAt", "a token may live at most " + maxLifetime.toDays() + " days");
    }
    return expiresAt;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TokenView> tokensOf(String username) {
    String owner = AuthenticationService.normalize(username);
    if (!owner.equals(caller.username()) && !caller.hasRole(Role.ADMIN)) {
      throw new RuleViolationException("only the owner or an administrator may list tokens");
    }
    Instant now = clock.instant();
    return em
        .createQuery(
            "SELECT t FROM ApiToken t WHERE t.username = :u ORDER BY t.createdAt DESC",
            ApiToken.class)
        .setParameter("u", owner)
        .getResultList()
        .stream()
        .map(t -> t.view(now))
        .toList();
  }

  @Override
  public TokenView revoke(String tokenId) {
    ApiToken token = tokenId == null ? null : em.find(ApiToken.class, tokenId);
    // Someone else's token is answered like a missing one: its existence is not the caller's
    // business.
    if (token == null
        || !token.username().equals(caller.username()) && !caller.hasRole(Role.ADMIN)) {
      throw new NotFoundException("token", tokenId);
    }
    token.revoke(caller.username(), clock.instant());
    audit.record(AuditEvent.of("TOKEN_REVOKED", "token", token.id(), "owner " + token.username()));
    return token.view(clock.instant());
  }
}
