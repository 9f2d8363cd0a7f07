package org.evidentia.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidentia.bagit.Finding.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid bag with awkward names, then one change at a time: each must be caught and named. */
class TamperingTest {

  @TempDir Path temp;

  private final BagVerifier verifier = new BagVerifier();

  /** Verifies the directory and its ZIP; both must agree on the codes. */
  private Verdict verify(Path bagDir) throws IOException {
    Verdict asDirectory = verifier.verify(bagDir);
    Verdict asZip =
        verifier.verify(TestBags.zip(bagDir, temp.resolve("bundle.zip"), "CASE-2026-001"));
    assertThat(codes(asZip.problems())).isEqualTo(codes(asDirectory.problems()));
    assertThat(codes(asZip.warnings())).isEqualTo(codes(asDirectory.warnings()));
    assertThat(asZip.payloadBytes()).isEqualTo(asDirectory.payloadBytes());
    return asZip;
  }

  private static List<Code> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  private Path bag() throws IOException {
    return TestBags.writeBag(temp.resolve("bag"));
  }

  @Test
  void intactBagWithOddNamesPasses() throws IOException {
    Map<String, byte[]> payload = TestBags.payload();
    long bytes = payload.values().stream().mapToLong(b -> b.length).sum();

    Verdict v = verify(bag());

    assertThat(v.problems()).isEmpty();
    assertThat(v.warnings()).isEmpty();
    assertThat(v.valid()).isTrue();
    assertThat(v.payloadFiles()).isEqualTo(payload.size());
    assertThat(v.payloadBytes()).isEqualTo(bytes);
  }

  @Test
  void oneChangedByteIsADigestMismatchNamingTheFile() throws IOException {
    Path bag = bag();
    Path file = bag.resolve(TestBags.CYRILLIC);
    byte[] bytes = Files.readAllBytes(file);
    bytes[3] ^= 1;
    Files.write(file, bytes);

    Verdict v = verify(bag);

    assertThat(v.valid()).isFalse();
    assertThat(v.problems())
        .extracting(Finding::code)
        .containsOnly(Code.DIGEST_MISMATCH); // SHA-256 and SHA-512, same size so Oxum holds
    assertThat(v.problems()).hasSize(2).allMatch(f -> f.path().equals(TestBags.CYRILLIC));
    assertThat(v.problems().get(0).message())
        .startsWith(TestBags.CYRILLIC + ": SHA-256 is ")
        .contains(
            "but manifest-sha256.txt says "
                + TestBags.hex("SHA-256", TestBags.payload().get(TestBags.CYRILLIC)));
  }

  @Test
  void changeInTheFileWithALineBreakInItsNameIsCaught() throws IOException {
    Path bag = bag();
    Files.writeString(bag.resolve(TestBags.NEWLINE), "A NAME WITH A LINE BREAK\n");

    Verdict v = verify(bag);

    assertThat(v.problems()).extracting(Finding::path).containsOnly(TestBags.NEWLINE);
    // The message stays on one line.
    assertThat(v.problems().get(0).message())
        .startsWith("data/evidence/line\\nbreak.txt: SHA-256 is ")
        .doesNotContain("\n");
  }

  @Test
  void anAddedFileIsUnlisted() throws IOException {
    Path bag = bag();
    Files.writeString(bag.resolve("data/evidence/planted.txt"), "not in the manifests");

    Verdict v = verify(bag);

    assertThat(v.problems())
        .filteredOn(f -> f.code() == Code.UNLISTED_FILE)
        .singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("data/evidence/planted.txt"));
    assertThat(v.hasProblem(Code.OXUM_MISMATCH)).isTrue();
  }

  @Test
  void aRemovedFileIsMissing() throws IOException {
    Path bag = bag();
    Files.delete(bag.resolve(TestBags.PERCENT));

    Verdict v = verify(bag);

    assertThat(v.problems())
        .filteredOn(f -> f.code() == Code.MISSING_FILE)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo(TestBags.PERCENT);
              assertThat(f.message())
                  .isEqualTo(
                      TestBags.PERCENT
                          + ": listed in manifest-sha256.txt, manifest-sha512.txt but not in the"
                          + " bag");
            });
    assertThat(v.hasProblem(Code.OXUM_MISMATCH)).isTrue();
  }

  @Test
  void anEditedManifestIsCaughtByTheTagManifestAndThePayloadCheck() throws IOException {
    Path bag = bag();
    Path manifest = bag.resolve("manifest-sha256.txt");
    String text = Files.readString(manifest);
    String real = TestBags.hex("SHA-256", TestBags.payload().get(TestBags.EV1));
    String forged = "0".repeat(64);
    Files.writeString(manifest, text.replace(real, forged));

    Verdict v = verify(bag);

    assertThat(v.problems())
        .extracting(Finding::code, Finding::path)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Code.DIGEST_MISMATCH, "manifest-sha256.txt"),
            org.assertj.core.groups.Tuple.tuple(Code.DIGEST_MISMATCH, TestBags.EV1));
    assertThat(v.problems())
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        TestBags.EV1
                            + ": SHA-256 is "
                            + real
                            + " but manifest-sha256.txt says "
                            + forged));
  }

  @Test
  void aWrongPayloadOxumIsReported() throws IOException {
    Path bag = bag();
    Path info = bag.resolve("bag-info.txt");
    Files.writeString(
        info, Files.readString(info).replaceAll("Payload-Oxum: \\d+\\.", "Payload-Oxum: 1."));
    TestBags.rewriteTagManifest(bag);

    Verdict v = verify(bag);

    assertThat(v.problems()).extracting(Finding::code).containsExactly(Code.OXUM_MISMATCH);
    assertThat(v.problems().get(0).message())
        .startsWith("bag-info.txt: Payload-Oxum says 1 bytes in 6 files but the payload holds ");
  }

  @Test
  void aMalformedPayloadOxumIsAProblem() throws IOException {
    Path bag = bag();
    Path info = bag.resolve("bag-info.txt");
    Files.writeString(
        info, Files.readString(info).replaceAll("Payload-Oxum: .*", "Payload-Oxum: lots"));
    TestBags.rewriteTagManifest(bag);

    assertThat(verify(bag).problems()).extracting(Finding::code).containsExactly(Code.BAD_BAG_INFO);
  }

  @Test
  void aFetchTxtWithMissingFilesIsIncomplete() throws IOException {
    Path bag = bag();
    Files.delete(bag.resolve(TestBags.EV1));
    TestBags.write(bag, "fetch.txt", "https://example.org/EV-1.jpg 3000 " + TestBags.EV1 + "\n");

    Verdict v = verify(bag);

    assertThat(v.hasProblem(Code.FETCH_NOT_SUPPORTED)).isTrue();
    assertThat(v.hasProblem(Code.MISSING_FILE)).isFalse(); // said once, as the fetch problem
  }

  @Test
  void weakOnlyManifestsAndAMissingBagInfoAreWarnings() throws IOException {
    Path bag = temp.resolve("weak");
    Files.createDirectories(bag.resolve("data"));
    Files.writeString(bag.resolve("data/a.txt"), "a");
    TestBags.write(bag, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    TestBags.writeManifest(bag, "manifest-md5.txt", "MD5", List.of("data/a.txt"));

    Verdict v = verify(bag);

    assertThat(v.valid()).isTrue();
    assertThat(v.warnings())
        .extracting(Finding::code)
        .contains(Code.WEAK_ALGORITHM, Code.NO_BAG_INFO, Code.NO_TAG_MANIFEST);
  }

  @Test
  void anUnknownAlgorithmAndANonPayloadPathAreProblems() throws IOException {
    Path bag = bag();
    TestBags.write(bag, "manifest-whirlpool.txt", "00  data/evidence/EV-1.jpg\n");
    Path manifest = bag.resolve("manifest-sha512.txt");
    Files.writeString(
        manifest,
        Files.readString(manifest)
            + TestBags.hex("SHA-512", Files.readAllBytes(bag.resolve("bagit.txt")))
            + "  bagit.txt\n");
    TestBags.rewriteTagManifest(bag);

    Verdict v = verify(bag);

    assertThat(v.problems())
        .extracting(Finding::code)
        .containsExactlyInAnyOrder(Code.UNSUPPORTED_ALGORITHM, Code.NOT_A_PAYLOAD_PATH);
  }

  @Test
  void overEncodedManifestPathsAreFoundWithAWarningButNeverOutsideTheBag() throws IOException {
    Path bag = temp.resolve("encoded");
    Files.createDirectories(bag.resolve("data"));
    Files.writeString(bag.resolve("data/a b.txt"), "a");
    Files.writeString(bag.resolve("data/ü.txt"), "u");
    TestBags.write(bag, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    TestBags.write(
        bag,
        "manifest-sha256.txt",
        TestBags.hex("SHA-256", TestBags.utf8("a"))
            + "  data/a%20b.txt\n"
            + TestBags.hex("SHA-256", TestBags.utf8("u"))
            + "  data/%C3%BC.txt\n"
            + TestBags.hex("SHA-256", TestBags.utf8("u"))
            + "  data/%2E%2E/%2E%2E/etc/passwd\n");

    Verdict v = verify(bag);

    assertThat(v.warnings())
        .filteredOn(f -> f.code() == Code.NONCANONICAL_PATH)
        .extracting(Finding::path)
        .containsExactlyInAnyOrder("data/a%20b.txt", "data/%C3%BC.txt");
    // Decoded fully it would climb out of the bag, so it is only ever a missing file.
    assertThat(v.problems())
        .extracting(Finding::code, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Code.MISSING_FILE, "data/%2E%2E/%2E%2E/etc/passwd"));
  }

  @Test
  void bagItTxtMustBeExact() throws IOException {
    Path bag = bag();
    TestBags.write(bag, "bagit.txt", "BagIt-Version: 1.0\n");
    TestBags.rewriteTagManifest(bag);

    assertThat(verify(bag).problems())
        .extracting(Finding::message)
        .containsExactly("bagit.txt: has no Tag-File-Character-Encoding line");
  }

  // ---- audit extract -------------------------------------------------------------------------

  /** Writes a bag whose manifests are right for the given audit extract. */
  private Path bagWithAudit(String auditJson) throws IOException {
    Map<String, byte[]> payload = TestBags.payload();
    payload.put(TestBags.AUDIT, auditJson.getBytes(StandardCharsets.UTF_8));
    return TestBags.writeBag(temp.resolve("bag"), payload);
  }

  @Test
  void anAlteredAuditEntryBreaksTheChain() throws IOException {
    List<TestBags.AuditEntry> entries = TestBags.auditEntries();
    entries.get(1).details = "EV-1.jpg \"photo\" (edited)";

    Verdict v = verify(bagWithAudit(TestBags.auditJson(entries)));

    assertThat(v.problems())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.AUDIT_CHAIN_BROKEN);
              assertThat(f.path()).isEqualTo(TestBags.AUDIT);
              assertThat(f.message())
                  .startsWith(TestBags.AUDIT + ": entry 4 (EVIDENCE_ADDED): hash is ")
                  .endsWith("the entry was altered");
            });
  }

  @Test
  void aBrokenLinkBetweenConsecutiveEntriesBreaksTheChain() throws IOException {
    List<TestBags.AuditEntry> entries = TestBags.auditEntries();
    // Entry 5 re-sealed over a different predecessor: its own hash recomputes, the link does not.
    entries.get(2).previousHash = "ab".repeat(32);
    entries.get(2).seal();

    Verdict v = verify(bagWithAudit(TestBags.auditJson(entries)));

    assertThat(v.problems())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.AUDIT_CHAIN_BROKEN);
              assertThat(f.message())
                  .contains("entry 5: previousHash is " + "ab".repeat(32))
                  .contains("entry 4 has hash " + entries.get(1).hash);
            });
  }

  @Test
  void gapsBetweenNonConsecutiveEntriesAreNotLinksAndPass() throws IOException {
    // 5 -> 9 and the first entry carry previousHash values the extract cannot check.
    assertThat(verify(bagWithAudit(TestBags.auditJson(TestBags.auditEntries()))).valid()).isTrue();
  }

  @Test
  void sequencesMustIncrease() throws IOException {
    List<TestBags.AuditEntry> entries = TestBags.auditEntries();
    entries.get(4).sequence = 9;
    entries.get(4).seal();

    Verdict v = verify(bagWithAudit(TestBags.auditJson(entries)));

    assertThat(v.problems())
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).contains("sequence numbers must strictly increase"));
  }

  @Test
  void malformedAuditJsonIsAProblem() throws IOException {
    Verdict v = verify(bagWithAudit("{\"format\":\"evidentia-audit-extract/1\",\"entries\":[{]}"));

    assertThat(v.problems())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.AUDIT_EXTRACT_MALFORMED);
              assertThat(f.message())
                  .startsWith(TestBags.AUDIT + ": is not valid JSON: line 1, column ");
            });
  }

  @Test
  void anAuditEntryWithoutAHashIsMalformed() throws IOException {
    String json =
        TestBags.auditJson(TestBags.auditEntries()).replaceFirst(",\"hash\":\"[0-9a-f]{64}\"", "");

    assertThat(verify(bagWithAudit(json)).problems())
        .extracting(Finding::code)
        .containsExactly(Code.AUDIT_EXTRACT_MALFORMED);
  }
}
