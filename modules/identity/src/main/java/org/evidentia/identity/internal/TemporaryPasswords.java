package org.evidentia.identity.internal;

import java.security.SecureRandom;

/** Server-made temporary passwords: 16 characters from an alphabet without look-alikes. */
final class TemporaryPasswords {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  static String generate() {
    StringBuilder password = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
