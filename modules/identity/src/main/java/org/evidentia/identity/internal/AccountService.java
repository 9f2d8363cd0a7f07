package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.AccountChange;
import org.evidentia.identity.api.AccountView;
import org.evidentia.identity.api.Accounts;
import org.evidentia.identity.api.NewAccount;
import org.evidentia.identity.api.PasswordReset;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/** Account administration. The administrator check is here, whatever the page or endpoint. */
@ApplicationScoped
@Transactional
class AccountService implements Accounts {

  private static final PagedQuery LIST =
      new PagedQuery(
          "Account",
          List.of("username", "displayName"),
          Map.of(
              "username", "username",
              "displayName", "displayName",
              "createdAt", "createdAt",
              "enabled", "enabled"),
          "e.username");

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Caller caller;

  final PasswordHasher hasher = new PasswordHasher();

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AccountView> list(PageRequest request) {
    requireAdministrator();
    return LIST.fetch(em, Account.class, request, Account::view);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AccountView get(String username) {
    requireAdministrator();
    return find(username).view();
  }

  @Inject Validator validator;

  @Override
  public AccountView create(NewAccount account) {
    requireAdministrator();
    List<InvalidInputException.Violation> violations =
        validator.validate(account).stream()
            .map(
                v ->
                    new InvalidInputException.Violation(
                        v.getPropertyPath().toString(), v.getMessage()))
            .sorted(java.util.Comparator.comparing(InvalidInputException.Violation::field))
            .toList();
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return open(account).view();
  }

  /** Opens an account without the administrator check: for start-up bootstrapping only. */
  Account open(NewAccount account) {
    PasswordPolicy.check("password", account.password());
    return register(
        account.username(),
        account.displayName(),
        account.roles(),
        hasher.hash(account.password()));
  }

  /** Persists a new account whose password hash is already made, and audits it. */
  Account register(String username, String displayName, Set<Role> roles, String passwordHash) {
    String name = AuthenticationService.normalize(username);
    if (em.find(Account.class, name) != null) {
      throw new ConflictException("an account named '" + name + "' already exists");
    }
    Account created = new Account(name, displayName.strip(), roles, passwordHash, clock.instant());
    em.persist(created);
    em.flush();
    audit.record(
        AuditEvent.of("ACCOUNT_CREATED", "account", name, "roles " + new TreeSet<>(roles)));
    return created;
  }

  @Override
  public AccountView change(String username, AccountChange change) {
    requireAdministrator();
    Account account = find(username);
    if (change.expectedVersion() != null && change.expectedVersion() != account.version()) {
      throw new ConflictException(
          "account '"
              + account.username()
              + "' was changed by someone else (version "
              + account.version()
              + ", you had "
              + change.expectedVersion()
              + "); reload and try again");
    }
    boolean rolesChange = change.roles() != null && !change.roles().equals(account.roles());
    if (rolesChange && !confirmed(change.password())) {
      audit.recordAlways(
          AuditEvent.of(
              "ACCOUNT_CHANGE_REFUSED",
              "account",
              account.username(),
              "roles change without the administrator's password"));
      throw new RuleViolationException("changing roles needs your password again");
    }
    boolean self = account.username().equals(caller.username());
    if (self && change.roles() != null && !change.roles().contains(Role.ADMIN)) {
      throw new RuleViolationException("administrators cannot remove their own ADMIN role");
    }
    if (self && Boolean.FALSE.equals(change.enabled())) {
      throw new RuleViolationException("administrators cannot disable their own account");
    }
    List<String> changes = new ArrayList<>();
    if (change.displayName() != null) {
      if (change.displayName().isBlank()) {
        throw new InvalidInputException("displayName", "display name must not be blank");
      }
      account.rename(change.displayName().strip());
      changes.add("display name");
    }
    if (change.roles() != null) {
      if (change.roles().isEmpty()) {
        throw new InvalidInputException("roles", "at least one role is required");
      }
      account.assignRoles(change.roles());
      changes.add("roles " + new TreeSet<>(change.roles()));
    }
    if (change.enabled() != null && change.enabled() != account.isEnabled()) {
      if (change.enabled()) {
        account.enable();
        changes.add("enabled");
      } else {
        account.disable();
        changes.add("disabled");
        changes.add(endAccess(account.username()));
      }
    }
    em.flush();
    audit.record(
        AuditEvent.of(
            "ACCOUNT_CHANGED",
            "account",
            account.username(),
            changes.isEmpty() ? "no change" : String.join(", ", changes)));
    return account.view();
  }

  @Override
  public PasswordReset resetPassword(String username, String temporaryPassword) {
    requireAdministrator();
    Account account = find(username);
    boolean generated = temporaryPassword == null || temporaryPassword.isEmpty();
    String password = generated ? TemporaryPasswords.generate() : temporaryPassword;
    PasswordPolicy.check("temporaryPassword", password);
    account.resetPassword(hasher.hash(password));
    em.flush();
    String ended = endAccess(account.username());
    audit.record(
        AuditEvent.of(
            "PASSWORD_RESET",
            "account",
            account.username(),
            (generated ? "generated" : "chosen") + " temporary password; " + ended));
    return new PasswordReset(account.username(), generated ? password : null);
  }

  @Inject TokenService tokens;

  @Inject SessionRegistry sessions;

  /** Ends every session and revokes every token of the account; says how many, for the audit. */
  String endAccess(String username) {
    int revoked = tokens.revokeAll(username);
    int ended = sessions.endAll(username, null);
    return ended + " session(s) ended, " + revoked + " token(s) revoked";
  }

  @Inject AuthenticationService authentication;

  private boolean confirmed(String password) {
    return password != null
        && !password.isEmpty()
        && authentication.confirmApart(
            caller.username(), password, caller.address(), "re-authentication for a roles change");
  }

  @Override
  public void chooseLanguage(String language) {
    if (!Account.LANGUAGES.contains(language)) {
      throw new InvalidInputException("language", "language must be one of " + Account.LANGUAGES);
    }
    Account account = em.find(Account.class, caller.username());
    if (account != null) {
      account.preferLanguage(language);
    }
  }

  private Account find(String username) {
    Account account = em.find(Account.class, AuthenticationService.normalize(username));
    if (account == null) {
      throw new NotFoundException("account", username);
    }
    return account;
  }

  private void requireAdministrator() {
    if (!caller.hasRole(Role.ADMIN)) {
      audit.recordAlways(AuditEvent.of("ACCESS_DENIED", "account", null, "account administration"));
      throw new RuleViolationException("only administrators may manage accounts");
    }
  }
}
