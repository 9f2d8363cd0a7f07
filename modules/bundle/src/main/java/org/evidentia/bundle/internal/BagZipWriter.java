package org.evidentia.bundle.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) into a ZIP file as it goes: payload files are streamed in and
 * hashed on the way, and the tag files (bagit.txt, bag-info.txt with its Payload-Oxum, the payload
 * manifests and tag manifests) are written at the end. Memory stays flat whatever the size.
 *
 * <p>Media are STORED, not recompressed. Because the ZIP is written to a seekable file, a STORED
 * entry's size and CRC are filled in after its bytes, so every file is read exactly once.
 */
final class BagZipWriter implements Closeable {

  private static final int BUFFER = 256 * 1024;

  private final ZipArchiveOutputStream zip;
  private final Path file;
  private final TrailingHasher hasher;
  private String sha256;
  private final String root;
  private final Map<String, String[]> payload = new LinkedHashMap<>();
  private final Map<String, String[]> tags = new LinkedHashMap<>();
  private long octets;
  private boolean finished;

  /**
   * @param root the bag's directory inside the ZIP, so that unzipping gives one folder
   */
  BagZipWriter(Path file, String root) throws IOException {
    this(file, root, Runnable::run);
  }

  /**
   * @param hashing where the finished parts of the ZIP are hashed while the rest is written:
   *     another thread makes the bundle's own SHA-256 almost free; the caller's thread works too
   */
  BagZipWriter(Path file, String root, java.util.concurrent.Executor hashing) throws IOException {
    this.file = file;
    this.hasher = new TrailingHasher(file, hashing);
    this.zip = new ZipArchiveOutputStream(file);
    this.zip.setUseZip64(Zip64Mode.AsNeeded);
    this.zip.setEncoding(StandardCharsets.UTF_8.name());
    this.root = root;
  }

  /**
   * A payload file whose bytes are hashed here.
   *
   * @param path relative to {@code data/}, with forward slashes
   * @param store whether to store without compression (media), or deflate (text)
   * @param written told the bytes written so far, for progress
   */
  void add(String path, InputStream in, boolean store, LongConsumer written) throws IOException {
    MessageDigest sha256 = digest("SHA-256");
    MessageDigest sha512 = digest("SHA-512");
    long size = copy(entry("data/" + path, store), in, written, sha256, sha512);
    record(payload, "data/" + path, hex(sha256), hex(sha512));
    octets += size;
  }

  /**
   * A payload file whose hashes are already known and are checked by the stream itself (it fails
   * before its end when the bytes differ), so they are not computed a second time.
   */
  void addVerified(
      String path, InputStream verifying, String sha256, String sha512, LongConsumer written)
      throws IOException {
    long size = copy(entry("data/" + path, true), verifying, written);
    record(payload, "data/" + path, sha256, sha512);
    octets += size;
  }

  void add(String path, byte[] bytes, boolean store) throws IOException {
    add(path, new java.io.ByteArrayInputStream(bytes), store, n -> {});
  }

  /** A payload file written by the caller into the given stream, which it must not close. */
  void add(String path, boolean store, Body body) throws IOException {
    MessageDigest sha256 = digest("SHA-256");
    MessageDigest sha512 = digest("SHA-512");
    entry("data/" + path, store);
    Counting counting =
        new Counting(new DigestOutputStream(new DigestOutputStream(zip, sha256), sha512));
    body.write(counting);
    counting.flush();
    closeEntry();
    record(payload, "data/" + path, hex(sha256), hex(sha512));
    octets += counting.count;
  }

  /** Writes one payload file into a stream. */
  @FunctionalInterface
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  long payloadOctets() {
    return octets;
  }

  int payloadFiles() {
    return payload.size();
  }

  /**
   * Writes the tag files and closes the ZIP.
   *
   * @param bagInfo the bag-info.txt fields, in order; Payload-Oxum and Bag-Size are added here
   */
  void finish(Map<String, String> bagInfo) throws IOException {
    tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    StringBuilder info = new StringBuilder();
    Map<String, String> fields = new LinkedHashMap<>(bagInfo);
    fields.put("Payload-Oxum", octets + "." + payload.size());
    fields.put("Bag-Size", humanSize(octets));
    fields.forEach(
        (label, value) -> info.append(label).append(": ").append(oneLine(value)).append('\n'));
    tag("bag-info.txt", info.toString());
    tag("manifest-sha256.txt", manifest(payload, 0));
    tag("manifest-sha512.txt", manifest(payload, 1));
    // Tag manifests list every tag file but themselves (RFC 8493 section 2.2.1).
    Map<String, String[]> tagFiles = new LinkedHashMap<>(tags);
    writeTag("tagmanifest-sha256.txt", manifest(tagFiles, 0));
    writeTag("tagmanifest-sha512.txt", manifest(tagFiles, 1));
    zip.finish();
    zip.close();
    finished = true;
    sha256 = hasher.finish(java.nio.file.Files.size(file));
  }

  /** The SHA-256 of the whole ZIP, once finished. */
  String sha256() {
    if (sha256 == null) {
      throw new IllegalStateException("the bag is not finished");
    }
    return sha256;
  }

  /**
   * After a failure: closes the file without finishing the ZIP (an entry may be half written); the
   * caller deletes the partial file.
   */
  @Override
  public void close() {
    if (!finished) {
      try {
        zip.close();
      } catch (IOException expected) {
        // "unclosed entries": the archive is abandoned, and the stream is closed regardless.
      }
    }
  }

  /** A manifest path as RFC 8493 section 2.1.3 wants it: only CR, LF and % are percent-encoded. */
  static String encodePath(String path) {
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private void tag(String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    writeTag(name, text);
    tags.put(name, new String[] {hexOf("SHA-256", bytes), hexOf("SHA-512", bytes)});
  }

  private void writeTag(String name, String text) throws IOException {
    entry(name, false);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    closeEntry();
  }

  private void closeEntry() throws IOException {
    zip.closeArchiveEntry();
    // The entry's local header has been patched: every byte on disk so far is final.
    hasher.finalUpTo(java.nio.file.Files.size(file));
  }

  private ZipArchiveEntry entry(String path, boolean store) throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(root + "/" + path);
    entry.setMethod(store ? ZipEntry.STORED : ZipEntry.DEFLATED);
    // Made on Unix, readable by all: Info-ZIP's unzip otherwise takes the name for a DOS code page
    // name, mangles a Cyrillic one and warns that local and central names differ.
    entry.setUnixMode(0100644);
    zip.putArchiveEntry(entry);
    return entry;
  }

  private long copy(
      ZipArchiveEntry entry, InputStream in, LongConsumer written, MessageDigest... digests)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      for (MessageDigest d : digests) {
        d.update(buffer, 0, n);
      }
      zip.write(buffer, 0, n);
      total += n;
      written.accept(n);
    }
    closeEntry();
    return total;
  }

  private static void record(
      Map<String, String[]> into, String path, String sha256, String sha512) {
    if (into.putIfAbsent(path, new String[] {sha256, sha512}) != null) {
      throw new IllegalStateException("two files at " + path);
    }
  }

  private static String manifest(Map<String, String[]> files, int algorithm) {
    StringBuilder out = new StringBuilder();
    files.forEach(
        (path, hashes) ->
            out.append(hashes[algorithm]).append("  ").append(encodePath(path)).append('\n'));
    return out.toString();
  }

  private static String oneLine(String value) {
    return value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  private static String hexOf(String algorithm, byte[] bytes) {
    return HexFormat.of().formatHex(digest(algorithm).digest(bytes));
  }

  private static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has " + algorithm, e);
    }
  }

  /** Counts what goes through, and keeps the ZIP open when the caller's writer closes it. */
  private static final class Counting extends java.io.FilterOutputStream {
    private long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
