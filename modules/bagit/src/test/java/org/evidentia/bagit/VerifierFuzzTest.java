package org.evidentia.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the offline verifier: random bytes named .zip, valid bundles with bytes flipped,
 * truncated or inserted, and bags whose tag files hold generated text. Whatever the input, the
 * verifier gives a verdict (exit 0 or 1) or says the input is unreadable (exit 2) with a one-line
 * message: never an uncaught exception, never a stack trace.
 */
class VerifierFuzzTest {

  private static Path work;
  private static byte[] validZip;

  @BeforeAll
  static void bundle() throws IOException {
    work = Files.createTempDirectory("verifier-fuzz");
    Path bag = TestBags.writeBag(work.resolve("bag"));
    validZip = Files.readAllBytes(TestBags.zip(bag, work.resolve("valid.zip"), "bundle"));
  }

  @AfterAll
  static void cleanUp() throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Test
  void randomBytesAsZipAreUnreadableOrNotIntact() {
    Generated.tries(
        "random bytes as zip", 150, g -> assertHandled(write("random.zip", g.bytes(4096))));
  }

  @Test
  void mutatedBundlesGetAVerdictOrExitTwo() {
    Generated.tries("mutated bundles", 250, g -> assertHandled(write("mutated.zip", mutation(g))));
  }

  @Test
  void generatedTagFilesGetAVerdict() {
    Generated.tries(
        "generated tag files",
        150,
        g -> {
          Path bag = Files.createTempDirectory(work, "bag");
          TestBags.writeBag(bag);
          Files.writeString(bag.resolve(tagFile(g)), tagText(g), StandardCharsets.UTF_8);
          int exit = assertHandled(bag);
          // A readable directory always gets a verdict; an altered bag is never intact unless the
          // generated text happens to equal what was there.
          assertThat(exit).isIn(0, 1);
        });
  }

  @Test
  void theJsonParserAnswersAValueOrAJsonException() {
    Generated.tries(
        "json-ish text",
        300,
        g -> {
          try {
            Json.parse(jsonish(g));
          } catch (Json.JsonException expected) {
            assertThat(expected.getMessage()).isNotBlank();
          }
        });
  }

  @Test
  void deeplyNestedJsonIsRefusedNotAStackOverflow() {
    Generated.tries(
        "nesting depths",
        20,
        g -> {
          int depth = g.between(1, 20_000);
          String text = "[".repeat(depth) + "]".repeat(depth);
          try {
            Json.parse(text);
            assertThat(depth).isLessThanOrEqualTo(Json.MAX_DEPTH);
          } catch (Json.JsonException expected) {
            assertThat(depth).isGreaterThan(Json.MAX_DEPTH);
          }
        });
  }

  /** Found by the properties above: both used to escape as NumberFormatException. */
  @Test
  void overflowingNumbersAreFindingsNotCrashes() throws IOException {
    Path bag = Files.createTempDirectory(work, "bag");
    TestBags.writeBag(bag);
    Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 99999999999999999999.1\n");
    assertThat(new BagVerifier().verify(bag).problems())
        .extracting(Finding::code)
        .contains(Finding.Code.BAD_BAGIT_TXT);
    assertThatThrownBy(() -> Json.parse("[1e99999999999]"))
        .isInstanceOf(Json.JsonException.class)
        .hasMessageContaining("out of range");
  }

  /** The valid bundle with a few bytes flipped, cut short, or with bytes inserted. */
  private static byte[] mutation(Generated g) {
    return g.oneOf(
        () -> {
          List<Integer> positions = g.list(1, 8, () -> g.between(0, validZip.length - 1));
          byte value = g.aByte();
          byte[] copy = validZip.clone();
          for (int p : positions) {
            copy[p] ^= (byte) (value == 0 ? 1 : value);
          }
          return copy;
        },
        () -> Arrays.copyOf(validZip, Math.max(1, g.between(0, validZip.length - 1))),
        () -> {
          int p = g.between(0, validZip.length - 1);
          byte[] extra = g.bytes(64);
          byte[] copy = new byte[validZip.length + extra.length];
          System.arraycopy(validZip, 0, copy, 0, p);
          System.arraycopy(extra, 0, copy, p, extra.length);
          System.arraycopy(validZip, p, copy, p + extra.length, validZip.length - p);
          return copy;
        });
  }

  private static String tagFile(Generated g) {
    return g.pick(
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        TestBags.AUDIT);
  }

  private static final List<String> TAG_LINES =
      List.of(
          "BagIt-Version: 99999999999999999999.1",
          "BagIt-Version: 1.0",
          "Tag-File-Character-Encoding: EBCDIC",
          "Payload-Oxum: 999999999999999999999.1",
          "Payload-Oxum: -1.-1",
          "Bagging-Date: 2026-13-45",
          "0000  data/../../etc/passwd",
          "ffff  /absolute",
          "abc  data/%ZZ%0",
          "   ",
          "\t",
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  data/%2e%2e/x",
          "{\"entries\":[{\"seq\":1e999}]}",
          "{\"entries\":[",
          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
          "\"\\ud800\"");

  /** Noise, or lines that are hostile to one tag file or another. */
  private static String tagText(Generated g) {
    return g.oneOf(
        () -> g.string(300), () -> String.join("\n", g.list(0, 6, () -> g.pick(TAG_LINES))));
  }

  private static final List<String> JSON_TOKENS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ":",
          ",",
          "\"a\"",
          "\"\\u12\"",
          "\"\\ud83d\"",
          "\"\\x\"",
          "1",
          "-",
          "1e",
          "1e99999",
          "-0.0e-0",
          "true",
          "nul",
          "null",
          "\u0000",
          "\"",
          "\\",
          " ",
          "\n",
          "9".repeat(400),
          "\"unterminated");

  /** Tokens of JSON in any order, or any text. */
  private static String jsonish(Generated g) {
    return g.oneOf(
        () -> String.join("", g.list(0, 40, () -> g.pick(JSON_TOKENS))), () -> g.string(200));
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    Path file = Files.createTempFile(work, "fuzz", name);
    Files.write(file, bytes);
    return file;
  }

  /** Runs the command line on the input; answers the exit code after checking the output. */
  private static int assertHandled(Path input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = VerifyBundle.run(new String[] {input.toString()}, o, e);
    }
    String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(text).isIn(0, 1, 2);
    assertThat(text).doesNotContain("\tat ", "Exception in thread");
    if (exit == 2) {
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("verify-bundle: ");
    } else {
      assertThat(out.toString(StandardCharsets.UTF_8)).containsAnyOf("INTACT", "NOT INTACT");
    }
    // The verifier itself lets only IOException escape: a RuntimeException is a parser bug that
    // the command line merely hides.
    try {
      new BagVerifier().verify(input);
    } catch (IOException acceptable) {
      // unreadable input
    } catch (UncheckedIOException acceptable) {
      // unreadable input, wrapped by a stream
    }
    return exit;
  }
}
