package org.evidentia.intake.internal;

import java.util.ArrayList;
import java.util.List;
import org.evidentia.kernel.InvalidInputException;

/** Collects every problem of an input, then refuses it once, naming each field. */
final class Checks {

  private final List<InvalidInputException.Violation> violations = new ArrayList<>();

  Checks require(boolean condition, String field, String message) {
    if (!condition) {
      violations.add(new InvalidInputException.Violation(field, message));
    }
    return this;
  }

  Checks required(Object value, String field, String what) {
    boolean present = value != null && !(value instanceof String text && text.isBlank());
    return require(present, field, what + " is required");
  }

  Checks maxLength(String value, int max, String field) {
    return require(
        value == null || value.length() <= max, field, "must be at most " + max + " characters");
  }

  boolean failed(String field) {
    return violations.stream().anyMatch(v -> v.field().equals(field));
  }

  void orRefuse() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
