package org.evidentia.bagit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small bags for tests, independently of the code under test (its own manifest writer,
 * percent-encoding and audit-chain hashing), so that a shared mistake cannot hide.
 */
final class TestBags {

  static final String EV1 = "data/evidence/EV-1.jpg";
  static final String SPACES = "data/evidence/witness statement 2026-11-20.txt";
  static final String PERCENT = "data/evidence/100% proof.txt";
  static final String CYRILLIC = "data/evidence/свідчення-Київ.txt";
  static final String NEWLINE = "data/evidence/line\nbreak.txt";
  static final String AUDIT = "data/audit-extract.json";

  private TestBags() {}

  /** The payload of the standard test bag, in order. */
  static Map<String, byte[]> payload() {
    Map<String, byte[]> p = new LinkedHashMap<>();
    byte[] jpeg = new byte[3000];
    for (int i = 0; i < jpeg.length; i++) {
      jpeg[i] = (byte) (i * 31 + 7);
    }
    p.put(EV1, jpeg);
    p.put(SPACES, utf8("I saw the convoy at dawn.\n"));
    p.put(PERCENT, utf8("100% certain.\n"));
    p.put(CYRILLIC, utf8("Свідчення очевидця, Київ.\n"));
    p.put(NEWLINE, utf8("a name with a line break\n"));
    p.put(AUDIT, utf8(auditJson(auditEntries())));
    return p;
  }

  /** Writes a complete, valid bag with this payload into {@code dir}. */
  static Path writeBag(Path dir, Map<String, byte[]> payload) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    long octets = 0;
    for (Map.Entry<String, byte[]> e : payload.entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
      octets += e.getValue().length;
    }
    write(dir, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    write(
        dir,
        "bag-info.txt",
        "Source-Organization: Evidentia test NGO\n"
            + "Bagging-Date: 2026-11-23\n"
            + "External-Description: A bag with awkward names,\n"
            + "  written by the test helper.\n"
            + "Payload-Oxum: "
            + octets
            + "."
            + payload.size()
            + "\n");
    writeManifest(dir, "manifest-sha256.txt", "SHA-256", payload.keySet());
    writeManifest(dir, "manifest-sha512.txt", "SHA-512", payload.keySet());
    writeManifest(
        dir,
        "tagmanifest-sha256.txt",
        "SHA-256",
        List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"));
    return dir;
  }

  static Path writeBag(Path dir) throws IOException {
    return writeBag(dir, payload());
  }

  /** Rewrites the tag manifest after a tag file was changed on purpose. */
  static void rewriteTagManifest(Path dir) throws IOException {
    writeManifest(
        dir,
        "tagmanifest-sha256.txt",
        "SHA-256",
        List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"));
  }

  static void writeManifest(Path dir, String name, String algorithm, Iterable<String> paths)
      throws IOException {
    StringBuilder b = new StringBuilder();
    for (String path : paths) {
      b.append(hex(algorithm, Files.readAllBytes(dir.resolve(path))))
          .append("  ")
          .append(encode(path))
          .append('\n');
    }
    write(dir, name, b.toString());
  }

  /** RFC 8493 §2.1.3: '%' first, so the '%' of %0A is not encoded again. */
  static String encode(String path) {
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
  }

  static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /**
   * Zips a bag directory. With {@code topDirectory} the bag sits inside one folder of that name (as
   * most ZIP tools make it); otherwise at the ZIP's root.
   */
  static Path zip(Path bagDir, Path zipFile, String topDirectory) throws IOException {
    String prefix = topDirectory == null ? "" : topDirectory + "/";
    List<Path> all;
    try (Stream<Path> s = Files.walk(bagDir)) {
      all = new ArrayList<>(s.sorted().toList());
    }
    try (OutputStream out = Files.newOutputStream(zipFile);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      if (!prefix.isEmpty()) {
        zip.putNextEntry(new ZipEntry(prefix));
        zip.closeEntry();
      }
      for (Path p : all) {
        if (p.equals(bagDir)) {
          continue;
        }
        StringBuilder name = new StringBuilder(prefix);
        for (Path part : bagDir.relativize(p)) {
          if (name.length() > prefix.length()) {
            name.append('/');
          }
          name.append(part);
        }
        if (Files.isDirectory(p)) {
          zip.putNextEntry(new ZipEntry(name + "/"));
        } else {
          zip.putNextEntry(new ZipEntry(name.toString()));
          Files.copy(p, zip);
        }
        zip.closeEntry();
      }
    }
    return zipFile;
  }

  /** Copies a directory tree (the conformance suite is read-only). */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  // ---- audit extract -----------------------------------------------------------------------

  /** One audit entry; null fields allowed where the format allows them. */
  static final class AuditEntry {
    long sequence;
    String recordedAt;
    String actor;
    String action;
    String targetType;
    String targetId;
    String address;
    String details;
    String previousHash;
    String hash;

    AuditEntry(long sequence, String actor, String action, String details) {
      this.sequence = sequence;
      this.recordedAt = "2026-11-20T10:15:" + (10 + sequence) + ".123Z";
      this.actor = actor;
      this.action = action;
      this.targetType = "case";
      this.targetId = "CASE-2026-001";
      this.address = actor == null ? null : "127.0.0.1";
      this.details = details;
    }

    /** The canonical text, written here independently of the verifier. */
    String canonical() {
      StringBuilder b = new StringBuilder();
      Object[] values = {
        Long.toString(sequence),
        recordedAt,
        actor,
        action,
        targetType,
        targetId,
        address,
        details,
        previousHash
      };
      for (Object v : values) {
        if (v == null) {
          b.append("-\n");
        } else {
          String s = (String) v;
          b.append(s.getBytes(StandardCharsets.UTF_8).length).append(':').append(s).append('\n');
        }
      }
      return b.toString();
    }

    void seal() {
      hash = hex("SHA-256", utf8(canonical()));
    }
  }

  /**
   * Entries 3, 4, 5, 9, 10 of a chain: 6 to 8 belong to other cases, so only 3-4, 4-5 and 9-10 are
   * linked in the extract.
   */
  static List<AuditEntry> auditEntries() {
    List<AuditEntry> entries = new ArrayList<>();
    entries.add(new AuditEntry(3, "caseworker", "CASE_OPENED", "Case opened: Київ, «convoy»"));
    entries.add(new AuditEntry(4, "caseworker", "EVIDENCE_ADDED", "EV-1.jpg \"photo\" 😀"));
    entries.add(new AuditEntry(5, null, "FIXITY_CHECKED", null));
    entries.add(new AuditEntry(9, "reviewer1", "REVIEW_SIGNED", "line one\nline two\ttab"));
    entries.add(new AuditEntry(10, "admin", "CASE_EXPORTED", "bundle"));
    chain(entries);
    return entries;
  }

  /** Sets previousHash and hash: linked where sequences are consecutive, arbitrary elsewhere. */
  static void chain(List<AuditEntry> entries) {
    AuditEntry previous = null;
    for (AuditEntry e : entries) {
      if (previous != null && e.sequence == previous.sequence + 1) {
        e.previousHash = previous.hash;
      } else {
        e.previousHash = hex("SHA-256", utf8("entry " + (e.sequence - 1) + " of another case"));
      }
      e.seal();
      previous = e;
    }
  }

  static String auditJson(List<AuditEntry> entries) {
    StringBuilder b = new StringBuilder();
    b.append("{\"format\":\"evidentia-audit-extract/1\",\"caseReference\":\"CASE-2026-001\",")
        .append("\"exportedAt\":\"2026-11-23T02:00:00Z\",\n \"entries\":[");
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry e = entries.get(i);
      b.append(i == 0 ? "\n  " : ",\n  ")
          .append("{\"sequence\":")
          .append(e.sequence)
          .append(",\"recordedAt\":")
          .append(json(e.recordedAt))
          .append(",\"actor\":")
          .append(json(e.actor))
          .append(",\"action\":")
          .append(json(e.action))
          .append(",\"targetType\":")
          .append(json(e.targetType))
          .append(",\"targetId\":")
          .append(json(e.targetId))
          .append(",\"address\":")
          .append(json(e.address))
          .append(",\"details\":")
          .append(json(e.details))
          .append(",\"previousHash\":")
          .append(json(e.previousHash))
          .append(",\"hash\":")
          .append(json(e.hash))
          .append('}');
    }
    return b.append("\n ]}\n").toString();
  }

  /** JSON string literal; non-ASCII as \\u escapes so the parser's escapes are exercised. */
  static String json(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
