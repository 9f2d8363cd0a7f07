package org.evidentia.kernel;

import java.util.List;

/** Input that cannot be accepted (400), with one message per offending field. */
public final class InvalidInputException extends DomainException {

  /** What is wrong with one field; {@code field} is a dotted path such as {@code occurred.from}. */
  public record Violation(String field, String message) {}

  private final List<Violation> violations;

  public InvalidInputException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public InvalidInputException(List<Violation> violations) {
    super(violations.isEmpty() ? "invalid input" : violations.get(0).message());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
