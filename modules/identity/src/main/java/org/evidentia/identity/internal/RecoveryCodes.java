package org.evidentia.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes: 24 random Base32 characters (120 bits), shown in groups of four. With at
 * least 112 bits of entropy a plain SHA-256 is enough to store them (ASVS 5.0 6.5.2): there is
 * nothing to guess, so no salt or slow hash is needed, and a code is found by its hash.
 */
final class RecoveryCodes {

  static final int COUNT = 10;
  static final int LENGTH = 24;
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < LENGTH; c++) {
        if (c > 0 && c % 4 == 0) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** Whether the text could be a recovery code (not a six-digit TOTP code). */
  static boolean looksLikeOne(String text) {
    return text != null && normalize(text).length() == LENGTH;
  }

  /** SHA-256 hex of the code without hyphens, spaces or case. */
  static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normalize(code).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String normalize(String code) {
    return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }
}
