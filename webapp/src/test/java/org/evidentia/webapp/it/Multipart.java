package org.evidentia.webapp.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as browsers and curl send it, built byte by byte. */
final class Multipart {

  final String boundary = "----EvidentiaIT" + UUID.randomUUID().toString().replace("-", "");
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  Multipart field(String name, String value) {
    head("form-data; name=\"" + name + "\"", null);
    body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** A file part; the name goes in raw UTF-8 like browsers send it (quotes escaped). */
  Multipart file(String fileName, String contentType, byte[] content) {
    head(
        "form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "\\\"") + "\"",
        contentType);
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** A file part with one more part header, such as a Content-Transfer-Encoding. */
  Multipart file(String fileName, String contentType, byte[] content, String extraHeader) {
    head(
        "form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "\\\"") + "\"",
        contentType,
        extraHeader);
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  private void head(String disposition, String contentType) {
    head(disposition, contentType, null);
  }

  private void head(String disposition, String contentType, String extraHeader) {
    StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
    head.append("Content-Disposition: ").append(disposition).append("\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (extraHeader != null) {
      head.append(extraHeader).append("\r\n");
    }
    head.append("\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] bytes() {
    ByteArrayOutputStream done = new ByteArrayOutputStream();
    done.writeBytes(body.toByteArray());
    done.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return done.toByteArray();
  }
}
