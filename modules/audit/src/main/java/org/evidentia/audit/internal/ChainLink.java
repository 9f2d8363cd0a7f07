package org.evidentia.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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
    StringBuilder canonical = new StringBuilder(256);
    field(canonical, Long.toString(sequence));
    field(canonical, recordedAt.toString());
    field(canonical, actor);
    field(canonical, action);
    field(canonical, targetType);
    field(canonical, targetId);
    field(canonical, address);
    field(canonical, details);
    field(canonical, previousHash);
    return sha256(canonical.toString());
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

  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append("-\n");
    } else {
      out.append(value.getBytes(StandardCharsets.UTF_8).length)
          .append(':')
          .append(value)
          .append('\n');
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
