/**
 * Identity: accounts and their roles, password hashing (PBKDF2-SHA256, 600,000 iterations) and
 * personal API tokens (stored as SHA-256 hashes). The web layer authenticates people through {@link
 * org.evidentia.identity.api.Authenticator}; administrators manage accounts through {@link
 * org.evidentia.identity.api.Accounts}.
 */
package org.evidentia.identity;
