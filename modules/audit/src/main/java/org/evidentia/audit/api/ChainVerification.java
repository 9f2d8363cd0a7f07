package org.evidentia.audit.api;

import java.io.Serializable;

/**
 * The result of recomputing the whole chain.
 *
 * @param valid whether every entry's hash and link check out and none is missing
 * @param entries how many entries were read
 * @param firstBrokenEntry the sequence number where the chain first fails, or null when valid
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry)
    implements Serializable {}
