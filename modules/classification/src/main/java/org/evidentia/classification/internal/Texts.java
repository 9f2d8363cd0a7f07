package org.evidentia.classification.internal;

import java.util.Locale;
import org.evidentia.kernel.InvalidInputException;

/** The two languages of the taxonomy, and the checks on its wording. */
final class Texts {

  private Texts() {}

  static boolean ukrainian(Locale locale) {
    return locale != null && "uk".equals(locale.getLanguage());
  }

  /** The new value, stripped; the old one when null; refused when blank or too long. */
  static String required(String value, String old, String field, int max) {
    if (value == null) {
      return old;
    }
    String text = value.strip();
    if (text.isEmpty() || text.length() > max) {
      throw new InvalidInputException(field, "1 to " + max + " characters");
    }
    return text;
  }

  static String optional(String value, int max) {
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidInputException("keywords", "at most " + max + " characters");
    }
    return text.isEmpty() ? null : text;
  }
}
