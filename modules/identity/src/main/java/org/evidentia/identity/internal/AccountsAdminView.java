package org.evidentia.identity.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.evidentia.identity.api.AccountChange;
import org.evidentia.identity.api.AccountView;
import org.evidentia.identity.api.Accounts;
import org.evidentia.identity.api.ApiTokens;
import org.evidentia.identity.api.NewAccount;
import org.evidentia.identity.api.PasswordReset;
import org.evidentia.identity.api.SessionView;
import org.evidentia.identity.api.Sessions;
import org.evidentia.identity.api.TokenView;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.LazyPages;
import org.evidentia.kernel.Role;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/** The administrator's account page: search, open, edit roles, disable and re-enable. */
@Named
@ViewScoped
public class AccountsAdminView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TEXT = "org.evidentia.identity.messages";

  @Inject Accounts accounts;

  private String query;

  private String newUsername;
  private String newDisplayName;
  private Role[] newRoles = new Role[0];
  private String newPassword;

  private AccountView selected;
  private String editDisplayName;
  private Role[] editRoles = new Role[0];

  private final LazyDataModel<AccountView> rows =
      new LazyPages<>(
          request -> accounts.list(request), Accounts.SORTABLE, () -> query, AccountView::username);

  public void create() {
    try {
      AccountView created =
          accounts.create(
              new NewAccount(newUsername, newDisplayName, roles(newRoles), newPassword));
      Feedback.info(Feedback.text(TEXT, "accounts.opened", created.username()));
      newUsername = null;
      newDisplayName = null;
      newRoles = new Role[0];
      newPassword = null;
      PrimeFaces.current().executeScript("PF('newAccountDialog').hide()");
    } catch (DomainException e) {
      Feedback.refused("newAccount", e);
    }
  }

  public void edit(AccountView account) {
    selected = account;
    editDisplayName = account.displayName();
    editRoles = account.roles().toArray(Role[]::new);
  }

  public void save() {
    try {
      accounts.change(
          selected.username(),
          new AccountChange(
              editDisplayName, roles(editRoles), null, selected.version(), adminPassword));
      Feedback.info(Feedback.text(TEXT, "accounts.saved", selected.username()));
      PrimeFaces.current().executeScript("PF('editAccountDialog').hide()");
    } catch (DomainException e) {
      Feedback.refused("editAccount", e);
    } finally {
      adminPassword = null;
    }
  }

  // --- sec-accounts: an account's sessions, tokens and password reset ---

  @Inject Sessions sessions;

  @Inject ApiTokens tokens;

  private String adminPassword;
  private AccountView access;
  private String temporaryPassword;
  private String generatedPassword;

  public void openAccess(AccountView account) {
    access = account;
    temporaryPassword = null;
    generatedPassword = null;
  }

  public List<SessionView> getAccessSessions() {
    return access == null ? List.of() : sessions.of(access.username());
  }

  public List<TokenView> getAccessTokens() {
    return access == null
        ? List.of()
        : tokens.tokensOf(access.username()).stream().filter(TokenView::active).toList();
  }

  public void endSession(SessionView session) {
    try {
      sessions.endOne(access.username(), session.id());
      Feedback.info(Feedback.text(TEXT, "sessions.ended", access.username()));
    } catch (DomainException e) {
      Feedback.refused("access", e);
    }
  }

  public void revokeToken(TokenView token) {
    try {
      tokens.revoke(token.id());
      Feedback.info(Feedback.text(TEXT, "sessions.tokenRevoked", access.username()));
    } catch (DomainException e) {
      Feedback.refused("access", e);
    }
  }

  public void endAll() {
    try {
      sessions.endAccess(access.username());
      Feedback.info(Feedback.text(TEXT, "sessions.allEnded", access.username()));
    } catch (DomainException e) {
      Feedback.refused("access", e);
    }
  }

  public void resetPassword() {
    try {
      PasswordReset reset = accounts.resetPassword(access.username(), temporaryPassword);
      generatedPassword = reset.temporaryPassword();
      Feedback.info(Feedback.text(TEXT, "password.reset", access.username()));
    } catch (DomainException e) {
      Feedback.refused("access", e);
    } finally {
      temporaryPassword = null;
    }
  }

  public AccountView getAccess() {
    return access;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }

  /** A password the server made up, shown once right after the reset. */
  public String getGeneratedPassword() {
    return generatedPassword;
  }

  public String getAdminPassword() {
    return adminPassword;
  }

  public void setAdminPassword(String adminPassword) {
    this.adminPassword = adminPassword;
  }

  public void toggleEnabled(AccountView account) {
    try {
      accounts.change(
          account.username(),
          new AccountChange(null, null, !account.enabled(), account.version(), null));
      Feedback.info(
          Feedback.text(
              TEXT,
              account.enabled() ? "accounts.disabled" : "accounts.enabled",
              account.username()));
    } catch (DomainException e) {
      Feedback.refused("accounts", e);
    }
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public LazyDataModel<AccountView> getRows() {
    return rows;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  /** An empty choice stays empty, so the domain says which field is missing. */
  private static java.util.Set<Role> roles(Role[] chosen) {
    return chosen == null || chosen.length == 0
        ? java.util.Set.of()
        : EnumSet.copyOf(java.util.Arrays.asList(chosen));
  }

  public Role[] getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(Role[] newRoles) {
    this.newRoles = newRoles;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public AccountView getSelected() {
    return selected;
  }

  public String getEditDisplayName() {
    return editDisplayName;
  }

  public void setEditDisplayName(String editDisplayName) {
    this.editDisplayName = editDisplayName;
  }

  public Role[] getEditRoles() {
    return editRoles;
  }

  public void setEditRoles(Role[] editRoles) {
    this.editRoles = editRoles;
  }
}
