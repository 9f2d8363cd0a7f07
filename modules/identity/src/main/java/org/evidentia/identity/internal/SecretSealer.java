package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps TOTP secrets out of the database in clear: AES-256-GCM with the username bound in as
 * associated data (a sealed secret copied onto another account does not open). The key is {@code
 * EVIDENTIA_TWO_FACTOR_KEY} (Base64 of 32 bytes) or else a key file, by default {@code
 * <data>/keys/two-factor.key}, made on first use and readable by the owner only (ADR 18).
 */
@ApplicationScoped
class SecretSealer {

  private static final Logger LOG = Logger.getLogger(SecretSealer.class.getName());
  private static final String FORMAT = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "evidentia.two-factor.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "evidentia.data.dir", defaultValue = "data")
  String dataDir;

  private volatile SecretKeySpec key;

  /** For unit tests: a sealer with a key of its own. */
  static SecretSealer withKey(byte[] key) {
    SecretSealer sealer = new SecretSealer();
    sealer.key = new SecretKeySpec(key, "AES");
    return sealer;
  }

  String seal(String username, byte[] secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret);
      return FORMAT
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** Fails loudly on a wrong key or an altered value. */
  byte[] open(String username, String stored) {
    if (stored == null || !stored.startsWith(FORMAT)) {
      throw new IllegalStateException("unknown two-factor secret format");
    }
    byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a two-factor secret could not be decrypted (wrong key or altered data)", e);
    }
  }

  private SecretKeySpec key() {
    SecretKeySpec current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          byte[] bytes = loadKey();
          if (bytes.length != 32) {
            throw new IllegalStateException("the two-factor key must be 32 bytes (AES-256)");
          }
          key = new SecretKeySpec(bytes, "AES");
        }
        current = key;
      }
    }
    return current;
  }

  private byte[] loadKey() {
    if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
      return Base64.getDecoder().decode(configuredKey.get().strip());
    }
    Path file = Path.of(dataDir, "keys", "two-factor.key").toAbsolutePath();
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // the data directory's own permissions protect it
        }
        LOG.warning(
            "Created a new two-factor key at "
                + file
                + ". Back it up apart from the database: without it, every enrolled user must"
                + " enrol again.");
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the two-factor key " + file, e);
    }
  }
}
