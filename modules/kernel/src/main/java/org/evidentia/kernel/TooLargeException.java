package org.evidentia.kernel;

/** A body over the configured limit (413); the message names the limit. */
public final class TooLargeException extends DomainException {

  public TooLargeException(String message) {
    super(message);
  }
}
