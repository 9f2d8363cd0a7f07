package org.evidentia.identity.api;

import java.util.Set;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/** Account administration (administrators only, checked here) and a user's own preferences. */
public interface Accounts {

  Set<String> SORTABLE = Set.of("username", "displayName", "createdAt", "enabled");

  Page<AccountView> list(PageRequest request);

  AccountView get(String username);

  AccountView create(NewAccount account);

  AccountView change(String username, AccountChange change);

  /**
   * Sets a temporary password (or, with null, makes one up and returns it), ends every session and
   * token of the account, and makes its owner change the password at their next login.
   */
  PasswordReset resetPassword(String username, String temporaryPassword);

  /** The caller's own interface language ({@code en} or {@code uk}), kept for their next login. */
  void chooseLanguage(String language);
}
