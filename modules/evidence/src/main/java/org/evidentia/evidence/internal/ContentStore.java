package org.evidentia.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.TooLargeException;

/**
 * The evidence store: original bytes under their SHA-256, written once and never changed.
 *
 * <p>Bytes arrive in a temporary file inside the store's own tree (same file system), hashed with
 * SHA-256 and SHA-512 while they stream through a small buffer, then made read-only and linked
 * under their hash. A hard link fails atomically when the name exists, so two identical uploads at
 * the same moment end with one file and neither overwrites the other. A stored file is trusted only
 * after it was re-hashed: when the same bytes arrive again, the stored copy is verified before the
 * fresh one is dropped. Nothing here deletes or rewrites a stored file; working copies (thumbnails)
 * live in a separate tree.
 *
 * <p>With an evidence key configured, every file written here (originals, quarantined copies,
 * thumbnails) is sealed with {@link SealedFile}; the recorded hashes stay those of the plaintext,
 * which is hashed as it arrives and re-hashed after opening. Files written before a key was
 * configured stay plain and readable: a sealed file is told apart by its header.
 */
final class ContentStore {

  private static final int BUFFER = 64 * 1024;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Set<PosixFilePermission> READ_ONLY =
      PosixFilePermissions.fromString("r--r-----");

  /** Serialises the rename fallback within this JVM; a file lock does it between instances. */
  private static final ReentrantLock RENAME = new ReentrantLock();

  private final Path root;
  private final Path originals;
  private final Path incoming;
  private final Path thumbnails;
  private final boolean hardLinks;
  private final EvidenceKeys keys;

  ContentStore(Path root) {
    this(root, true);
  }

  ContentStore(Path root, EvidenceKeys keys) {
    this(root, true, keys);
  }

  /**
   * @param hardLinks false to behave as on a file system without hard links (tests)
   */
  ContentStore(Path root, boolean hardLinks) {
    this(root, hardLinks, EvidenceKeys.NONE);
  }

  ContentStore(Path root, boolean hardLinks, EvidenceKeys keys) {
    this.keys = keys;
    this.root = root.toAbsolutePath().normalize();
    this.originals = this.root.resolve("originals");
    this.incoming = this.root.resolve("incoming");
    this.thumbnails = this.root.resolve("working").resolve("thumbnails");
    this.hardLinks = hardLinks;
  }

  /**
   * The request stream failed while it was read (the client went away, the connection broke), as
   * opposed to the store failing to write (disk full, permissions), which is the server's fault.
   */
  static final class SourceBrokeOff extends IOException {
    private static final long serialVersionUID = 1L;

    SourceBrokeOff(IOException cause) {
      super("the upload stream broke off: " + cause.getMessage(), cause);
    }
  }

  /** What {@link #keep} did with staged bytes. */
  enum Kept {
    /** Stored under their hash for the first time. */
    ADDED,
    /** The same bytes were stored already and verified; the staged copy was dropped. */
    ALREADY_STORED,
    /**
     * A file under this hash was stored already but no longer has these bytes (altered or damaged);
     * the fresh copy was kept under a quarantine name beside it, see {@link #quarantined}. Nothing
     * was replaced.
     */
    STORED_COPY_DAMAGED
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
   * @throws SourceBrokeOff when the stream breaks off; the partial file is removed
   * @throws IOException when the store cannot write (disk full, permissions); nothing is kept
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
          OutputStream out = sealing(Channels.newOutputStream(channel))) {
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = read(in, buffer)) != -1) {
          size += read;
          if (size > maxSize) {
            throw new TooLargeException(
                "the file is larger than the limit of " + maxSize + " bytes");
          }
          sha256.update(buffer, 0, read);
          sha512.update(buffer, 0, read);
          out.write(buffer, 0, read);
        }
        if (sealing()) {
          out.close(); // seals the last segment; the channel itself stays open
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

  /** {@code out} itself without a key, else a sealer over it that leaves {@code out} open. */
  private OutputStream sealing(OutputStream out) throws IOException {
    if (keys.current() == null) {
      return out;
    }
    OutputStream unclosed =
        new java.io.FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            out.flush();
          }
        };
    return SealedFile.seal(unclosed, keys.current());
  }

  /** Whether new files are sealed. */
  boolean sealing() {
    return keys.current() != null;
  }

  private static int read(InputStream in, byte[] buffer) throws SourceBrokeOff {
    try {
      return in.read(buffer);
    } catch (SourceBrokeOff e) {
      throw e;
    } catch (IOException e) {
      throw new SourceBrokeOff(e);
    }
  }

  /**
   * Puts staged bytes into the store under their SHA-256, read-only. An existing file under that
   * name is never replaced: it is re-hashed, and when it no longer holds these bytes the fresh copy
   * is kept under {@link #quarantined} for a person to restore from.
   */
  Kept keep(Staged staged) throws IOException {
    Path target = original(staged.sha256());
    Files.createDirectories(target.getParent());
    makeReadOnly(staged.file());
    boolean added;
    if (hardLinks) {
      try {
        Files.createLink(target, staged.file());
        added = true;
      } catch (FileAlreadyExistsException e) {
        added = false;
      } catch (UnsupportedOperationException | IOException e) {
        added = renameUnlessExists(staged.file(), target);
      }
    } else {
      added = renameUnlessExists(staged.file(), target);
    }
    if (added) {
      staged.close();
      syncDirectory(target.getParent());
      return Kept.ADDED;
    }
    if (verify(staged.sha256(), staged.sha512(), staged.size()).intact()) {
      staged.close();
      return Kept.ALREADY_STORED;
    }
    Path quarantine = quarantined(staged.sha256());
    Files.move(staged.file(), quarantine, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(quarantine.getParent());
    return Kept.STORED_COPY_DAMAGED;
  }

  /**
   * A file system without hard links: a rename, which on POSIX silently replaces a file that
   * appeared meanwhile. Checking and renaming under a lock (this JVM's and a file lock shared with
   * other instances on the same volume) makes it never replace one.
   */
  private boolean renameUnlessExists(Path file, Path target) throws IOException {
    RENAME.lock();
    try (FileChannel lockFile =
            FileChannel.open(
                root.resolve(".rename.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } finally {
      RENAME.unlock();
    }
  }

  /**
   * Where a fresh, verified copy of some bytes is kept when the stored file under their hash was
   * found altered: beside it, with the time of receipt, never read as the original.
   */
  Path quarantined(String sha256) {
    Path original = original(sha256);
    return original.resolveSibling(
        sha256
            + ".received-"
            + String.format(
                "%015d-%019d", Instant.now().toEpochMilli(), System.nanoTime() & Long.MAX_VALUE));
  }

  /** The newest quarantined copy of some bytes, or null. */
  Path latestQuarantined(String sha256) throws IOException {
    Path original = original(sha256);
    Path latest = null;
    try (DirectoryStream<Path> copies =
        Files.newDirectoryStream(original.getParent(), sha256 + ".received-*")) {
      for (Path copy : copies) {
        if (latest == null
            || copy.getFileName().toString().compareTo(latest.getFileName().toString()) > 0) {
          latest = copy;
        }
      }
    }
    return latest;
  }

  /** A path inside the store as it may be shown (in integrity details): never the absolute one. */
  String relative(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    return normal.startsWith(root) ? root.relativize(normal).toString() : normal.getFileName() + "";
  }

  /**
   * Removes partial uploads older than {@code age} from incoming/: what a crash or a kill left
   * behind. Younger files may belong to uploads in progress.
   *
   * @return how many were removed
   */
  int removeStalePartials(Duration age) {
    if (!Files.isDirectory(incoming)) {
      return 0;
    }
    FileTime before = FileTime.from(Instant.now().minus(age));
    int removed = 0;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "*.part")) {
      for (Path part : parts) {
        try {
          if (Files.isRegularFile(part)
              && Files.getLastModifiedTime(part).compareTo(before) < 0
              && Files.deleteIfExists(part)) {
            removed++;
          }
        } catch (IOException e) {
          // left for the next start
        }
      }
    } catch (IOException e) {
      // nothing to clean now
    }
    return removed;
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
    return openFile(original(sha256));
  }

  /** A stored file's plaintext: opened when it is sealed, as it is when it is plain. */
  InputStream openFile(Path file) throws IOException {
    java.io.BufferedInputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
    try {
      in.mark(SealedFile.MAGIC.length);
      byte[] head = in.readNBytes(SealedFile.MAGIC.length);
      in.reset();
      return SealedFile.isSealed(head, head.length) ? SealedFile.open(in, keys) : in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The key id in a stored file's header; null when the file is plain. */
  static String sealedUnder(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SealedFile.HEADER);
      return SealedFile.keyIdOf(head, head.length);
    }
  }

  /**
   * A stored original as a plain file for the readers that need random access (metadata,
   * thumbnails): the file itself when it is plain, else a temporary plaintext copy in incoming/,
   * readable by the owner only and removed on close (and, after a crash, at the next start).
   */
  Readable readable(String sha256) throws IOException {
    Path file = original(sha256);
    if (sealedUnder(file) == null) {
      return new Readable(file, false);
    }
    Files.createDirectories(incoming);
    Path copy = Files.createTempFile(incoming, "analysis-", ".part");
    try {
      makeOwnerOnly(copy);
      try (InputStream in = openFile(file);
          OutputStream out = Files.newOutputStream(copy)) {
        in.transferTo(out);
      }
      return new Readable(copy, true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
  }

  /** A plaintext path for reading; a temporary one is removed on close. */
  record Readable(Path path, boolean temporary) implements AutoCloseable {
    @Override
    public void close() {
      if (temporary) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // removed as a stale partial at the next start
        }
      }
    }
  }

  /** A staging path for a thumbnail before {@link #keepThumbnail} seals it into place. */
  Path thumbnailStaging() throws IOException {
    Files.createDirectories(incoming);
    Path temp = Files.createTempFile(incoming, "thumbnail-", ".part");
    makeOwnerOnly(temp);
    return temp;
  }

  /**
   * Moves a plain thumbnail into place, sealed when a key is configured; removes the staged file.
   */
  void keepThumbnail(Path plain, Path target) throws IOException {
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "thumb-", ".tmp");
      try {
        // The raw stream is closed on its own too: the sealing wrapper may not close it.
        try (InputStream in = Files.newInputStream(plain);
            OutputStream raw = Files.newOutputStream(temp);
            OutputStream out = sealing(raw)) {
          in.transferTo(out);
        }
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } finally {
      Files.deleteIfExists(plain);
    }
  }

  /** A thumbnail's plain bytes (they are small). */
  byte[] readThumbnail(Path thumbnail) throws IOException {
    try (InputStream in = openFile(thumbnail)) {
      return in.readAllBytes();
    }
  }

  /**
   * The stored original, checked while it is read: the last byte is held back until the whole file
   * has been hashed, and when size, SHA-256 or SHA-512 differ from what was received the stream
   * fails instead of ending, so the recipient sees a broken transfer rather than a complete one.
   *
   * @param sha512 null to check SHA-256 only: when the SHA-256 matches, the bytes are those
   *     received and so is their recorded SHA-512 (a bundle writes it into its manifest without
   *     hashing the same gigabytes twice)
   * @param onMismatch told what differs, once, before the stream fails
   */
  InputStream openVerified(
      String sha256, String sha512, long size, java.util.function.Consumer<Fixity> onMismatch)
      throws IOException {
    return new VerifyingStream(open(sha256), sha256, sha512, size, onMismatch);
  }

  /** Thrown by {@link #openVerified} streams when the bytes are not those received. */
  static final class IntegrityMismatch extends IOException {
    private static final long serialVersionUID = 1L;

    IntegrityMismatch(String message) {
      super(message);
    }
  }

  private static final class VerifyingStream extends InputStream {
    private final InputStream in;
    private final String sha256;
    private final String sha512;
    private final long size;
    private final java.util.function.Consumer<Fixity> onMismatch;
    private final MessageDigest d256 = digest("SHA-256");
    private final MessageDigest d512;
    private long served;
    private int last = -1;
    private boolean done;

    VerifyingStream(
        InputStream in,
        String sha256,
        String sha512,
        long size,
        java.util.function.Consumer<Fixity> onMismatch) {
      this.in = in;
      this.sha256 = sha256;
      this.sha512 = sha512;
      this.size = size;
      this.onMismatch = onMismatch;
      this.d512 = sha512 == null ? null : digest("SHA-512");
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      if (served < size - 1) {
        int n = readSealed(b, off, (int) Math.min(len, size - 1 - served));
        if (n == -1) {
          throw mismatch(served + " bytes (recorded " + size + ")");
        }
        d256.update(b, off, n);
        if (d512 != null) {
          d512.update(b, off, n);
        }
        served += n;
        return n;
      }
      // The last byte: released only once everything has been read and the hashes agree.
      if (last == -1) {
        byte[] one = new byte[1];
        last = readSealed(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        if (last == -1) {
          throw mismatch(served + " bytes (recorded " + size + ")");
        }
        d256.update((byte) last);
        if (d512 != null) {
          d512.update((byte) last);
        }
        if (readSealed(one, 0, 1) != -1) {
          throw mismatch("more than the recorded " + size + " bytes");
        }
        HexFormat hex = HexFormat.of();
        String now256 = hex.formatHex(d256.digest());
        if (!now256.equals(sha256)
            || d512 != null && !hex.formatHex(d512.digest()).equals(sha512)) {
          throw mismatch(size + " bytes, SHA-256 now " + now256);
        }
      }
      b[off] = (byte) last;
      served++;
      done = true;
      return 1;
    }

    /** A sealed file that fails authentication is a mismatch like altered plain bytes. */
    private int readSealed(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (SealedFile.Broken e) {
        throw mismatch("it fails authenticated decryption: " + e.getMessage());
      }
    }

    private IntegrityMismatch mismatch(String found) {
      done = true;
      String details = "the stored file differs from what was received: " + found;
      try {
        onMismatch.accept(new Fixity(false, details));
      } catch (RuntimeException e) {
        // the alarm is best effort here; the transfer fails regardless
      }
      return new IntegrityMismatch(details);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** What {@link #resealAll} did. */
  record Resealed(long resealed, long alreadySealed, java.util.List<String> refused) {}

  /**
   * Seals every stored file (originals, quarantined copies, thumbnails) under the current key:
   * plain files and files under older keys alike. Each file is opened, its plaintext re-hashed
   * (originals and quarantined copies are named by their SHA-256), sealed into a temporary sibling,
   * forced to disk and renamed over the old file in one step. A file whose bytes no longer match
   * its name, or that cannot be opened, is left untouched and reported. Interrupted, it is simply
   * run again: files already under the current key are skipped, leftovers are removed.
   */
  Resealed resealAll() throws IOException {
    if (keys.current() == null) {
      throw new IllegalStateException("no evidence key is configured (evidentia.evidence.key)");
    }
    long resealed = 0;
    long already = 0;
    java.util.List<String> refused = new java.util.ArrayList<>();
    java.util.List<Path> files = new java.util.ArrayList<>();
    for (Path tree : java.util.List.of(originals, thumbnails)) {
      if (Files.isDirectory(tree)) {
        try (java.util.stream.Stream<Path> walk = Files.walk(tree)) {
          walk.filter(Files::isRegularFile).forEach(files::add);
        }
      }
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(RESEAL)) {
        Files.deleteIfExists(file); // left by an interrupted rotation; the original is intact
        continue;
      }
      if (name.startsWith(".") || name.endsWith(".tmp")) {
        continue;
      }
      try {
        if (keys.currentId().equals(sealedUnder(file))) {
          already++;
          continue;
        }
        String expected =
            file.startsWith(originals) && name.length() >= 64 ? name.substring(0, 64) : null;
        reseal(file, expected);
        resealed++;
      } catch (IOException e) {
        refused.add(relative(file) + ": " + e.getMessage());
      }
    }
    return new Resealed(resealed, already, java.util.List.copyOf(refused));
  }

  private static final String RESEAL = ".reseal";

  private void reseal(Path file, String expectedSha256) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + RESEAL);
    Files.deleteIfExists(temp);
    boolean done = false;
    try {
      MessageDigest sha256 = digest("SHA-256");
      try (InputStream in = openFile(file);
          FileChannel channel =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = sealing(Channels.newOutputStream(channel))) {
        byte[] buffer = new byte[BUFFER];
        int n;
        while ((n = in.read(buffer)) != -1) {
          sha256.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
        out.close();
        channel.force(true);
      }
      String now = HexFormat.of().formatHex(sha256.digest());
      if (expectedSha256 != null && !now.equals(expectedSha256)) {
        throw new IOException(
            "its bytes no longer match its name (SHA-256 now " + now + "); left as it is");
      }
      if (file.startsWith(originals)) {
        makeReadOnly(temp);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(file.getParent());
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** What a fixity check found. */
  record Fixity(boolean intact, String details) {}

  /** Re-hashes a stored original and compares it with what was recorded at receipt. */
  Fixity verify(String sha256, String sha512, long size) {
    Path file = original(sha256);
    if (!Files.isRegularFile(file)) {
      return new Fixity(false, "the stored file is missing: " + relative(file));
    }
    try (InputStream in = openFile(file)) {
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
    } catch (SealedFile.UnknownKey e) {
      // Not a sign of altered bytes: a key is missing from the configuration.
      throw new org.evidentia.kernel.ConflictException(
          "the stored file of content "
              + sha256.substring(0, 12)
              + " is "
              + e.getMessage()
              + "; configure that key (evidentia.evidence.old-keys) and check again");
    } catch (SealedFile.Broken e) {
      return new Fixity(
          false,
          "the stored file "
              + relative(file)
              + " fails authenticated decryption (altered, cut or extended): "
              + e.getMessage());
    } catch (IOException e) {
      // The exception's message would name the absolute path; the details are shown to users.
      return new Fixity(
          false,
          "the stored file "
              + relative(file)
              + " cannot be read ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  private static void makeOwnerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // the store directory's own permissions protect it
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
