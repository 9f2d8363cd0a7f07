package org.evidentia.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyBundleTest {

  @TempDir Path temp;

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  private int run(String... args) {
    return VerifyBundle.run(
        args,
        new PrintStream(outBytes, true, StandardCharsets.UTF_8),
        new PrintStream(errBytes, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private Path zippedBag() throws IOException {
    Path dir = TestBags.writeBag(temp.resolve("bag"));
    return TestBags.zip(dir, temp.resolve("CASE-2026-001.zip"), "CASE-2026-001");
  }

  @Test
  void intactBundleExitsZero() throws IOException {
    long bytes = TestBags.payload().values().stream().mapToLong(b -> b.length).sum();

    assertThat(run(zippedBag().toString())).isEqualTo(0);

    assertThat(out())
        .isEqualTo(
            "INTACT: 6 payload files, "
                + bytes
                + " bytes, every manifest entry matches"
                + System.lineSeparator());
    assertThat(err()).isEmpty();
  }

  @Test
  void tamperedBundleExitsOneAndNamesTheFile() throws IOException {
    Path dir = TestBags.writeBag(temp.resolve("bag"));
    Files.writeString(dir.resolve(TestBags.SPACES), "I saw nothing.\n");
    Path zip = TestBags.zip(dir, temp.resolve("b.zip"), null);

    assertThat(run(zip.toString())).isEqualTo(1);

    String[] lines = out().split("\\R");
    assertThat(lines[lines.length - 1]).isEqualTo("NOT INTACT: 3 problem(s)");
    assertThat(Arrays.asList(lines))
        .anyMatch(
            l -> l.startsWith("PROBLEM DIGEST_MISMATCH: " + TestBags.SPACES + ": SHA-256 is "))
        .anyMatch(l -> l.startsWith("PROBLEM OXUM_MISMATCH: bag-info.txt: Payload-Oxum says"));
  }

  @Test
  void warningsArePrintedAndTheBundleStaysIntact() throws IOException {
    Path dir = TestBags.writeBag(temp.resolve("bag"));
    Files.writeString(dir.resolve("README"), "notes");

    assertThat(run(dir.toString())).isEqualTo(0);

    assertThat(out())
        .startsWith("WARNING UNCHECKED_TAG_FILE: README: a tag file that no tag manifest lists")
        .contains("INTACT: 6 payload files");
  }

  @Test
  void aRandomFileIsUnusableWithoutAStackTrace() throws IOException {
    Path random = temp.resolve("photo.jpg");
    byte[] noise = new byte[4096];
    new java.util.Random(42).nextBytes(noise);
    Files.write(random, noise);

    assertThat(run(random.toString())).isEqualTo(2);

    assertThat(err())
        .startsWith(
            "verify-bundle: "
                + random
                + ": cannot be read as a bag: not a directory or a readable ZIP file")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(out()).isEmpty();
  }

  @Test
  void aTruncatedZipIsUnusable() throws IOException {
    Path zip = zippedBag();
    byte[] bytes = Files.readAllBytes(zip);
    Path truncated = temp.resolve("truncated.zip");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

    assertThat(run(truncated.toString())).isEqualTo(2);
    assertThat(err()).contains("cannot be read as a bag").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsUnusable() {
    Path missing = temp.resolve("nope.zip");

    assertThat(run(missing.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "verify-bundle: " + missing + ": no such file or directory" + System.lineSeparator());
  }

  @Test
  void aDirectoryWithoutBagitTxtIsNotIntact() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("photos"));
    Files.writeString(dir.resolve("a.txt"), "a");

    assertThat(run(dir.toString())).isEqualTo(1);
    assertThat(out())
        .startsWith("PROBLEM MISSING_BAGIT_TXT: bagit.txt is missing")
        .endsWith("NOT INTACT: 1 problem(s)" + System.lineSeparator());
  }

  @Test
  void wrongArgumentsPrintUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).startsWith("usage: verify-bundle FILE.zip|DIRECTORY");
    assertThat(run("a", "b")).isEqualTo(2);
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).startsWith("usage: verify-bundle");
  }
}
