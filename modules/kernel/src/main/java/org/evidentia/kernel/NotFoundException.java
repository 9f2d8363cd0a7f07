package org.evidentia.kernel;

/** The record does not exist, or the caller may not know that it exists (404). */
public final class NotFoundException extends DomainException {

  public NotFoundException(String what, String id) {
    super(what + " '" + id + "' was not found");
  }
}
