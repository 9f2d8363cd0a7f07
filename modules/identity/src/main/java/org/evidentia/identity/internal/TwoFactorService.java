package org.evidentia.identity.internal;

import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.identity.api.SecondFactor;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/**
 * Two-factor login: the policy (which roles must have it), enrolment, code checks at login and for
 * API tokens, and a user's own changes (enrol, remove, new recovery codes). ADR 18.
 */
@ApplicationScoped
@Transactional
class TwoFactorService implements SecondFactor {

  static final String ISSUER = "Evidentia";
  static final String DEFAULT_REQUIRED_ROLES = "REVIEWER,LEGAL_ANALYST,ADMIN";

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject LoginThrottle throttle;

  @Inject AuthenticationService authentication;

  @Inject Clock clock;

  @Inject Caller caller;

  @Inject SecretSealer sealer;

  @Inject
  @ConfigProperty(name = "evidentia.two-factor.required-roles")
  Optional<String> requiredRolesSetting;

  @Inject
  @ConfigProperty(name = "evidentia.demo", defaultValue = "false")
  boolean demo;

  /** The roles the policy requires two-factor login of; {@code none} for no role. */
  static Set<Role> parseRequiredRoles(String setting) {
    String value = setting == null || setting.isBlank() ? DEFAULT_REQUIRED_ROLES : setting.strip();
    if (value.equalsIgnoreCase("none")) {
      return EnumSet.noneOf(Role.class);
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : value.split("[,\\s]+")) {
      try {
        roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "evidentia.two-factor.required-roles: unknown role '"
                + name
                + "' (roles: "
                + Arrays.toString(Role.values())
                + ", or none)",
            e);
      }
    }
    return roles;
  }

  Set<Role> requiredRoles() {
    return parseRequiredRoles(requiredRolesSetting.orElse(null));
  }

  /** Whether the policy requires two-factor login of this account. */
  boolean required(Account account) {
    if (demo && settings(account.username()).map(TwoFactor::isDemoExempt).orElse(false)) {
      return false;
    }
    Set<Role> required = requiredRoles();
    return account.roles().stream().anyMatch(required::contains);
  }

  Optional<TwoFactor> settings(String username) {
    return Optional.ofNullable(em.find(TwoFactor.class, username));
  }

  boolean enrolled(String username) {
    return settings(username).map(TwoFactor::isEnrolled).orElse(false);
  }

  /** Marks a demo account made by the bootstrap: demo mode does not require it to enrol. */
  void exemptDemoAccount(String username) {
    em.flush(); // the account's row first: the settings row refers to it
    settingsForUpdate(username).exemptAsDemo();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Step stepAfterPassword(String username) {
    Account account = em.find(Account.class, AuthenticationService.normalize(username));
    if (account == null) {
      return Step.NONE;
    }
    return step(account);
  }

  Step step(Account account) {
    if (enrolled(account.username())) {
      return Step.CODE;
    }
    return required(account) ? Step.ENROL : Step.NONE;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Enrolment newEnrolment(String username) {
    String key = Base32.encode(Totp.newSecret());
    String uri = otpauthUri(AuthenticationService.normalize(username), key);
    return new Enrolment(key, uri, qrSvg(uri));
  }

  static String otpauthUri(String username, String key) {
    String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8);
    return "otpauth://totp/"
        + label.replace("+", "%20")
        + "?secret="
        + key
        + "&issuer="
        + ISSUER
        + "&algorithm=SHA1&digits="
        + Totp.DIGITS
        + "&period="
        + Totp.STEP_SECONDS;
  }

  /** The QR code as an SVG of dark squares: our own markup, safe to put into the page as is. */
  static String qrSvg(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int border = 4;
    int size = qr.size + border * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" width=\"220\" height=\"220\" role=\"img\" aria-label=\"QR code\" class=\"totp-qr\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\""
        + path
        + "\" fill=\"#000000\"/></svg>";
  }

  @Override
  public List<String> enrol(String username, String key, String code, String address) {
    String name = AuthenticationService.normalize(username);
    Account account = em.find(Account.class, name);
    if (account == null || !account.isEnabled()) {
      throw new RuleViolationException("no such enabled account");
    }
    if (enrolled(name)) {
      // Replacing a secret would let whoever knows the password alone take over the second factor.
      throw new RuleViolationException("two-factor login is already set up for this account");
    }
    byte[] secret;
    try {
      secret = Base32.decode(key == null ? "" : key);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("key", "the key is not valid Base32");
    }
    if (secret.length < 16) {
      throw new InvalidInputException("key", "the key is too short");
    }
    OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), 0);
    if (step.isEmpty()) {
      throw new InvalidInputException(
          "code", "the code does not match: check the time on the device and try the next code");
    }
    TwoFactor settings = settingsForUpdate(name);
    // Again under the row lock: two enrolments at once must not overwrite each other's secret.
    if (settings.isEnrolled()) {
      throw new RuleViolationException("two-factor login is already set up for this account");
    }
    settings.enrol(sealer.seal(name, secret), step.getAsLong(), clock.instant());
    List<String> codes = replaceRecoveryCodes(name);
    audit.record(
        AuditEvent.of("TWO_FACTOR_ENROLLED", "account", name, "TOTP and recovery codes")
            .by(name, address));
    return codes;
  }

  @Override
  public Optional<AuthenticatedUser> completeLogin(String username, String code, String address) {
    String name = AuthenticationService.normalize(username);
    Account account = em.find(Account.class, name);
    if (account == null || !account.isEnabled()) {
      return Optional.empty();
    }
    Optional<String> failure = check(name, code, address);
    if (failure.isPresent()) {
      audit.record(
          AuditEvent.of("LOGIN_FAILED", "account", name, "second factor: " + failure.get())
              .by(AuthenticationService.ANONYMOUS, address));
      return Optional.empty();
    }
    audit.record(
        AuditEvent.of("LOGIN_SUCCEEDED", "account", name, "password and second factor")
            .by(name, address));
    authentication.tellEarlierFailures(name);
    return Optional.of(account.authenticated());
  }

  @Override
  public Optional<AuthenticatedUser> completeLoginAfterEnrolment(String username, String address) {
    String name = AuthenticationService.normalize(username);
    Account account = em.find(Account.class, name);
    if (account == null || !account.isEnabled() || !enrolled(name)) {
      return Optional.empty();
    }
    audit.record(
        AuditEvent.of("LOGIN_SUCCEEDED", "account", name, "password and new two-factor enrolment")
            .by(name, address));
    authentication.tellEarlierFailures(name);
    return Optional.of(account.authenticated());
  }

  /**
   * Checks a TOTP code (later than the last one accepted) or an unused recovery code, and spends
   * it. The row lock makes two requests with the same code take turns: only one gets in.
   *
   * @return the reason for a refusal, empty when the code was good
   */
  Optional<String> check(String username, String code, String address) {
    // Wrong codes count against the account and address like wrong passwords (ADR 19), and a
    // throttled account gets no code checked: many half-done logins cannot guess in parallel.
    java.time.Duration wait = throttle.waitFor(username, address);
    if (!wait.isZero()) {
      return Optional.of(
          "throttled, next attempt in " + AuthenticationService.seconds(wait) + " s (unchecked)");
    }
    Optional<String> refusal = spend(username, code, address);
    if (refusal.isPresent()) {
      LoginThrottle.quietly(() -> throttle.failed(username, address, address));
    } else {
      throttle.succeeded(username);
    }
    return refusal;
  }

  private Optional<String> spend(String username, String code, String address) {
    if (code == null || code.isBlank()) {
      return Optional.of("no code given");
    }
    TwoFactor settings = em.find(TwoFactor.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (settings == null || !settings.isEnrolled()) {
      return Optional.of("not enrolled");
    }
    if (RecoveryCodes.looksLikeOne(code)) {
      Optional<RecoveryCode> recovery =
          em.createQuery(
                  "SELECT r FROM RecoveryCode r WHERE r.username = :u AND r.codeHash = :h",
                  RecoveryCode.class)
              .setParameter("u", username)
              .setParameter("h", RecoveryCodes.hash(code))
              .getResultStream()
              .findFirst();
      if (recovery.isEmpty()) {
        return Optional.of("wrong recovery code");
      }
      if (recovery.get().isUsed()) {
        return Optional.of("recovery code already used");
      }
      recovery.get().use(clock.instant());
      audit.record(
          AuditEvent.of(
                  "RECOVERY_CODE_USED",
                  "account",
                  username,
                  remainingRecoveryCodes(username) + " unused left")
              .by(username, address));
      return Optional.empty();
    }
    byte[] secret = sealer.open(username, settings.secretSealed());
    OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), Long.MIN_VALUE);
    if (step.isEmpty()) {
      return Optional.of("wrong code");
    }
    if (step.getAsLong() <= settings.lastStep()) {
      return Optional.of("code already used");
    }
    settings.accepted(step.getAsLong());
    return Optional.empty();
  }

  long remainingRecoveryCodes(String username) {
    return em.createQuery(
            "SELECT COUNT(r) FROM RecoveryCode r WHERE r.username = :u AND r.usedAt IS NULL",
            Long.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  private List<String> replaceRecoveryCodes(String username) {
    em.createQuery("DELETE FROM RecoveryCode r WHERE r.username = :u")
        .setParameter("u", username)
        .executeUpdate();
    List<String> codes = RecoveryCodes.generate();
    codes.forEach(code -> em.persist(new RecoveryCode(username, code)));
    return codes;
  }

  private TwoFactor settingsForUpdate(String username) {
    TwoFactor settings = em.find(TwoFactor.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (settings == null) {
      settings = new TwoFactor(username);
      em.persist(settings);
    }
    return settings;
  }

  // The caller's own two-factor settings, from the account page.

  /**
   * Whether the caller has two-factor login, must have it, and how many recovery codes are left.
   */
  record Status(boolean enrolled, boolean required, long recoveryCodesLeft) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  TwoFactorStatus status() {
    String name = caller.username();
    Account account = em.find(Account.class, name);
    if (account == null) {
      return new TwoFactorStatus(false, false, 0);
    }
    return statusOf(account);
  }

  private TwoFactorStatus statusOf(Account account) {
    String name = account.username();
    return new TwoFactorStatus(enrolled(name), required(account), remainingRecoveryCodes(name));
  }

  // An administrator's view and reset of someone's second factor (a lost phone and lost codes).

  @Transactional(Transactional.TxType.SUPPORTS)
  TwoFactorStatus statusOf(String username) {
    return statusOf(administered(username));
  }

  /**
   * Removes a user's second factor and recovery codes; if the policy requires one, the user enrols
   * again at their next login (after their password, so the reset alone lets no one in).
   */
  TwoFactorStatus resetByAdministrator(String username) {
    Account account = administered(username);
    settingsForUpdate(account.username()).remove();
    em.createQuery("DELETE FROM RecoveryCode r WHERE r.username = :u")
        .setParameter("u", account.username())
        .executeUpdate();
    audit.record(
        AuditEvent.of("TWO_FACTOR_RESET", "account", account.username(), "by an administrator"));
    return statusOf(account);
  }

  private Account administered(String username) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new RuleViolationException("only an administrator may see or reset this");
    }
    String name = AuthenticationService.normalize(username);
    Account account = em.find(Account.class, name);
    if (account == null) {
      throw new NotFoundException("account", name);
    }
    return account;
  }

  /** Removes the caller's second factor, with a current code; refused while the policy needs it. */
  void removeOwn(String code) {
    String name = caller.username();
    Account account = em.find(Account.class, name);
    if (account == null || !enrolled(name)) {
      throw new RuleViolationException("two-factor login is not set up");
    }
    if (required(account)) {
      throw new RuleViolationException(
          "two-factor login is required for your role and cannot be turned off");
    }
    requireCode(name, code);
    settingsForUpdate(name).remove();
    em.createQuery("DELETE FROM RecoveryCode r WHERE r.username = :u")
        .setParameter("u", name)
        .executeUpdate();
    audit.record(AuditEvent.of("TWO_FACTOR_REMOVED", "account", name, "by the account holder"));
  }

  /** New recovery codes for the caller (the old ones stop working), with a current code. */
  List<String> regenerateOwn(String code) {
    String name = caller.username();
    if (!enrolled(name)) {
      throw new RuleViolationException("two-factor login is not set up");
    }
    requireCode(name, code);
    List<String> codes = replaceRecoveryCodes(name);
    audit.record(
        AuditEvent.of("RECOVERY_CODES_REGENERATED", "account", name, codes.size() + " new codes"));
    return codes;
  }

  /** A wrong code is audited even though the refusal rolls the transaction back. */
  private void requireCode(String username, String code) {
    Optional<String> failure = check(username, code, caller.address());
    if (failure.isPresent()) {
      audit.recordAlways(
          AuditEvent.of("TWO_FACTOR_CODE_REFUSED", "account", username, failure.get()));
      throw new InvalidInputException("code", "the code is wrong or was already used");
    }
  }
}
