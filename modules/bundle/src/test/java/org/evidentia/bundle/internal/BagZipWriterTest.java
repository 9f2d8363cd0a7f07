package org.evidentia.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bag as written: tag files, manifests with RFC 8493's percent-encoding, Payload-Oxum, media
 * STORED, and the Library of Congress verifier's agreement on the unzipped bag.
 */
class BagZipWriterTest {

  @TempDir Path dir;

  static final Map<String, byte[]> FILES = new LinkedHashMap<>();

  static {
    FILES.put("evidence/photo with spaces.jpg", bytes(70_000, 1));
    FILES.put("evidence/100% sure.txt", "percent".getBytes(StandardCharsets.UTF_8));
    FILES.put("evidence/Охматдит фото.jpg", bytes(5_000, 2));
    FILES.put("evidence/two\nlines.txt", "newline".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesAValidBagWithPercentEncodedManifests() throws Exception {
    Path zip = write(FILES);
    Path bag = unzip(zip);
    assertThat(Files.readString(bag.resolve("bagit.txt")))
        .isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    long octets = FILES.values().stream().mapToLong(b -> b.length).sum() + 2;
    assertThat(Files.readString(bag.resolve("bag-info.txt")))
        .contains("External-Identifier: EVD-2026-0001\n")
        .contains("Payload-Oxum: " + octets + "." + (FILES.size() + 1) + "\n");
    String manifest = Files.readString(bag.resolve("manifest-sha256.txt"));
    assertThat(manifest)
        .contains(sha256(FILES.get("evidence/100% sure.txt")) + "  data/evidence/100%25 sure.txt\n")
        .contains("  data/evidence/two%0Alines.txt\n")
        .contains("  data/evidence/Охматдит фото.jpg\n")
        .contains("  data/evidence/photo with spaces.jpg\n");
    assertThat(Files.readString(bag.resolve("tagmanifest-sha256.txt")))
        .contains("  bagit.txt\n", "  bag-info.txt\n", "  manifest-sha256.txt\n")
        .doesNotContain("tagmanifest");
  }

  /**
   * The Library of Congress library (5.2) decodes %0A and %0D in manifests but not %25, which RFC
   * 8493 added later; the exporter never puts a % in a name, so the names here are those it may
   * write: spaces, Cyrillic and (not from the exporter, which replaces them) a newline.
   */
  @Test
  void theIndependentVerifierAcceptsTheBag() throws Exception {
    Path bag = unzip(write(withoutPercent()));
    try (BagVerifier verifier = new BagVerifier()) {
      Bag read = new BagReader().read(bag);
      verifier.isValid(read, false);
    }
  }

  @Test
  void theIndependentVerifierRejectsAChangedByte() throws Exception {
    Path bag = unzip(write(withoutPercent()));
    Path photo = bag.resolve("data/evidence/photo with spaces.jpg");
    byte[] bytes = Files.readAllBytes(photo);
    bytes[100] ^= 1;
    Files.write(photo, bytes);
    try (BagVerifier verifier = new BagVerifier()) {
      Bag read = new BagReader().read(bag);
      assertThatThrownBy(() -> verifier.isValid(read, false))
          .hasMessageContaining("photo with spaces.jpg");
    }
  }

  @Test
  void theZipsOwnHashIsComputedWhileItIsWritten() throws Exception {
    java.util.concurrent.ExecutorService other =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      Path zip = dir.resolve("hashed.zip");
      String hash;
      try (BagZipWriter bag = new BagZipWriter(zip, "bag", other)) {
        for (int i = 0; i < 5; i++) {
          bag.add(
              "evidence/big-" + i, new ByteArrayInputStream(bytes(3_000_000, i)), true, n -> {});
          bag.add(
              "notes-" + i + ".txt", "text ".repeat(1000).getBytes(StandardCharsets.UTF_8), false);
        }
        bag.finish(Map.of("Source-Organization", "Test"));
        hash = bag.sha256();
      }
      assertThat(hash).isEqualTo(sha256(Files.readAllBytes(zip)));
    } finally {
      other.shutdown();
    }
  }

  @Test
  void mediaAreStoredAndTextIsDeflated() throws Exception {
    try (ZipFile zip = new ZipFile(write(FILES).toFile())) {
      assertThat(zip.getEntry("bag/data/evidence/photo with spaces.jpg").getMethod())
          .isEqualTo(ZipEntry.STORED);
      assertThat(zip.getEntry("bag/data/notes.txt").getMethod()).isEqualTo(ZipEntry.DEFLATED);
      assertThat(zip.getEntry("bag/manifest-sha512.txt")).isNotNull();
    }
  }

  @Test
  void aVerifyingStreamThatFailsLeavesTheFailureToTheCaller() throws IOException {
    try (BagZipWriter bag = new BagZipWriter(dir.resolve("broken.zip"), "bag")) {
      InputStream failing =
          new InputStream() {
            @Override
            public int read() throws IOException {
              throw new IOException("the stored file differs from what was received");
            }
          };
      assertThatThrownBy(() -> bag.addVerified("evidence/x", failing, "a", "b", n -> {}))
          .hasMessageContaining("differs");
    }
  }

  @Test
  void percentEncodingTouchesOnlyCrLfAndPercent() {
    assertThat(BagZipWriter.encodePath("data/a b%c\r\nd é.jpg"))
        .isEqualTo("data/a b%25c%0D%0Ad é.jpg");
  }

  private static Map<String, byte[]> withoutPercent() {
    Map<String, byte[]> files = new LinkedHashMap<>(FILES);
    files.keySet().removeIf(name -> name.contains("%"));
    return files;
  }

  private Path write(Map<String, byte[]> files) throws IOException {
    Path zip = dir.resolve("bundle-" + System.nanoTime() + ".zip");
    try (BagZipWriter bag = new BagZipWriter(zip, "bag")) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        bag.add(file.getKey(), new ByteArrayInputStream(file.getValue()), true, n -> {});
      }
      bag.add("notes.txt", false, out -> out.write("ok".getBytes(StandardCharsets.UTF_8)));
      Map<String, String> info = new LinkedHashMap<>();
      info.put("Source-Organization", "Test");
      info.put("External-Identifier", "EVD-2026-0001");
      bag.finish(info);
    }
    return zip;
  }

  private Path unzip(Path zip) throws IOException {
    Path to = Files.createTempDirectory(dir, "unzipped");
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      for (ZipEntry e : java.util.Collections.list(file.entries())) {
        Path target = to.resolve(e.getName()).normalize();
        assertThat(target.startsWith(to)).as(e.getName()).isTrue();
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(e)) {
          Files.copy(in, target);
        }
      }
    }
    return to.resolve("bag");
  }

  private static byte[] bytes(int size, int seed) {
    byte[] b = new byte[size];
    new java.util.Random(seed).nextBytes(b);
    return b;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
