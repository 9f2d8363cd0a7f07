package org.evidentia.kernel;

/** A stale version or a transition the record's state does not allow (409). */
public final class ConflictException extends DomainException {

  public ConflictException(String message) {
    super(message);
  }
}
