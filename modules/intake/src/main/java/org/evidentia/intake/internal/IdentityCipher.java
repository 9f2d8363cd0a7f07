package org.evidentia.intake.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.evidentia.intake.api.ProtectedIdentity;

/**
 * AES-256-GCM for protected identities. Each value gets a fresh 12-byte nonce, and the person's id
 * is bound in as associated data, so a ciphertext copied onto another person's row does not
 * decrypt. Stored as {@code v2:}, the id of the key (a short hash of it), {@code :} and the Base64
 * of nonce and ciphertext. Values from before key ids ({@code v1:}) are still read: with the
 * current key, or else each older key in turn (GCM tells the right one apart).
 */
final class IdentityCipher {

  private static final String V1 = "v1:";
  private static final String V2 = "v2:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final String keyId;
  private final Map<String, SecretKeySpec> known = new LinkedHashMap<>();

  IdentityCipher(byte[] key) {
    this(key, List.of());
  }

  /**
   * @param older keys values may still be sealed under, during a rotation
   */
  IdentityCipher(byte[] key, List<byte[]> older) {
    this.key = spec(key);
    this.keyId = keyId(key);
    known.put(keyId, this.key);
    for (byte[] old : older) {
      known.putIfAbsent(keyId(old), spec(old));
    }
  }

  private static SecretKeySpec spec(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the protected-identity key must be 32 bytes (AES-256)");
    }
    return new SecretKeySpec(key, "AES");
  }

  /** A short hash of the key, which tells which key sealed a value without revealing it. */
  static String keyId(byte[] key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("evidentia protected identity key id".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(key), 8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The id of the current key. */
  String keyId() {
    return keyId;
  }

  /** Whether a stored value is sealed under the current key already (none counts as done). */
  boolean underCurrentKey(String stored) {
    return stored == null || stored.startsWith(V2 + keyId + ":");
  }

  /** The same identity sealed anew under the current key. */
  String reseal(String personId, String stored) {
    return encrypt(personId, decrypt(personId, stored));
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
      return V2
          + keyId
          + ":"
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
    List<SecretKeySpec> candidates;
    String body;
    if (stored.startsWith(V2) && stored.indexOf(':', V2.length()) > 0) {
      int colon = stored.indexOf(':', V2.length());
      String id = stored.substring(V2.length(), colon);
      SecretKeySpec sealedUnder = known.get(id);
      if (sealedUnder == null) {
        throw new IllegalStateException(
            "a protected identity is sealed under key "
                + id
                + ", which is not configured (evidentia.protected-identity.old-keys)");
      }
      candidates = List.of(sealedUnder);
      body = stored.substring(colon + 1);
    } else if (stored.startsWith(V1)) {
      candidates = List.copyOf(known.values()); // the current key first
      body = stored.substring(V1.length());
    } else {
      throw new IllegalStateException("unknown protected-identity format");
    }
    byte[] all;
    try {
      all = Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a protected identity is not valid Base64", e);
    }
    GeneralSecurityException failure = null;
    for (SecretKeySpec candidate : candidates) {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
            Cipher.DECRYPT_MODE, candidate, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
        cipher.updateAAD(personId.getBytes(StandardCharsets.UTF_8));
        byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        JsonObject json =
            Json.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))
                .readObject();
        return new ProtectedIdentity(
            text(json, "name"), text(json, "contact"), text(json, "notes"));
      } catch (GeneralSecurityException e) {
        failure = e;
      }
    }
    throw new IllegalStateException(
        "a protected identity could not be decrypted (wrong key or altered data)", failure);
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
