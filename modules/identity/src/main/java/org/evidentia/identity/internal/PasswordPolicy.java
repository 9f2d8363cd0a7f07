package org.evidentia.identity.internal;

import java.util.Locale;
import java.util.Set;
import org.evidentia.kernel.InvalidInputException;

/** What a new password must be: long, and not one everybody tries first. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;

  /** Long passwords that are still among the first an attacker tries. */
  private static final Set<String> COMMON =
      Set.of(
          "123456789012",
          "1234567890123",
          "password1234",
          "password12345",
          "qwertyuiop12",
          "qwerty123456",
          "iloveyou1234",
          "administrator",
          "adminadmin12",
          "letmein12345",
          "welcome12345",
          "passwordpassword",
          "000000000000",
          "111111111111",
          "aaaaaaaaaaaa",
          "evidentia123",
          "evidentia-demo",
          "changeme1234");

  private PasswordPolicy() {}

  static void check(String field, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidInputException(
          field, "password must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          field, "password must be at most " + MAX_LENGTH + " characters");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(field, "this password is too common; choose another");
    }
  }
}
