package org.evidentia.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Personal API tokens: issued against a password, revocable by their owner and administrators. */
public interface ApiTokens {

  /**
   * Checks the password (audited like a login) and issues a token.
   *
   * @param expiresAt when the token should expire; null for the longest lifetime allowed
   * @return empty when the credentials are wrong
   */
  Optional<IssuedToken> issue(String username, String password, Instant expiresAt, String address);

  /** Issues a token to the logged-in caller (from the UI, where the password was just checked). */
  IssuedToken issueToCaller(Instant expiresAt);

  /** The caller's own tokens, or any user's for an administrator. */
  List<TokenView> tokensOf(String username);

  /** Revokes a token of the caller's own, or any token for an administrator. */
  TokenView revoke(String tokenId);
}
