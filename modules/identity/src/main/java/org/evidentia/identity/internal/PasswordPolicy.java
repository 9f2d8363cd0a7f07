package org.evidentia.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidentia.kernel.InvalidInputException;

/** What a new password must be: long, and not one everybody tries first. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;

  /**
   * Passwords long enough to pass the length rule that are still among the first an attacker tries:
   * keyboard walks, runs, words with years. Bundled (our own list, see tools/common-passwords.py),
   * lower case, loaded once.
   */
  static final Set<String> COMMON = load("/org/evidentia/identity/common-passwords.txt");

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

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the list of common passwords is missing: " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.strip().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
