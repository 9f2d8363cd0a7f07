package org.evidentia.intake.api;

/**
 * Adds a user to a case team or changes their right to see protected identities. Granting that
 * right needs the caller's own {@code password} again.
 */
public record TeamChange(boolean mayViewProtectedIdentities, String password) {}
