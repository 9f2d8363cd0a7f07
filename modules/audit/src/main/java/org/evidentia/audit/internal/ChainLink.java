package org.evidentia.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash that links an entry to the chain: SHA-256 over a canonical encoding of every field of
 * the entry followed by the previous entry's hash. Each field is written as its UTF-8 length, a
 * colon and its bytes (a null as a single dash), so no two different entries encode alike.
 */
final class ChainLink {

  static final String GENESIS = "0".repeat(64);

  private ChainLink() {}

  static String hash(
      long sequence,
      Instant recordedAt,
      String actor,
      String action,
      String targetType,
      String targetId,
      String address,
      String details,
      String previousHash) {
    return new Hasher()
        .hash(
            sequence,
            recordedAt,
            actor,
            action,
            targetType,
            targetId,
            address,
            details,
            previousHash);
  }

  static String hash(AuditEntry e) {
    return hash(
        e.sequence(),
        e.recordedAt(),
        e.actor(),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.address(),
        e.details(),
        e.previousHash());
  }

  /**
   * Computes link hashes one after another with one digest and one buffer, for walking the whole
   * chain: a verification of a million entries otherwise spends much of its time making a digest, a
   * string and two byte arrays per entry. Not thread-safe; one per walk.
   */
  static final class Hasher {

    private static final HexFormat HEX = HexFormat.of();
    private final MessageDigest digest;
    private byte[] buffer = new byte[512];
    private int length;

    Hasher() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }

    String hash(
        long sequence,
        Instant recordedAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String address,
        String details,
        String previousHash) {
      length = 0;
      field(Long.toString(sequence));
      field(recordedAt.toString());
      field(actor);
      field(action);
      field(targetType);
      field(targetId);
      field(address);
      field(details);
      field(previousHash);
      digest.update(buffer, 0, length);
      return HEX.formatHex(digest.digest());
    }

    /** Its UTF-8 length, a colon, its bytes and a newline; a null as a dash and a newline. */
    private void field(String value) {
      if (value == null) {
        put((byte) '-');
      } else {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        String size = Integer.toString(bytes.length);
        for (int i = 0; i < size.length(); i++) {
          put((byte) size.charAt(i));
        }
        put((byte) ':');
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
      }
      put((byte) '\n');
    }

    private void put(byte b) {
      ensure(1);
      buffer[length++] = b;
    }

    private void ensure(int more) {
      if (length + more > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
      }
    }
  }
}
