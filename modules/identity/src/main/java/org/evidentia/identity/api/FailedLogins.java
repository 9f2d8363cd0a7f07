package org.evidentia.identity.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Failed logins to an account since its last successful one: how many, the last when and whence.
 */
public record FailedLogins(int count, Instant lastAt, String lastFrom) implements Serializable {}
