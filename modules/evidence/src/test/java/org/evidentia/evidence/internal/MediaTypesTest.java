package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTypesTest {

  @TempDir Path dir;

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Test
  void theBytesWinOverALyingExtension() throws IOException {
    Path file = Files.write(dir.resolve("upload"), PDF);
    MediaTypes.Detected detected = MediaTypes.detect(file, "photo_of_the_ward.jpg");
    assertThat(detected.mediaType()).isEqualTo("application/pdf");
    assertThat(detected.claimedType()).isEqualTo("image/jpeg");
    assertThat(detected.nameMatches()).isFalse();
  }

  @Test
  void anHonestNameMatches() throws IOException {
    Path jpeg = Files.write(dir.resolve("a"), TestFiles.jpeg(40, 30));
    assertThat(MediaTypes.detect(jpeg, "strike.JPG"))
        .isEqualTo(new MediaTypes.Detected("image/jpeg", "image/jpeg", true));
    Path text =
        Files.writeString(dir.resolve("b"), "I saw the missile hit the hospital at 10:40.\n");
    assertThat(MediaTypes.detect(text, "statement.txt"))
        .isEqualTo(new MediaTypes.Detected("text/plain", "text/plain", true));
  }

  @Test
  void theNameNeitherRefinesNorInventsAType() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Path docx = Files.write(dir.resolve("c"), zip.toByteArray());
    MediaTypes.Detected word = MediaTypes.detect(docx, "report.docx");
    // tika-core's magic sees an Office Open XML container; only the name says Word, and the name's
    // type is kept as the claim.
    assertThat(word.mediaType()).isEqualTo("application/x-tika-ooxml");
    assertThat(word.claimedType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(word.nameMatches()).isTrue();

    ByteArrayOutputStream bare = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bare)) {
      out.putNextEntry(new ZipEntry("notes.txt"));
      out.write("not a document".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Path zipped = Files.write(dir.resolve("z"), bare.toByteArray());
    MediaTypes.Detected notWord = MediaTypes.detect(zipped, "report.docx");
    assertThat(notWord.mediaType()).isEqualTo("application/zip");

    Path text = Files.writeString(dir.resolve("t"), "just words, no markup\n");
    MediaTypes.Detected page = MediaTypes.detect(text, "invoice.html");
    assertThat(page.mediaType()).isEqualTo("text/plain");
    assertThat(page.claimedType()).isEqualTo("text/html");

    byte[] noise = new byte[2048];
    new java.util.Random(5).nextBytes(noise);
    noise[0] = 0x01;
    noise[1] = 0x02;
    Path unknown = Files.write(dir.resolve("d"), noise);
    MediaTypes.Detected detected = MediaTypes.detect(unknown, "picture.jpg");
    assertThat(detected.mediaType()).isEqualTo("application/octet-stream");
    assertThat(detected.nameMatches()).isFalse();
  }

  @Test
  void markupAndScriptsAreActiveTypes() {
    assertThat(MediaTypes.isActive("text/html")).isTrue();
    assertThat(MediaTypes.isActive("image/svg+xml")).isTrue();
    assertThat(MediaTypes.isActive("application/xml")).isTrue();
    assertThat(MediaTypes.isActive("text/javascript")).isTrue();
    assertThat(MediaTypes.isActive("application/xhtml+xml")).isTrue();
    assertThat(MediaTypes.isActive("image/jpeg")).isFalse();
    assertThat(MediaTypes.isActive("text/plain")).isFalse();
    assertThat(MediaTypes.isActive("application/pdf")).isFalse();
  }

  @Test
  void aNameWithoutExtensionClaimsNothing() throws IOException {
    Path file = Files.write(dir.resolve("e"), PDF);
    assertThat(MediaTypes.detect(file, "scan"))
        .isEqualTo(new MediaTypes.Detected("application/pdf", null, null));
  }
}
