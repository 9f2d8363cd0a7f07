package org.evidentia.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payload file larger than 2 GiB (beyond int sizes), as a directory and as a ZIP, verified with
 * the test JVM's ordinary heap: sizes and digests must come out right without loading the file.
 */
class LargeFileTest {

  private static final long SIZE = (1L << 31) + 12_345;

  /** {@code head -c 2147496993 /dev/zero | sha256sum}, computed outside Java. */
  private static final String SHA256 =
      "818e2054922b534ddf65fdd2032023dd2bbc744543f4af2ed516e706a91481ab";

  @TempDir Path temp;

  @Test
  void aFileOverTwoGibibytesIsStreamed() throws Exception {
    Path bag = temp.resolve("bag");
    Files.createDirectories(bag.resolve("data"));
    Path big = bag.resolve("data/video.bin");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(SIZE); // sparse: zeros that take no disk space
    }
    TestBags.write(bag, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    TestBags.write(bag, "bag-info.txt", "Payload-Oxum: " + SIZE + ".1\n");
    TestBags.write(bag, "manifest-sha256.txt", SHA256 + "  data/video.bin\n");
    TestBags.writeManifest(
        bag, "tagmanifest-sha256.txt", "SHA-256", java.util.List.of("bagit.txt", "bag-info.txt"));

    Verdict asDirectory = new BagVerifier().verify(bag);
    assertThat(asDirectory.problems()).isEmpty();
    assertThat(asDirectory.payloadBytes()).isEqualTo(SIZE);

    Verdict asZip = new BagVerifier().verify(zip(bag, temp.resolve("bag.zip")));
    assertThat(asZip.problems()).isEmpty();
    assertThat(asZip.payloadBytes()).isEqualTo(SIZE);
  }

  /** Zips without compression (STORED), so the test spends its time verifying, not deflating. */
  private static Path zip(Path bag, Path zipFile) throws IOException {
    try (OutputStream out = Files.newOutputStream(zipFile);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name :
          new String[] {
            "bagit.txt",
            "bag-info.txt",
            "manifest-sha256.txt",
            "tagmanifest-sha256.txt",
            "data/video.bin"
          }) {
        Path file = bag.resolve(name);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(Files.size(file));
        entry.setCrc(crc(file));
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
    return zipFile;
  }

  private static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        crc.update(buffer, 0, n);
      }
    }
    return crc.getValue();
  }
}
