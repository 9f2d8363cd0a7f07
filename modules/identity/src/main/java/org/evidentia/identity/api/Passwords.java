package org.evidentia.identity.api;

/** A user's own password: whether a change is pending after a reset, and the change itself. */
public interface Passwords {

  /**
   * Whether an administrator reset this account's password and its owner has not yet changed it.
   */
  boolean changePending(String username);

  /**
   * The caller changes their own password: the current one, then the new one twice. Every other
   * session and every token of the account ends with it (a stolen one is useless afterwards);
   * {@code currentSession} (the secret of the session making the change, or null) stays.
   */
  void changeOwn(
      String currentPassword, String newPassword, String repeated, String currentSession);
}
