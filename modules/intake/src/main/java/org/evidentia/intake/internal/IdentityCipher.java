package org.evidentia.intake.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.evidentia.intake.api.ProtectedIdentity;

/**
 * AES-256-GCM for protected identities. Each value gets a fresh 12-byte nonce, and the person's id
 * is bound in as associated data, so a ciphertext copied onto another person's row does not
 * decrypt. Stored as {@code v1:} and the Base64 of nonce and ciphertext.
 */
final class IdentityCipher {

  private static final String FORMAT = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  IdentityCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the protected-identity key must be 32 bytes (AES-256)");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  static byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  String encrypt(String personId, ProtectedIdentity identity) {
    if (identity == null) {
      return null;
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    add(json, "name", identity.name());
    add(json, "contact", identity.contact());
    add(json, "notes", identity.notes());
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(personId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(json.build().toString().getBytes(StandardCharsets.UTF_8));
      return FORMAT
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** Fails loudly on a wrong key or a tampered value: a protected identity is never guessed. */
  ProtectedIdentity decrypt(String personId, String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(FORMAT)) {
      throw new IllegalStateException("unknown protected-identity format");
    }
    byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(personId.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      JsonObject json =
          Json.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))
              .readObject();
      return new ProtectedIdentity(text(json, "name"), text(json, "contact"), text(json, "notes"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a protected identity could not be decrypted (wrong key or altered data)", e);
    }
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null && !value.isBlank()) {
      json.add(name, value.strip());
    }
  }

  private static String text(JsonObject json, String name) {
    return json.containsKey(name) ? json.getString(name) : null;
  }
}
