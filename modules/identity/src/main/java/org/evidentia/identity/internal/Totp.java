package org.evidentia.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, six digits, 30-second
 * steps, which is what authenticator apps assume when the otpauth URI says nothing else.
 */
final class Totp {

  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;

  /** One step either side: a phone clock off by up to half a minute still works. */
  static final int DRIFT_STEPS = 1;

  /** 160 bits, the HMAC-SHA1 block's natural key size (RFC 4226 section 4). */
  static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  static long stepAt(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of one step, zero-padded to {@code digits}; {@code algorithm} is a JCA Mac name. */
  static String code(byte[] secret, long step, int digits, String algorithm) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, algorithm));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      // Dynamic truncation (RFC 4226 section 5.3).
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          (hash[offset] & 0x7f) << 24
              | (hash[offset + 1] & 0xff) << 16
              | (hash[offset + 2] & 0xff) << 8
              | (hash[offset + 3] & 0xff);
      String value = Integer.toString(binary % POWERS[digits]);
      return "0".repeat(digits - value.length()) + value;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  static String code(byte[] secret, long step) {
    return code(secret, step, DIGITS, "HmacSHA1");
  }

  /**
   * The step whose code this is, among the current one and its neighbours, if it is later than
   * {@code lastUsedStep}: a code, or an older one, is good once only.
   */
  static OptionalLong matchingStep(
      byte[] secret, String candidate, Instant now, long lastUsedStep) {
    String given = candidate == null ? "" : candidate.replaceAll("\\s", "");
    if (!given.matches("[0-9]{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = stepAt(now);
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (step > lastUsedStep
          && java.security.MessageDigest.isEqual(
              code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              given.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }
}
