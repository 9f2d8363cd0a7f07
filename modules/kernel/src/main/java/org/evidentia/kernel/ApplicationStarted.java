package org.evidentia.kernel;

/**
 * Fired once at start-up, after the database schema is migrated and before the first request, so
 * modules can prepare their data (demo accounts, reference data).
 *
 * @param demo whether Evidentia runs in demo mode (known demo accounts and sample data)
 */
public record ApplicationStarted(boolean demo) {}
