package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.intake.api.ProtectedIdentity;

/**
 * Where the protected-identity key comes from: {@code EVIDENTIA_PROTECTED_IDENTITY_KEY} (Base64 of
 * 32 bytes), or else a key file, by default {@code <data>/keys/protected-identity.key}, made on
 * first use and readable by the owner only. Never the database. During a key rotation, {@code
 * EVIDENTIA_PROTECTED_IDENTITY_OLD_KEYS} (comma-separated Base64) lists the keys values may still
 * be sealed under.
 */
@ApplicationScoped
class IdentityVault {

  private static final Logger LOG = Logger.getLogger(IdentityVault.class.getName());

  @Inject
  @ConfigProperty(name = "evidentia.protected-identity.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "evidentia.protected-identity.key-file")
  Optional<String> keyFile;

  @Inject
  @ConfigProperty(name = "evidentia.protected-identity.old-keys")
  Optional<String> oldKeys = Optional.empty();

  @Inject
  @ConfigProperty(name = "evidentia.data.dir", defaultValue = "data")
  String dataDir;

  private volatile IdentityCipher cipher;

  String seal(String personId, ProtectedIdentity identity) {
    return cipher().encrypt(personId, identity);
  }

  ProtectedIdentity open(String personId, String sealed) {
    return cipher().decrypt(personId, sealed);
  }

  IdentityCipher cipher() {
    IdentityCipher current = cipher;
    if (current == null) {
      synchronized (this) {
        if (cipher == null) {
          cipher = new IdentityCipher(loadKey(), olderKeys());
        }
        current = cipher;
      }
    }
    return current;
  }

  private List<byte[]> olderKeys() {
    List<byte[]> keys = new ArrayList<>();
    for (String part : oldKeys.orElse("").split(",")) {
      if (!part.isBlank()) {
        try {
          keys.add(Base64.getDecoder().decode(part.strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("evidentia.protected-identity.old-keys is not Base64");
        }
      }
    }
    return keys;
  }

  private byte[] loadKey() {
    if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
      return Base64.getDecoder().decode(configuredKey.get().strip());
    }
    Path file =
        Path.of(keyFile.orElse(Path.of(dataDir, "keys", "protected-identity.key").toString()))
            .toAbsolutePath();
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(IdentityCipher.newKey()));
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // the data directory's own permissions protect it
        }
        LOG.warning(
            "Created a new protected-identity key at "
                + file
                + ". Back it up apart from the database: without it, protected identities are lost.");
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the protected-identity key " + file, e);
    }
  }
}
