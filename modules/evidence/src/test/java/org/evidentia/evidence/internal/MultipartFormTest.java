package org.evidentia.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.evidentia.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

  private static final String BOUNDARY = "----EvidentiaBoundary7MA4YWxkTrZu0gW";

  private static byte[] body(byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "preamble to ignore\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPHOTO\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Ohmatdyt \\\"ward\\\".jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    String tail =
        "\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nЗнімок після удару\r\n--"
            + BOUNDARY
            + "--\r\n";
    out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A network that hands over a few bytes at a time. */
  private static InputStream trickle(byte[] data, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(data)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Test
  void readsFieldsBeforeAndAfterTheFileAndTheFileByteForByte() throws IOException {
    byte[] file = new byte[300_000];
    new Random(11).nextBytes(file);
    // Bytes that look like the start of a delimiter must stay content.
    byte[] lookalike = ("\r\n--" + BOUNDARY.substring(0, 20)).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(lookalike, 0, file, 1000, lookalike.length);
    for (int chunk : new int[] {1, 7, 4096, 1 << 20}) {
      MultipartForm form = new MultipartForm(trickle(body(file), chunk), BOUNDARY);
      MultipartForm.Part kind = form.next();
      assertThat(kind.name()).isEqualTo("kind");
      assertThat(kind.isFile()).isFalse();
      assertThat(kind.text(100)).isEqualTo("PHOTO");
      MultipartForm.Part part = form.next();
      assertThat(part.name()).isEqualTo("file");
      assertThat(part.fileName()).isEqualTo("Ohmatdyt \"ward\".jpg");
      assertThat(part.contentType()).isEqualTo("image/jpeg");
      assertThat(Arrays.equals(part.body().readAllBytes(), file)).as("chunk " + chunk).isTrue();
      MultipartForm.Part description = form.next();
      assertThat(description.text(1000)).isEqualTo("Знімок після удару");
      assertThat(form.next()).isNull();
      assertThat(form.next()).isNull();
    }
  }

  /**
   * Content crowded with pieces of the delimiter (CR, LF, dashes, prefixes of the delimiter one
   * byte short of it, runs of the boundary's characters) comes back byte for byte, for boundaries
   * with and without repeated characters, whatever pieces the network hands over and whatever
   * lengths the caller reads with.
   */
  @Test
  void delimiterLookalikesStayContentForEveryChunkAndReadSize() throws IOException {
    Random random = new Random(42);
    for (String boundary : new String[] {BOUNDARY, "x", "----", "ab-ab-ab", "a".repeat(70)}) {
      byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
      byte[] content = lookalikes(random, delimiter, 150_000);
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\";"
                  + " filename=\"f.bin\"\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      body.writeBytes(content);
      body.writeBytes(
          ("\r\n--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
                  + "OTHER\r\n--"
                  + boundary
                  + "--\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int chunk : new int[] {1, 3, delimiter.length, delimiter.length + 1, 65_537, 1 << 20}) {
        for (int readSize : new int[] {1, 2, delimiter.length - 1, 8192, 1 << 17}) {
          MultipartForm form = new MultipartForm(trickle(body.toByteArray(), chunk), boundary);
          MultipartForm.Part file = form.next();
          ByteArrayOutputStream read = new ByteArrayOutputStream();
          byte[] buffer = new byte[readSize];
          int n;
          while ((n = file.body().read(buffer, 0, readSize)) != -1) {
            read.write(buffer, 0, n);
          }
          assertThat(Arrays.equals(read.toByteArray(), content))
              .as("boundary %s, chunk %d, read size %d", boundary, chunk, readSize)
              .isTrue();
          assertThat(form.next().text(10)).isEqualTo("OTHER");
          assertThat(form.next()).isNull();
        }
      }
    }
  }

  /** Random bytes mixed with delimiter pieces; any whole delimiter that forms is broken up. */
  private static byte[] lookalikes(Random random, byte[] delimiter, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (out.size() < size) {
      switch (random.nextInt(6)) {
        case 0 -> out.write(random.nextInt(256));
        case 1 -> out.writeBytes(new byte[] {'\r', '\n'});
        case 2 -> out.write('-');
        case 3 ->
            out.writeBytes(Arrays.copyOf(delimiter, 1 + random.nextInt(delimiter.length - 1)));
        case 4 -> out.writeBytes(Arrays.copyOfRange(delimiter, 4, delimiter.length - 1));
        default -> out.write(delimiter[delimiter.length - 1]);
      }
    }
    byte[] content = out.toByteArray();
    for (int i = 0; i + delimiter.length <= content.length; i++) {
      if (Arrays.equals(content, i, i + delimiter.length, delimiter, 0, delimiter.length)) {
        content[i] = 'X';
      }
    }
    return content;
  }

  @Test
  void unreadPartsAreSkipped() throws IOException {
    MultipartForm form =
        new MultipartForm(new ByteArrayInputStream(body(new byte[5000])), BOUNDARY);
    assertThat(form.next().name()).isEqualTo("kind");
    assertThat(form.next().name()).isEqualTo("file");
    assertThat(form.next().name()).isEqualTo("description");
    assertThat(form.next()).isNull();
  }

  @Test
  void aBodyThatEndsEarlyIsAnErrorNotAShortFile() throws IOException {
    byte[] whole = body(new byte[100_000]);
    byte[] half = Arrays.copyOf(whole, whole.length / 2);
    MultipartForm form = new MultipartForm(new ByteArrayInputStream(half), BOUNDARY);
    form.next();
    MultipartForm.Part file = form.next();
    assertThatThrownBy(() -> file.body().readAllBytes()).isInstanceOf(EOFException.class);
  }

  @Test
  void anExtendedFileNameIsDecoded() throws IOException {
    String body =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.jpg\";"
            + " filename*=UTF-8''%D0%BB%D1%96%D0%BA%D0%B0%D1%80%D0%BD%D1%8F.jpg\r\n\r\nabc\r\n--"
            + BOUNDARY
            + "--";
    MultipartForm form =
        new MultipartForm(
            new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY);
    MultipartForm.Part part = form.next();
    assertThat(part.fileName()).isEqualTo("лікарня.jpg");
    assertThat(new String(part.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
  }

  @Test
  void theBoundaryComesFromTheContentType() {
    assertThat(MultipartForm.boundary("multipart/form-data; boundary=abc123")).isEqualTo("abc123");
    assertThat(MultipartForm.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\""))
        .isEqualTo("a b");
    assertThatThrownBy(() -> MultipartForm.boundary("application/json"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> MultipartForm.boundary("multipart/form-data"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anOverlongFieldIsRefused() throws IOException {
    String body =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
            + "x".repeat(9000)
            + "\r\n--"
            + BOUNDARY
            + "--";
    MultipartForm form =
        new MultipartForm(
            new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY);
    MultipartForm.Part part = form.next();
    assertThatThrownBy(() -> part.text(8192)).isInstanceOf(InvalidInputException.class);
  }

  private static MultipartForm encoded(String encoding) {
    String body =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
            + "Content-Transfer-Encoding: "
            + encoding
            + "\r\n\r\n/9j/4AAQSkZJRg==\r\n--"
            + BOUNDARY
            + "--";
    return new MultipartForm(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), BOUNDARY);
  }

  @Test
  void anEncodedPartIsRefusedRatherThanKeptAsItsText() throws IOException {
    for (String encoding : new String[] {"base64", "quoted-printable", "x-gzip"}) {
      assertThatThrownBy(() -> encoded(encoding).next())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Content-Transfer-Encoding")
          .hasMessageContaining(encoding);
    }
    for (String encoding : new String[] {"binary", "8bit", "7BIT"}) {
      assertThat(encoded(encoding).next().name()).isEqualTo("file");
    }
  }
}
