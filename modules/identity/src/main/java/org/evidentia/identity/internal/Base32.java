package org.evidentia.identity.internal;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** RFC 4648 Base32 without padding: the form authenticator apps take a key in by hand. */
final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  static String encode(byte[] data) {
    StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = buffer << 8 | b & 0xff;
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt(buffer >> bits - 5 & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt(buffer << 5 - bits & 31));
    }
    return out.toString();
  }

  /** Ignores spaces, hyphens, padding and case, as people type keys. */
  static byte[] decode(String text) {
    String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not a Base32 character: " + c);
      }
      buffer = buffer << 5 | value;
      bits += 5;
      if (bits >= 8) {
        out.write(buffer >> bits - 8 & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
