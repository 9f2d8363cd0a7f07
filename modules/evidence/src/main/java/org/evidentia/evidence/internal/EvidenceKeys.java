package org.evidentia.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence keys this instance knows: the current one, which seals new files (none: files are
 * stored plain), and older ones, which only open files sealed before a rotation. Each is known by
 * its id, a short hash of the key, which sealed files carry in their header.
 */
final class EvidenceKeys implements SealedFile.Keys {

  static final EvidenceKeys NONE = new EvidenceKeys(null, List.of());

  private final byte[] current;
  private final String currentId;
  private final Map<String, byte[]> known = new LinkedHashMap<>();

  EvidenceKeys(byte[] current, List<byte[]> older) {
    this.current = current == null ? null : checked(current.clone());
    this.currentId = current == null ? null : SealedFile.keyId(current);
    if (current != null) {
      known.put(currentId, this.current);
    }
    for (byte[] key : older) {
      known.putIfAbsent(SealedFile.keyId(checked(key)), key.clone());
    }
  }

  /**
   * Reads the configuration: a key as Base64, or else a file holding it; older keys as a
   * comma-separated list of Base64. Refuses keys that are not 32 bytes, naming the setting only.
   */
  static EvidenceKeys configured(
      Optional<String> key, Optional<String> keyFile, Optional<String> oldKeys) {
    byte[] current = null;
    if (key.isPresent() && !key.get().isBlank()) {
      current = decode(key.get(), "evidentia.evidence.key");
    } else if (keyFile.isPresent() && !keyFile.get().isBlank()) {
      Path file = Path.of(keyFile.get().strip());
      try {
        current = decode(Files.readString(file), "the evidence key file " + file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the evidence key file " + file, e);
      }
    }
    List<byte[]> older = new java.util.ArrayList<>();
    if (oldKeys.isPresent()) {
      for (String part : oldKeys.get().split(",")) {
        if (!part.isBlank()) {
          older.add(decode(part, "evidentia.evidence.old-keys"));
        }
      }
    }
    return new EvidenceKeys(current, older);
  }

  private static byte[] decode(String base64, String where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + " is not Base64");
    }
    if (key.length != 32) {
      throw new IllegalStateException(where + " must be the Base64 of 32 bytes (AES-256)");
    }
    return key;
  }

  private static byte[] checked(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("an evidence key must be 32 bytes (AES-256)");
    }
    return key;
  }

  /** The key new files are sealed under, or null: stored plain. */
  byte[] current() {
    return current;
  }

  /** The id of {@link #current}, or null. */
  String currentId() {
    return currentId;
  }

  @Override
  public byte[] key(String keyId) {
    return known.get(keyId);
  }
}
