package org.evidentia.identity.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The second step of a login, after the password: a TOTP code (RFC 6238) or a one-time recovery
 * code, and enrolment for a user the policy requires it of. The web layer keeps who is half logged
 * in; every check here is audited.
 */
public interface SecondFactor {

  /** What a user whose password was just accepted must still do. */
  enum Step {
    /** Nothing: logged in. */
    NONE,
    /** Enrolled: a code from the authenticator app, or a recovery code. */
    CODE,
    /** The policy requires two-factor login and the account has none yet: enrol first. */
    ENROL
  }

  /** A new secret, not yet stored: shown once as a QR code and a key to type. */
  record Enrolment(String key, String uri, String qrSvg) implements Serializable {}

  Step stepAfterPassword(String username);

  /** A fresh secret for this account; nothing is stored until {@link #enrol} confirms it. */
  Enrolment newEnrolment(String username);

  /**
   * Stores the secret once a code from it proves the app has it; returns the new recovery codes,
   * shown once. A wrong code is an {@code InvalidInputException} on {@code code}.
   */
  List<String> enrol(String username, String key, String code, String address);

  /** Checks a code or recovery code at login; success and failure are audited. */
  Optional<AuthenticatedUser> completeLogin(String username, String code, String address);

  /** Completes the login that led through enrolment (its code was just checked by enrol). */
  Optional<AuthenticatedUser> completeLoginAfterEnrolment(String username, String address);
}
