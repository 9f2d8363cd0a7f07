/**
 * Identity: accounts and their roles, password hashing (PBKDF2-SHA256, 600,000 iterations) and
 * personal API tokens (stored as SHA-256 hashes). The web layer authenticates people through {@link
 * org.evidentia.identity.api.Authenticator} and, for two-factor login (TOTP, recovery codes, ADR
 * 18), {@link org.evidentia.identity.api.SecondFactor}; administrators manage accounts through
 * {@link org.evidentia.identity.api.Accounts}.
 */
package org.evidentia.identity;
