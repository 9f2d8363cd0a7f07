package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.Passwords;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.RuleViolationException;

/** A user's own password change, the only way out of a reset. */
@ApplicationScoped
@Transactional
class PasswordService implements Passwords {

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Caller caller;

  @Inject AuthenticationService authentication;

  @Inject TokenService tokens;

  @Inject SessionRegistry sessions;

  final PasswordHasher hasher = new PasswordHasher();

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean changePending(String username) {
    Account account = em.find(Account.class, AuthenticationService.normalize(username));
    return account != null && account.mustChangePassword();
  }

  @Override
  public void changeOwn(
      String currentPassword, String newPassword, String repeated, String currentSession) {
    if (!caller.isAuthenticated()) {
      throw new RuleViolationException("only a logged-in user may change their password");
    }
    if (newPassword == null || !newPassword.equals(repeated)) {
      throw new InvalidInputException("repeated", "the two new passwords differ");
    }
    PasswordPolicy.check("newPassword", newPassword);
    if (newPassword.equals(currentPassword)) {
      throw new InvalidInputException("newPassword", "the new password must differ from the old");
    }
    if (!authentication.confirmApart(
        caller.username(), currentPassword, caller.address(), "password change")) {
      audit.recordAlways(
          AuditEvent.of(
              "PASSWORD_CHANGE_REFUSED", "account", caller.username(), "wrong current password"));
      throw new InvalidInputException("currentPassword", "the current password is wrong");
    }
    Account account = em.find(Account.class, caller.username());
    account.changePassword(hasher.hash(newPassword));
    em.flush();
    int revoked = tokens.revokeAll(account.username());
    int ended = sessions.endAll(account.username(), currentSession);
    audit.record(
        AuditEvent.of(
            "PASSWORD_CHANGED",
            "account",
            account.username(),
            "by its owner; "
                + ended
                + " other session(s) ended, "
                + revoked
                + " token(s) revoked"));
  }
}
