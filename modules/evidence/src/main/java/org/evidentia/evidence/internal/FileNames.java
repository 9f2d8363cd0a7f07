package org.evidentia.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names from uploaders are text to show, never paths: stored content is named by its hash.
 * Cleaning keeps what a person recognises and drops what could mislead or break a display or a
 * header (folders, control and bidi-override characters, overlong names).
 */
final class FileNames {

  static final int MAX_LENGTH = 255;
  static final String UNNAMED = "unnamed";

  private FileNames() {}

  /** The name to show: last path segment, no control or format characters, at most 255 chars. */
  static String display(String raw) {
    if (raw == null) {
      return UNNAMED;
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder(name.length());
    name.codePoints()
        .filter(
            c -> {
              int type = Character.getType(c);
              return type != Character.CONTROL
                  && type != Character.FORMAT
                  && type != Character.UNASSIGNED
                  && type != Character.SURROGATE
                  && type != Character.PRIVATE_USE;
            })
        .forEach(clean::appendCodePoint);
    name = clean.toString().strip();
    while (name.endsWith(".") || name.endsWith(" ")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
      return UNNAMED;
    }
    return truncate(name);
  }

  /** Cuts the stem, keeping a short extension, so "….jpg" still reads as a photo. */
  private static String truncate(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String stem = extension.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_LENGTH - extension.length() - 1;
    int end = stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length())));
    return stem.substring(0, end) + "…" + extension;
  }

  /** An ASCII stand-in for old clients: anything outside printable ASCII or special becomes _. */
  static String ascii(String name) {
    StringBuilder ascii = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' && c != '%';
      ascii.append(plain ? c : '_');
    }
    return ascii.toString();
  }

  /** RFC 5987 / RFC 8187 value: {@code UTF-8''} and the percent-encoded UTF-8 bytes. */
  static String extended(String name) {
    StringBuilder out = new StringBuilder("UTF-8''");
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean attrChar =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (attrChar) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** A complete {@code Content-Disposition: attachment} header value. */
  static String attachment(String name) {
    return "attachment; filename=\"" + ascii(name) + "\"; filename*=" + extended(name);
  }
}
