package org.evidentia.identity.api;

import java.io.Serializable;
import java.time.Instant;

/** A newly issued token. The secret is shown this once; only its hash is stored. */
public record IssuedToken(String id, String token, Instant expiresAt) implements Serializable {}
