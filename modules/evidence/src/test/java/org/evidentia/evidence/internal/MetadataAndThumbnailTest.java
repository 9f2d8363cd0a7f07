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
  void distancesAreGreatCircleMetres() {
    // Kyiv (Ohmatdyt) to Lviv: about 470 km.
    assertThat(Geo.distanceMeters(50.4501, 30.4812, 49.8397, 24.0297))
        .isCloseTo(469_000, within(5_000.0));
    assertThat(Geo.distanceMeters(50.0, 30.0, 50.0, 30.0)).isZero();
  }
}
