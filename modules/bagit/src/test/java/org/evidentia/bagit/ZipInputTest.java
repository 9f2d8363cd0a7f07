package org.evidentia.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidentia.bagit.Finding.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIP layouts seen in the wild, and ZIP entries that try to leave the bag. */
class ZipInputTest {

  @TempDir Path temp;

  /** Zips the test bag under {@code prefix}, plus extra entries (name to content). */
  private Path zip(String prefix, Map<String, String> extra) throws IOException {
    Path bag = TestBags.writeBag(temp.resolve("bag"));
    Path plain = TestBags.zip(bag, temp.resolve("plain.zip"), null);
    Path out = temp.resolve("bundle.zip");
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(plain.toFile());
        OutputStream os = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        zip.putNextEntry(new ZipEntry(prefix + e.getName()));
        in.getInputStream(e).transferTo(zip);
        zip.closeEntry();
      }
      for (Map.Entry<String, String> e : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out;
  }

  @Test
  void macOsResourceForksBesideTheBagFolderAreIgnoredWithAWarning() throws IOException {
    Verdict v =
        new BagVerifier()
            .verify(zip("CASE-1/", Map.of("__MACOSX/CASE-1/._bagit.txt", "resource fork")));

    assertThat(v.problems()).isEmpty();
    assertThat(v.warnings()).extracting(Finding::code).containsExactly(Code.SYSTEM_FILE);
  }

  @Test
  void anEntryClimbingOutOfTheBagIsAProblem() throws IOException {
    Verdict v = new BagVerifier().verify(zip("", Map.of("data/../../evil.sh", "rm -rf /")));

    assertThat(v.problems())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.BAD_ZIP_ENTRY);
              assertThat(f.message()).contains("'..'");
            });
  }

  @Test
  void aZipWithoutABagIsNotIntact() throws IOException {
    Path out = temp.resolve("photos.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      zip.putNextEntry(new ZipEntry("photos/a.jpg"));
      zip.write(1);
      zip.closeEntry();
    }

    Verdict v = new BagVerifier().verify(out);

    assertThat(v.problems()).extracting(Finding::code).containsExactly(Code.MISSING_BAGIT_TXT);
  }
}
