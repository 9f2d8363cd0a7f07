package org.evidentia.kernel;

/**
 * A refusal the caller can understand and act on. Each subtype maps to one HTTP status and one
 * message on the web; none of them is a programming error.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException,
        ConflictException,
        RuleViolationException,
        InvalidInputException,
        TooLargeException {

  protected DomainException(String message) {
    super(message, null, false, false);
  }
}
