package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.evidentia.kernel.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store with an evidence key: sealed on disk, plaintext hashes, rotation. */
class SealedContentStoreTest {

  @TempDir Path root;

  private static final byte[] KEY_A = key(11);
  private static final byte[] KEY_B = key(12);
  private static final byte[] SECRET =
      "Witness statement: the convoy passed the bridge at 05:40. "
          .repeat(3000)
          .getBytes(StandardCharsets.UTF_8);

  private static byte[] key(int seed) {
    byte[] k = new byte[32];
    new Random(seed).nextBytes(k);
    return k;
  }

  private ContentStore store(byte[] current, byte[]... older) {
    return new ContentStore(root, new EvidenceKeys(current, List.of(older)));
  }

  private static String put(ContentStore store, byte[] data) throws IOException {
    try (ContentStore.Staged staged = store.stage(new ByteArrayInputStream(data), 10_000_000)) {
      store.keep(staged);
      return staged.sha256();
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static final byte[] PHRASE = "convoy passed the bridge".getBytes(StandardCharsets.UTF_8);

  /** Every file under the store, none holding the plaintext. */
  private void assertNoPlaintextOnDisk() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(contains(Files.readAllBytes(file), PHRASE)).as(file.toString()).isFalse();
      }
    }
  }

  @Test
  void hashesAreOfThePlaintextAndTheDiskHoldsOnlyCiphertext() throws Exception {
    ContentStore store = store(KEY_A);
    String sha256 = put(store, SECRET);
    String expected =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(SECRET));
    assertThat(sha256).isEqualTo(expected);
    assertNoPlaintextOnDisk();
    assertThat(ContentStore.sealedUnder(store.original(sha256))).isEqualTo(SealedFile.keyId(KEY_A));
    try (InputStream in = store.open(sha256)) {
      assertThat(in.readAllBytes()).isEqualTo(SECRET);
    }
    String sha512 = sha512(SECRET);
    assertThat(store.verify(sha256, sha512, SECRET.length).intact()).isTrue();
    try (InputStream in = store.openVerified(sha256, sha512, SECRET.length, f -> {})) {
      assertThat(in.readAllBytes()).isEqualTo(SECRET);
    }
    // the same bytes again: the sealed copy is verified through its plaintext and kept
    try (ContentStore.Staged again = store.stage(new ByteArrayInputStream(SECRET), 10_000_000)) {
      assertThat(store.keep(again)).isEqualTo(ContentStore.Kept.ALREADY_STORED);
    }
  }

  private static String sha512(byte[] data) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-512").digest(data));
  }

  private static void flipByte(Path file, long at) throws IOException {
    Files.setPosixFilePermissions(
        file, java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    byte[] bytes = Files.readAllBytes(file);
    bytes[(int) at] ^= 0x20;
    Files.write(file, bytes);
  }

  @Test
  void alteredCiphertextFailsTheCheckAndTheVerifiedStream() throws Exception {
    ContentStore store = store(KEY_A);
    String sha256 = put(store, SECRET);
    flipByte(store.original(sha256), Files.size(store.original(sha256)) / 2);

    ContentStore.Fixity fixity = store.verify(sha256, sha512(SECRET), SECRET.length);
    assertThat(fixity.intact()).isFalse();
    assertThat(fixity.details()).contains("fails authenticated decryption");

    List<ContentStore.Fixity> alarms = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (InputStream in = store.openVerified(sha256, null, SECRET.length, alarms::add)) {
                in.readAllBytes();
              }
            })
        .isInstanceOf(ContentStore.IntegrityMismatch.class);
    assertThat(alarms).hasSize(1);
    assertThat(alarms.get(0).intact()).isFalse();
  }

  @Test
  void theScheduledCheckRecordsAnAlteredSealedFileAsFailed() throws Exception {
    ContentStore store = store(KEY_A);
    String intact = put(store, "intact".getBytes(StandardCharsets.UTF_8));
    String altered = put(store, SECRET);
    flipByte(store.original(altered), SealedFile.HEADER + 3);
    List<StoredContent> contents =
        List.of(
            new StoredContent(
                intact, sha512("intact".getBytes(StandardCharsets.UTF_8)), 6, "i1", Instant.EPOCH),
            new StoredContent(altered, sha512(SECRET), SECRET.length, "i2", Instant.EPOCH));
    List<String> results = new ArrayList<>();
    FixitySchedule schedule = new FixitySchedule();
    schedule.clock = Clock.systemUTC();
    schedule.settings =
        new EvidenceSettings() {
          @Override
          ContentStore store() {
            return store;
          }
        };
    schedule.recorder =
        new EvidenceRecorder() {
          @Override
          List<StoredContent> contentsAfter(String after, int batch) {
            return contents.stream()
                .filter(c -> c.sha256().compareTo(after) > 0)
                .sorted(java.util.Comparator.comparing(StoredContent::sha256))
                .limit(1)
                .toList();
          }

          @Override
          List<String> integrityChecked(
              String sha256, ContentStore.Fixity fixity, String how, Instant at) {
            results.add((sha256.equals(altered) ? "altered " : "intact ") + fixity.intact());
            return List.of();
          }

          @Override
          void fixityRunFinished(long checked, long failed, long errors) {}
        };
    schedule.runNow();
    assertThat(results).containsExactlyInAnyOrder("intact true", "altered false");
  }

  @Test
  void plainFilesFromBeforeTheKeyStayReadable() throws Exception {
    String sha256 = put(new ContentStore(root), SECRET);
    ContentStore sealing = store(KEY_A);
    assertThat(ContentStore.sealedUnder(sealing.original(sha256))).isNull();
    assertThat(sealing.verify(sha256, sha512(SECRET), SECRET.length).intact()).isTrue();
    try (InputStream in = sealing.open(sha256)) {
      assertThat(in.readAllBytes()).isEqualTo(SECRET);
    }
  }

  @Test
  void aFileUnderAnUnconfiguredKeyIsNotCalledAltered() throws Exception {
    String sha256 = put(store(KEY_A), SECRET);
    ContentStore withoutA = store(KEY_B);
    assertThatThrownBy(() -> withoutA.verify(sha256, sha512(SECRET), SECRET.length))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(SealedFile.keyId(KEY_A))
        .hasMessageContaining("not configured");
  }

  @Test
  void aSealedOriginalIsAnalysedThroughATemporaryCopyThatIsRemoved() throws Exception {
    ContentStore store = store(KEY_A);
    String sha256 = put(store, SECRET);
    Path copy;
    try (ContentStore.Readable readable = store.readable(sha256)) {
      copy = readable.path();
      assertThat(Files.readAllBytes(copy)).isEqualTo(SECRET);
      assertThat(Files.getPosixFilePermissions(copy))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    assertThat(copy).doesNotExist();
    // a thumbnail is sealed into place too
    Path staging = store.thumbnailStaging();
    Files.write(staging, SECRET);
    Path thumbnail = store.thumbnail(sha256);
    store.keepThumbnail(staging, thumbnail);
    assertThat(staging).doesNotExist();
    assertThat(store.readThumbnail(thumbnail)).isEqualTo(SECRET);
    assertNoPlaintextOnDisk();
  }

  @Test
  void rotationSealsPlainFilesThenMovesEverythingToTheNewKey() throws Exception {
    byte[] other = "another piece of evidence".getBytes(StandardCharsets.UTF_8);
    String first = put(new ContentStore(root), SECRET);
    String second = put(new ContentStore(root), other);

    ContentStore.Resealed sealed = store(KEY_A).resealAll();
    assertThat(sealed.resealed()).isEqualTo(2);
    assertThat(sealed.refused()).isEmpty();
    assertNoPlaintextOnDisk();

    ContentStore rotated = store(KEY_B, KEY_A);
    ContentStore.Resealed again = rotated.resealAll();
    assertThat(again.resealed()).isEqualTo(2);

    ContentStore onlyB = store(KEY_B);
    assertThat(onlyB.verify(first, sha512(SECRET), SECRET.length).intact()).isTrue();
    assertThat(onlyB.verify(second, sha512(other), other.length).intact()).isTrue();
    assertThat(Files.getPosixFilePermissions(onlyB.original(first)))
        .doesNotContain(PosixFilePermission.OWNER_WRITE);
    assertThat(onlyB.resealAll().alreadySealed()).isEqualTo(2);
  }

  @Test
  void anInterruptedRotationIsResumed() throws Exception {
    byte[] other = "another piece of evidence".getBytes(StandardCharsets.UTF_8);
    String first = put(store(KEY_A), SECRET);
    String second = put(store(KEY_A), other);
    ContentStore rotating = store(KEY_B, KEY_A);
    // As if the rotation stopped after the first file, mid-way through writing the second.
    Path done = rotating.original(first);
    Path temp = done.resolveSibling(".x.reseal");
    Files.write(temp, new byte[] {1, 2, 3});
    Path half = rotating.original(second);
    Files.write(half.resolveSibling("." + half.getFileName() + ".reseal"), new byte[] {4, 5});

    ContentStore.Resealed resumed = rotating.resealAll();
    assertThat(resumed.resealed()).isEqualTo(2);
    assertThat(resumed.refused()).isEmpty();
    assertThat(ContentStore.sealedUnder(half)).isEqualTo(SealedFile.keyId(KEY_B));
    assertThat(temp).doesNotExist();
    ContentStore.Resealed nothingLeft = rotating.resealAll();
    assertThat(nothingLeft.resealed()).isZero();
    assertThat(nothingLeft.alreadySealed()).isEqualTo(2);
    assertThat(store(KEY_B).verify(second, sha512(other), other.length).intact()).isTrue();
  }

  @Test
  void rotationLeavesAnAlteredFileAsItIsAndSaysSo() throws Exception {
    String sha256 = put(new ContentStore(root), SECRET);
    Path file = new ContentStore(root).original(sha256);
    flipByte(file, 10);
    byte[] before = Files.readAllBytes(file);

    ContentStore.Resealed result = store(KEY_A).resealAll();
    assertThat(result.resealed()).isZero();
    assertThat(result.refused()).singleElement().asString().contains("no longer match");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void rotationNeedsAKey() {
    assertThatThrownBy(() -> new ContentStore(root).resealAll())
        .isInstanceOf(IllegalStateException.class);
  }
}
