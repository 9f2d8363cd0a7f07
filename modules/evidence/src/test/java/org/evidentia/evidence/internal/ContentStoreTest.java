package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.TooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

  @TempDir Path root;

  private ContentStore store() {
    return new ContentStore(root);
  }

  private static InputStream bytes(byte[] data) {
    return new ByteArrayInputStream(data);
  }

  private long filesUnder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void hashesAreThoseOfSha256sumAndSha512sum() throws IOException {
    // Known answers (FIPS 180 "abc"), the values sha256sum and sha512sum print.
    try (ContentStore.Staged staged =
        store().stage(bytes("abc".getBytes(StandardCharsets.US_ASCII)), 100)) {
      assertThat(staged.sha256())
          .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
      assertThat(staged.sha512())
          .isEqualTo(
              "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                  + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
      assertThat(staged.size()).isEqualTo(3);
    }
  }

  @Test
  void aLargeFileIsHashedLikeTheCommandLineTool() throws Exception {
    byte[] data = new byte[3 * 1024 * 1024 + 17];
    new Random(7).nextBytes(data);
    Path file = Files.write(root.resolve("sample.bin"), data);
    String expected;
    try {
      Process p = new ProcessBuilder("sha256sum", file.toString()).start();
      expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      p.waitFor();
      expected = expected.substring(0, 64);
    } catch (IOException noTool) {
      var digest = java.security.MessageDigest.getInstance("SHA-256");
      expected = java.util.HexFormat.of().formatHex(digest.digest(data));
    }
    ContentStore store = store();
    ContentStore.Staged staged = store.stage(Files.newInputStream(file), data.length);
    assertThat(staged.sha256()).isEqualTo(expected);
    assertThat(store.keep(staged)).isEqualTo(ContentStore.Kept.ADDED);
    assertThat(Files.readAllBytes(store.original(expected))).isEqualTo(data);
  }

  @Test
  void keptContentIsNamedByItsHashReadOnlyAndTheTemporaryFileIsGone() throws IOException {
    ContentStore store = store();
    ContentStore.Staged staged = store.stage(bytes("witness statement".getBytes()), 1000);
    assertThat(store.keep(staged)).isEqualTo(ContentStore.Kept.ADDED);
    Path original = store.original(staged.sha256());
    assertThat(original)
        .isEqualTo(
            root.resolve("originals")
                .resolve(staged.sha256().substring(0, 2))
                .resolve(staged.sha256().substring(2, 4))
                .resolve(staged.sha256()));
    assertThat(Files.getPosixFilePermissions(original))
        .doesNotContain(
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    assertThat(filesUnder(store.incoming())).isZero();
  }

  @Test
  void theSameBytesAreStoredOnce() throws IOException {
    ContentStore store = store();
    byte[] data = "the same photo".getBytes();
    assertThat(store.keep(store.stage(bytes(data), 100))).isEqualTo(ContentStore.Kept.ADDED);
    assertThat(store.keep(store.stage(bytes(data), 100)))
        .isEqualTo(ContentStore.Kept.ALREADY_STORED);
    assertThat(filesUnder(root.resolve("originals"))).isEqualTo(1);
    assertThat(filesUnder(store.incoming())).isZero();
  }

  @Test
  void identicalUploadsAtTheSameMomentLeaveOneFileAndOneWinner() throws Exception {
    identicalUploadsAtTheSameMoment(store());
  }

  @Test
  void withoutHardLinksTheRenameNeverReplacesAFileThatAppearedMeanwhile() throws Exception {
    for (int round = 0; round < 5; round++) {
      identicalUploadsAtTheSameMoment(new ContentStore(root.resolve("r" + round), false));
    }
  }

  private void identicalUploadsAtTheSameMoment(ContentStore store) throws Exception {
    Path root = store.incoming().getParent();
    byte[] data = new byte[256 * 1024];
    new Random(3).nextBytes(data);
    int uploads = 8;
    CyclicBarrier together = new CyclicBarrier(uploads);
    ExecutorService pool = Executors.newFixedThreadPool(uploads);
    try {
      List<Future<ContentStore.Kept>> results = new ArrayList<>();
      for (int i = 0; i < uploads; i++) {
        Callable<ContentStore.Kept> upload =
            () -> {
              ContentStore.Staged staged = store.stage(bytes(data), data.length);
              together.await();
              return store.keep(staged);
            };
        results.add(pool.submit(upload));
      }
      List<ContentStore.Kept> kept = new ArrayList<>();
      for (Future<ContentStore.Kept> result : results) {
        kept.add(result.get());
      }
      assertThat(kept).containsOnlyOnce(ContentStore.Kept.ADDED);
      assertThat(kept).doesNotContain(ContentStore.Kept.STORED_COPY_DAMAGED);
    } finally {
      pool.shutdownNow();
    }
    assertThat(filesUnder(root.resolve("originals"))).isEqualTo(1);
    assertThat(filesUnder(store.incoming())).isZero();
  }

  @Test
  void aStoredCopyThatNoLongerHasTheBytesIsNeitherTrustedNorReplaced() throws IOException {
    for (boolean hardLinks : new boolean[] {true, false}) {
      ContentStore store = new ContentStore(root.resolve("links-" + hardLinks), hardLinks);
      byte[] data = "the photo as received".getBytes(StandardCharsets.UTF_8);
      ContentStore.Staged first = store.stage(bytes(data), 100);
      String sha256 = first.sha256();
      assertThat(store.keep(first)).isEqualTo(ContentStore.Kept.ADDED);
      Path stored = store.original(sha256);
      stored.toFile().setWritable(true);
      Files.writeString(stored, "the photo, altered!!!");

      ContentStore.Kept again = store.keep(store.stage(bytes(data), 100));

      assertThat(again).isEqualTo(ContentStore.Kept.STORED_COPY_DAMAGED);
      // The altered file stays as it was found: evidence of what happened to it.
      assertThat(Files.readString(stored)).isEqualTo("the photo, altered!!!");
      Path fresh = store.latestQuarantined(sha256);
      assertThat(fresh.getParent()).isEqualTo(stored.getParent());
      assertThat(fresh.getFileName().toString()).startsWith(sha256 + ".received-");
      assertThat(Files.readAllBytes(fresh)).isEqualTo(data);
      assertThat(store.relative(fresh)).startsWith("originals/").doesNotContain(root.toString());
      assertThat(filesUnder(store.incoming())).isZero();
    }
  }

  @Test
  void aStreamThatBreaksOffIsTheSendersFaultAndAStoreThatCannotWriteIsNot() throws IOException {
    ContentStore store = store();
    InputStream breaking =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset by peer");
          }
        };
    assertThatThrownBy(() -> store.stage(breaking, 100))
        .isInstanceOf(ContentStore.SourceBrokeOff.class);
    // incoming/ cannot be created (a file is in the way), as with a volume gone read-only.
    Files.delete(store.incoming());
    Files.writeString(store.incoming(), "in the way");
    assertThatThrownBy(() -> store.stage(bytes("abc".getBytes()), 100))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(ContentStore.SourceBrokeOff.class);
  }

  @Test
  void partialUploadsOlderThanAnHourAreRemovedAtStart() throws IOException {
    ContentStore store = store();
    Files.createDirectories(store.incoming());
    Path old = Files.writeString(store.incoming().resolve("upload-1.part"), "half");
    Files.setLastModifiedTime(
        old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
    Path recent = Files.writeString(store.incoming().resolve("upload-2.part"), "in progress");
    Path other = Files.writeString(store.incoming().resolve("notes.txt"), "not an upload");
    Files.setLastModifiedTime(
        other, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));

    assertThat(store.removeStalePartials(java.time.Duration.ofHours(1))).isEqualTo(1);

    assertThat(old).doesNotExist();
    assertThat(recent).exists();
    assertThat(other).exists();
  }

  @Test
  void aDownloadIsCheckedWhileItIsReadAndBreaksOffBeforeItsEndWhenTheBytesDiffer()
      throws IOException {
    ContentStore store = store();
    byte[] data = new byte[300_000];
    new Random(9).nextBytes(data);
    ContentStore.Staged staged = store.stage(bytes(data), data.length);
    String sha256 = staged.sha256();
    String sha512 = staged.sha512();
    store.keep(staged);
    List<ContentStore.Fixity> alarms = new ArrayList<>();
    try (InputStream in = store.openVerified(sha256, sha512, data.length, alarms::add)) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
    assertThat(alarms).isEmpty();

    // One bit flipped near the end, same size: the stream fails before the last byte.
    Path stored = store.original(sha256);
    stored.toFile().setWritable(true);
    byte[] altered = data.clone();
    altered[data.length - 10] ^= 0x01;
    Files.write(stored, altered);
    java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
    try (InputStream in = store.openVerified(sha256, sha512, data.length, alarms::add)) {
      assertThatThrownBy(() -> in.transferTo(received))
          .isInstanceOf(ContentStore.IntegrityMismatch.class)
          .hasMessageContaining("differs");
    }
    assertThat(received.size()).isLessThan(data.length);
    assertThat(alarms).singleElement().satisfies(f -> assertThat(f.intact()).isFalse());

    // Longer than received: never more than the recorded size is sent.
    Files.write(stored, java.util.Arrays.copyOf(data, data.length + 5));
    received.reset();
    try (InputStream in = store.openVerified(sha256, sha512, data.length, alarms::add)) {
      assertThatThrownBy(() -> in.transferTo(received))
          .isInstanceOf(ContentStore.IntegrityMismatch.class);
    }
    assertThat(received.size()).isLessThan(data.length);
  }

  @Test
  void integrityDetailsNameNoServerPath() throws IOException {
    ContentStore store = store();
    ContentStore.Staged staged = store.stage(bytes("kept".getBytes()), 100);
    String sha256 = staged.sha256();
    String sha512 = staged.sha512();
    store.keep(staged);
    Files.delete(store.original(sha256));
    ContentStore.Fixity missing = store.verify(sha256, sha512, 4);
    assertThat(missing.details())
        .contains("missing")
        .contains("originals/")
        .doesNotContain(root.toString());
    // A directory where the file should be: unreadable, still without the path.
    Files.createDirectories(store.original(sha256));
    assertThat(store.verify(sha256, sha512, 4).details()).doesNotContain(root.toString());
  }

  @Test
  void aStreamThatBreaksOffLeavesNothing() {
    ContentStore store = store();
    InputStream breaking =
        new FilterInputStream(bytes(new byte[200_000])) {
          int read;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (read > 100_000) {
              throw new IOException("connection reset by peer");
            }
            int n = super.read(b, off, Math.min(len, 10_000));
            read += n;
            return n;
          }
        };
    assertThatThrownBy(() -> store.stage(breaking, 1_000_000))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("reset");
    assertThat(store.incoming()).isEmptyDirectory();
  }

  @Test
  void overTheLimitIsRefusedWhileStreamingAndNothingIsKept() throws IOException {
    ContentStore store = store();
    InputStream endless =
        new InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (served > 10_000_000) {
              throw new AssertionError("kept reading far past the limit");
            }
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            served += len;
            return len;
          }
        };
    assertThatThrownBy(() -> store.stage(endless, 1_000_000))
        .isInstanceOf(TooLargeException.class)
        .hasMessageContaining("1000000");
    assertThat(store.incoming()).isEmptyDirectory();
    assertThat(filesUnder(root.resolve("originals"))).isZero();
    // Exactly the limit is still accepted.
    try (ContentStore.Staged staged = store.stage(bytes(new byte[1000]), 1000)) {
      assertThat(staged.size()).isEqualTo(1000);
    }
  }

  @Test
  void anEmptyFileIsRefused() {
    ContentStore store = store();
    assertThatThrownBy(() -> store.stage(bytes(new byte[0]), 100))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
    assertThat(store.incoming()).isEmptyDirectory();
  }

  @Test
  void verificationFindsAlteredAndMissingFilesAndRepairsNothing() throws IOException {
    ContentStore store = store();
    ContentStore.Staged staged = store.stage(bytes("original bytes".getBytes()), 100);
    String sha256 = staged.sha256();
    String sha512 = staged.sha512();
    store.keep(staged);
    assertThat(store.verify(sha256, sha512, 14).intact()).isTrue();

    Path file = store.original(sha256);
    file.toFile().setWritable(true);
    Files.writeString(file, "altered bytes!");
    ContentStore.Fixity altered = store.verify(sha256, sha512, 14);
    assertThat(altered.intact()).isFalse();
    assertThat(altered.details()).contains("differs");
    assertThat(Files.readString(file)).isEqualTo("altered bytes!");

    Files.delete(file);
    ContentStore.Fixity missing = store.verify(sha256, sha512, 14);
    assertThat(missing.intact()).isFalse();
    assertThat(missing.details()).contains("missing");
    assertThat(file).doesNotExist();
  }

  @Test
  void onlyHashesBecomePaths() {
    ContentStore store = store();
    assertThatThrownBy(() -> store.original("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.original("A".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
