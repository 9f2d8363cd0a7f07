package org.evidentia.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.TooLargeException;

/**
 * The evidence store: original bytes under their SHA-256, written once and never changed.
 *
 * <p>Bytes arrive in a temporary file inside the store's own tree (same file system), hashed with
 * SHA-256 and SHA-512 while they stream through a small buffer, then made read-only and linked
 * under their hash. A hard link fails atomically when the name exists, so two identical uploads at
 * the same moment end with one file and neither overwrites the other. Nothing here deletes or
 * rewrites a stored file; working copies (thumbnails) live in a separate tree.
 */
final class ContentStore {

  private static final int BUFFER = 64 * 1024;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Set<PosixFilePermission> READ_ONLY =
      PosixFilePermissions.fromString("r--r-----");

  private final Path originals;
  private final Path incoming;
  private final Path thumbnails;

  ContentStore(Path root) {
    Path base = root.toAbsolutePath().normalize();
    this.originals = base.resolve("originals");
    this.incoming = base.resolve("incoming");
    this.thumbnails = base.resolve("working").resolve("thumbnails");
  }

  /** Bytes received into a temporary file, hashed, not yet in the store. */
  static final class Staged implements AutoCloseable {
    private final Path file;
    private final String sha256;
    private final String sha512;
    private final long size;

    Staged(Path file, String sha256, String sha512, long size) {
      this.file = file;
      this.sha256 = sha256;
      this.sha512 = sha512;
      this.size = size;
    }

    Path file() {
      return file;
    }

    String sha256() {
      return sha256;
    }

    String sha512() {
      return sha512;
    }

    long size() {
      return size;
    }

    /** Removes the temporary file; after {@link ContentStore#keep} there is nothing left to do. */
    @Override
    public void close() {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a leftover in incoming/ is never read as evidence
      }
    }
  }

  /**
   * Streams {@code in} to a temporary file while hashing it.
   *
   * @throws TooLargeException as soon as more than {@code maxSize} bytes arrive
   * @throws InvalidInputException for an empty stream
   * @throws IOException when the stream breaks off; the partial file is removed
   */
  Staged stage(InputStream in, long maxSize) throws IOException {
    Files.createDirectories(incoming);
    Path temp = Files.createTempFile(incoming, "upload-", ".part");
    boolean complete = false;
    try {
      MessageDigest sha256 = digest("SHA-256");
      MessageDigest sha512 = digest("SHA-512");
      long size = 0;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = in.read(buffer)) != -1) {
          size += read;
          if (size > maxSize) {
            throw new TooLargeException(
                "the file is larger than the limit of " + maxSize + " bytes");
          }
          sha256.update(buffer, 0, read);
          sha512.update(buffer, 0, read);
          out.write(buffer, 0, read);
        }
        out.flush();
        channel.force(true);
      }
      if (size == 0) {
        throw new InvalidInputException("file", "the file is empty");
      }
      HexFormat hex = HexFormat.of();
      Staged staged =
          new Staged(temp, hex.formatHex(sha256.digest()), hex.formatHex(sha512.digest()), size);
      complete = true;
      return staged;
    } finally {
      if (!complete) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Puts staged bytes into the store under their SHA-256, read-only.
   *
   * @return false when the same bytes were stored already (the staged copy is then dropped)
   */
  boolean keep(Staged staged) throws IOException {
    Path target = original(staged.sha256());
    Files.createDirectories(target.getParent());
    makeReadOnly(staged.file());
    boolean added;
    try {
      Files.createLink(target, staged.file());
      added = true;
    } catch (FileAlreadyExistsException e) {
      added = false;
    } catch (UnsupportedOperationException | IOException e) {
      // A file system without hard links: an atomic rename, which on POSIX may replace a file
      // that appeared meanwhile; it holds the same bytes (same SHA-256), so nothing is lost.
      if (Files.exists(target)) {
        added = false;
      } else {
        Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        added = true;
      }
    }
    staged.close();
    if (added) {
      syncDirectory(target.getParent());
    }
    return added;
  }

  /** Where the original with this SHA-256 lives; the hash is checked before it becomes a path. */
  Path original(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return originals
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  Path thumbnail(String sha256) {
    original(sha256);
    return thumbnails.resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
  }

  Path incoming() {
    return incoming;
  }

  InputStream open(String sha256) throws IOException {
    return Files.newInputStream(original(sha256));
  }

  /** What a fixity check found. */
  record Fixity(boolean intact, String details) {}

  /** Re-hashes a stored original and compares it with what was recorded at receipt. */
  Fixity verify(String sha256, String sha512, long size) {
    Path file = original(sha256);
    if (!Files.isRegularFile(file)) {
      return new Fixity(false, "the stored file is missing: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest d256 = digest("SHA-256");
      MessageDigest d512 = digest("SHA-512");
      byte[] buffer = new byte[BUFFER];
      long read = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        d256.update(buffer, 0, n);
        d512.update(buffer, 0, n);
        read += n;
      }
      HexFormat hex = HexFormat.of();
      String now256 = hex.formatHex(d256.digest());
      String now512 = hex.formatHex(d512.digest());
      if (now256.equals(sha256) && now512.equals(sha512) && read == size) {
        return new Fixity(true, "SHA-256 and SHA-512 match (" + read + " bytes)");
      }
      return new Fixity(
          false,
          "the stored file differs from what was received: "
              + read
              + " bytes (recorded "
              + size
              + "), SHA-256 now "
              + now256);
    } catch (IOException e) {
      return new Fixity(false, "the stored file cannot be read: " + e.getMessage());
    }
  }

  private static void makeReadOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, READ_ONLY);
    } catch (UnsupportedOperationException e) {
      if (!file.toFile().setReadOnly()) {
        throw new IOException("cannot make " + file + " read-only");
      }
    }
  }

  /** A new directory entry survives a crash only once its directory is synced (Linux). */
  private static void syncDirectory(Path directory) {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not supported everywhere (Windows); the file itself was forced before the link
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }
}
