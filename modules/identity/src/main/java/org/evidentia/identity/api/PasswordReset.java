package org.evidentia.identity.api;

/**
 * The outcome of an administrator's password reset. {@code temporaryPassword} is set only when the
 * server chose it, and is shown this once; the owner must change it at their next login.
 */
public record PasswordReset(String username, String temporaryPassword) {}
