package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.kernel.testing.AttackFiles;
import org.evidentia.kernel.testing.Generated;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile uploads against what reads them after an upload (type detection, metadata, thumbnail):
 * ZIP bombs (flat, nested, overlapping entries), decompression-bomb images, polyglots, and mutated
 * photos. Each is handled within bounded time and memory and never throws.
 */
class UploadBombTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final long MEMORY_BOUND = 150L * 1024 * 1024;

  @TempDir Path dir;

  /** What the server does with an upload after storing it, timed and measured. */
  private record Handled(MediaTypes.Detected type, MetadataReader.Result metadata, boolean thumb) {}

  private Handled handle(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), bytes);
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long memoryBefore = runtime.totalMemory() - runtime.freeMemory();
    long started = System.nanoTime();
    MediaTypes.Detected type = MediaTypes.detect(file, name);
    MetadataReader.Result metadata = MetadataReader.analyse(file);
    boolean thumb = Thumbnails.write(file, dir.resolve("thumb-" + System.nanoTime() + ".jpg"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    // What is kept, not garbage a collection has not reached yet (that made the check flaky).
    System.gc();
    long memoryAfter = runtime.totalMemory() - runtime.freeMemory();
    assertThat(took).as(name + " took").isLessThan(BOUND);
    assertThat(memoryAfter - memoryBefore).as(name + " kept in memory").isLessThan(MEMORY_BOUND);
    return new Handled(type, metadata, thumb);
  }

  @Test
  void aZipBombIsStoredAsAZipAndNeverExpanded() throws IOException {
    // 1 GB of zeros in about 1 MB; nested: 10 x 10 x 200 MB = 20 GB in a few hundred KB.
    byte[] flat = AttackFiles.zipOfZeros(1024L * 1024 * 1024);
    byte[] inner = AttackFiles.zipOfZeros(200L * 1024 * 1024);
    byte[] nested = AttackFiles.zipOfZips(AttackFiles.zipOfZips(inner, 10), 10);
    byte[] overlapping = AttackFiles.overlappingZip(100 * 1024 * 1024, 1000);
    assertThat(flat.length).isLessThan(4 * 1024 * 1024);
    assertThat(overlapping.length).isLessThan(1024 * 1024);
    for (byte[] bomb : new byte[][] {flat, nested, overlapping}) {
      Handled handled = handle("archive.zip", bomb);
      assertThat(handled.type().mediaType()).isEqualTo("application/zip");
      assertThat(handled.metadata().metadata()).isEqualTo(EmbeddedMetadata.NONE);
      assertThat(handled.thumb()).isFalse();
    }
  }

  @Test
  void decompressionBombImagesGetNoThumbnailAndTheirBytesStay() throws IOException {
    byte[] jpeg = AttackFiles.jpegDeclaring(TestFiles.jpeg(64, 48), 50_000, 50_000);
    Handled bigJpeg = handle("huge.jpg", jpeg);
    assertThat(bigJpeg.type().mediaType()).isEqualTo("image/jpeg");
    assertThat(bigJpeg.thumb()).isFalse();

    // 50 000 x 50 000 declared, with a few bytes of pixels.
    byte[] png =
        AttackFiles.concat(
            AttackFiles.concat(TestFiles.PNG_SIGNATURE, TestFiles.ihdr(50_000, 50_000)),
            AttackFiles.concat(
                TestFiles.chunk("IDAT", TestFiles.zlibOfZeros(50_001, 4)),
                TestFiles.chunk("IEND", new byte[0])));
    Handled bigPng = handle("huge.png", png);
    assertThat(bigPng.type().mediaType()).isEqualTo("image/png");
    assertThat(bigPng.thumb()).isFalse();
    // The pixels of 10 000 x 10 000 are inflated only as far as the reader subsamples them.
    Handled wide = handle("wide.png", TestFiles.blackPng(10_000, 10_000));
    assertThat(wide.type().mediaType()).isEqualTo("image/png");
  }

  @Test
  void polyglotsAreTypedByTheirFirstBytesAndActiveContentIsRecognised() throws IOException {
    byte[] jpeg = TestFiles.jpeg(64, 48);
    Handled jpegZip = handle("photo.jpg", AttackFiles.concat(jpeg, AttackFiles.zipOfZeros(1000)));
    assertThat(jpegZip.type().mediaType()).isEqualTo("image/jpeg");
    assertThat(jpegZip.thumb()).isTrue();

    Handled gifScript = handle("pixel.gif", AttackFiles.gifScript());
    assertThat(gifScript.type().mediaType()).isEqualTo("image/gif");

    Handled html = handle("photo.jpg", AttackFiles.HTML);
    assertThat(html.type().mediaType()).isEqualTo("text/html");
    assertThat(html.type().nameMatches()).isFalse();
    assertThat(MediaTypes.isActive(html.type().mediaType())).isTrue();

    Handled svg = handle("photo.png", AttackFiles.SVG);
    assertThat(svg.type().mediaType()).isEqualTo("image/svg+xml");
    assertThat(MediaTypes.isActive(svg.type().mediaType())).isTrue();
    assertThat(svg.thumb()).isFalse();
  }

  // ---- mutated photos -------------------------------------------------------------------------

  private static Path fuzzDir;
  private static byte[] photo;

  @BeforeAll
  static void photo() throws IOException {
    fuzzDir = Files.createTempDirectory("evidence-fuzz");
    photo = TestFiles.photoWithExif(120, 90, "2024:07:08 07:45:00", 50.0, 36.2);
  }

  @AfterAll
  static void cleanUp() throws IOException {
    try (var files = Files.walk(fuzzDir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Test
  void mutatedPhotosNeverThrowFromMetadataOrThumbnails() {
    Generated.tries(
        "mutated photos",
        150,
        g -> {
          Path file = Files.write(Files.createTempFile(fuzzDir, "m", ".jpg"), mutatedPhoto(g));
          MediaTypes.detect(file, "m.jpg");
          MetadataReader.Result result = MetadataReader.analyse(file);
          assertThat(result).isNotNull();
          Thumbnails.write(file, fuzzDir.resolve("t.jpg"));
        });
  }

  /** The photo with up to 12 bytes overwritten by one value, and cut short after half of them. */
  private static byte[] mutatedPhoto(Generated g) {
    List<Integer> positions = g.list(1, 12, () -> g.between(0, photo.length - 1));
    byte value = g.aByte();
    boolean truncate = g.chance(2);
    byte[] copy = photo.clone();
    for (int p : positions) {
      copy[p] = value;
    }
    return truncate ? Arrays.copyOf(copy, positions.get(0) + 1) : copy;
  }
}
