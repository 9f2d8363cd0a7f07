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
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing of the offline verifier: random bytes named .zip, valid bundles with bytes flipped,
 * truncated or inserted, and bags whose tag files hold generated text. Whatever the input, the
 * verifier gives a verdict (exit 0 or 1) or says the input is unreadable (exit 2) with a one-line
 * message: never an uncaught exception, never a stack trace.
 */
class VerifierFuzzTest {

  private static Path work;
  private static byte[] validZip;

  @BeforeContainer
  static void bundle() throws IOException {
    work = Files.createTempDirectory("verifier-fuzz");
    Path bag = TestBags.writeBag(work.resolve("bag"));
    validZip = Files.readAllBytes(TestBags.zip(bag, work.resolve("valid.zip"), "bundle"));
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 150)
  void randomBytesAsZipAreUnreadableOrNotIntact(@ForAll @Size(max = 4096) byte[] bytes)
      throws IOException {
    assertHandled(write("random.zip", bytes));
  }

  @Property(tries = 250)
  void mutatedBundlesGetAVerdictOrExitTwo(@ForAll("mutations") byte[] bytes) throws IOException {
    assertHandled(write("mutated.zip", bytes));
  }

  @Property(tries = 150)
  void generatedTagFilesGetAVerdict(@ForAll("tagFiles") String file, @ForAll("tagText") String text)
      throws IOException {
    Path bag = Files.createTempDirectory(work, "bag");
    TestBags.writeBag(bag);
    Files.writeString(bag.resolve(file), text, StandardCharsets.UTF_8);
    int exit = assertHandled(bag);
    // A readable directory always gets a verdict; an altered bag is never intact unless the
    // generated text happens to equal what was there.
    assertThat(exit).isIn(0, 1);
  }

  @Property(tries = 300)
  void theJsonParserAnswersAValueOrAJsonException(@ForAll("jsonish") String text) {
    try {
      Json.parse(text);
    } catch (Json.JsonException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 20)
  void deeplyNestedJsonIsRefusedNotAStackOverflow(@ForAll("depths") int depth) {
    String text = "[".repeat(depth) + "]".repeat(depth);
    try {
      Json.parse(text);
      assertThat(depth).isLessThanOrEqualTo(Json.MAX_DEPTH);
    } catch (Json.JsonException expected) {
      assertThat(depth).isGreaterThan(Json.MAX_DEPTH);
    }
  }

  /** Found by the properties above: both used to escape as NumberFormatException. */
  @Example
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

  @Provide
  Arbitrary<byte[]> mutations() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, validZip.length - 1);
    Arbitrary<byte[]> flipped =
        Combinators.combine(position.list().ofMinSize(1).ofMaxSize(8), Arbitraries.bytes())
            .as(
                (positions, value) -> {
                  byte[] copy = validZip.clone();
                  for (int p : positions) {
                    copy[p] ^= (byte) (value == 0 ? 1 : value);
                  }
                  return copy;
                });
    Arbitrary<byte[]> truncated =
        position.map(p -> java.util.Arrays.copyOf(validZip, Math.max(1, p)));
    Arbitrary<byte[]> inserted =
        Combinators.combine(position, Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
            .as(
                (p, extra) -> {
                  byte[] copy = new byte[validZip.length + extra.length];
                  System.arraycopy(validZip, 0, copy, 0, p);
                  System.arraycopy(extra, 0, copy, p, extra.length);
                  System.arraycopy(validZip, p, copy, p + extra.length, validZip.length - p);
                  return copy;
                });
    return Arbitraries.oneOf(flipped, truncated, inserted);
  }

  @Provide
  Arbitrary<String> tagFiles() {
    return Arbitraries.of(
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        TestBags.AUDIT);
  }

  @Provide
  Arbitrary<String> tagText() {
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(300);
    Arbitrary<String> lines =
        Arbitraries.of(
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
                "\"\\ud800\"")
            .list()
            .ofMaxSize(6)
            .map(l -> String.join("\n", l));
    return Arbitraries.oneOf(noise, lines);
  }

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> tokens =
        Arbitraries.of(
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
                "\"unterminated")
            .list()
            .ofMaxSize(40)
            .map(l -> String.join("", l));
    return Arbitraries.oneOf(tokens, Arbitraries.strings().ofMaxLength(200));
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.integers().between(1, 20_000);
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
