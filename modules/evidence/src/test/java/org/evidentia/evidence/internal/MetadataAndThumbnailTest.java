package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataAndThumbnailTest {

  @TempDir Path dir;

  @Test
  void captureTimeDeviceAndGpsAreReadFromExif() throws IOException {
    Path photo =
        Files.write(
            dir.resolve("photo"),
            TestFiles.photoWithExif(64, 48, "2024:07:08 10:45:12", 50.4501, 30.4812));
    EmbeddedMetadata metadata = MetadataReader.read(photo);
    assertThat(metadata.capturedAt()).isEqualTo(Instant.parse("2024-07-08T10:45:12Z"));
    assertThat(metadata.capturedAtZoneKnown()).isFalse();
    assertThat(metadata.device()).isEqualTo("Samsung Galaxy A52");
    assertThat(metadata.latitude()).isCloseTo(50.4501, within(1e-4));
    assertThat(metadata.longitude()).isCloseTo(30.4812, within(1e-4));
  }

  @Test
  void aFileWithoutMetadataOrNotAnImageGivesNone() throws IOException {
    assertThat(MetadataReader.read(Files.write(dir.resolve("plain"), TestFiles.jpeg(10, 10))))
        .isEqualTo(EmbeddedMetadata.NONE);
    assertThat(MetadataReader.read(Files.writeString(dir.resolve("text"), "not an image")))
        .isEqualTo(EmbeddedMetadata.NONE);
  }

  @Test
  void theDeviceNamesTheMakeOnce() {
    assertThat(MetadataReader.device("Apple", "iPhone 12")).isEqualTo("Apple iPhone 12");
    assertThat(MetadataReader.device("Canon", "Canon EOS R6")).isEqualTo("Canon EOS R6");
    assertThat(MetadataReader.device(null, null)).isNull();
  }

  @Test
  void aThumbnailIsAScaledJpegAndTheOriginalIsUntouched() throws Exception {
    Path original = Files.write(dir.resolve("big"), TestFiles.jpeg(2000, 1000));
    byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(original));
    Path thumbnail = dir.resolve("working").resolve("t.jpg");
    assertThat(Thumbnails.write(original, thumbnail)).isTrue();
    BufferedImage small = ImageIO.read(thumbnail.toFile());
    assertThat(small.getWidth()).isEqualTo(Thumbnails.SIZE);
    assertThat(small.getHeight()).isEqualTo(160);
    assertThat(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(original)))
        .isEqualTo(before);
    assertThat(Thumbnails.write(Files.writeString(dir.resolve("x"), "no image"), dir.resolve("n")))
        .isFalse();
  }

  @Test
  void aPngDeclaringAHugeChunkIsRefusedBeforeAnythingIsAllocated() throws IOException {
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    png.writeBytes(TestFiles.PNG_SIGNATURE);
    png.writeBytes(TestFiles.ihdr(10, 10));
    // A text chunk that says it is 2 GB long, in a file of a few dozen bytes.
    png.writeBytes(TestFiles.chunk("tEXt", "Comment\0x".getBytes(), 0x7ffffff0));
    Path hostile = Files.write(dir.resolve("hostile.png"), png.toByteArray());

    MetadataReader.Result result = MetadataReader.analyse(hostile);

    assertThat(result.metadata()).isEqualTo(EmbeddedMetadata.NONE);
    assertThat(result.problem()).contains("tEXt").contains("2147483632");
    assertThat(Thumbnails.write(hostile, dir.resolve("t1.jpg"))).isFalse();
  }

  @Test
  void aCompressedTextChunkIsInflatedOnlyUpToALimit() throws IOException {
    // About 3 MB of zlib that inflate to 3 GiB of zeros.
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    text.writeBytes("Comment\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    text.writeBytes(TestFiles.zlibOfZeros(1024 * 1024, 3 * 1024));
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    png.writeBytes(TestFiles.PNG_SIGNATURE);
    png.writeBytes(TestFiles.ihdr(10, 10));
    png.writeBytes(TestFiles.chunk("zTXt", text.toByteArray()));
    png.writeBytes(TestFiles.chunk("IDAT", TestFiles.zlibOfZeros(11, 10)));
    png.writeBytes(TestFiles.chunk("IEND", new byte[0]));
    Path bomb = Files.write(dir.resolve("bomb.png"), png.toByteArray());

    long started = System.nanoTime();
    MetadataReader.Result result = MetadataReader.analyse(bomb);

    assertThat(result.problem()).contains("zTXt").contains("inflates");
    assertThat(Thumbnails.write(bomb, dir.resolve("t2.jpg"))).isFalse();
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(java.time.Duration.ofSeconds(20));
  }

  @Test
  void aPixelBombIsNotDecoded() throws IOException {
    // 400 000 x 1000 pixels (400 MB decoded at full size) in a file of a few hundred KB.
    Path bomb = Files.write(dir.resolve("wide.png"), TestFiles.blackPng(400_000, 1000));
    assertThat(Files.size(bomb)).isLessThan(2_000_000);
    Runtime runtime = Runtime.getRuntime();
    long before = runtime.totalMemory() - runtime.freeMemory();

    assertThat(Thumbnails.write(bomb, dir.resolve("t3.jpg"))).isFalse();
    MetadataReader.Result result = MetadataReader.analyse(bomb);

    assertThat(result.problem()).isNull();
    long after = runtime.totalMemory() - runtime.freeMemory();
    assertThat(after - before).isLessThan(200L * 1024 * 1024);
  }

  @Test
  void wideImagesWithinTheLimitsAreReadSubsampledByTheirLongerSide() throws IOException {
    assertThat(Thumbnails.step(400_000, 1000)).isEqualTo(625);
    assertThat(Thumbnails.step(2000, 1000)).isEqualTo(4);
    assertThat(Thumbnails.step(600, 400)).isEqualTo(1);
    // 20 000 x 500 (40:1) is within the limits: a thumbnail of 320 x 8.
    Path panorama = Files.write(dir.resolve("panorama.png"), TestFiles.blackPng(20_000, 500));
    Path thumbnail = dir.resolve("t4.jpg");
    assertThat(Thumbnails.write(panorama, thumbnail)).isTrue();
    BufferedImage small = ImageIO.read(thumbnail.toFile());
    assertThat(small.getWidth()).isEqualTo(Thumbnails.SIZE);
    // An ordinary PNG has no problem and a thumbnail.
    java.awt.image.BufferedImage image = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
    Path png = dir.resolve("ordinary.png");
    ImageIO.write(image, "png", png.toFile());
    assertThat(MetadataReader.analyse(png).problem()).isNull();
    assertThat(Thumbnails.write(png, dir.resolve("t5.jpg"))).isTrue();
    // 40 000 x 100 is 400:1: refused.
    Path strip = Files.write(dir.resolve("strip.png"), TestFiles.blackPng(40_000, 100));
    assertThat(Thumbnails.write(strip, dir.resolve("t6.jpg"))).isFalse();
  }

  @Test
  void distancesAreGreatCircleMetres() {
    // Kyiv (Ohmatdyt) to Lviv: about 470 km.
    assertThat(Geo.distanceMeters(50.4501, 30.4812, 49.8397, 24.0297))
        .isCloseTo(469_000, within(5_000.0));
    assertThat(Geo.distanceMeters(50.0, 30.0, 50.0, 30.0)).isZero();
  }
}
