package org.evidentia.webapp.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;

/** Evidence uploads with any name and bytes, answering whatever the server answers. */
final class Uploads {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Uploads() {}

  /**
   * Uploads the bytes as a PHOTO of the incident's source; the name goes plain (controls and quotes
   * replaced) and as RFC 5987 {@code filename*} with its exact characters.
   */
  static Api.Answer upload(URI base, User uploader, Incident incident, String name, byte[] bytes) {
    Multipart form =
        new Multipart()
            .field("kind", "PHOTO")
            .field("sourceId", incident.sourceId())
            .field("description", "uploaded by an attack test");
    String disposition =
        "form-data; name=\"file\"; filename=\""
            + name.replaceAll("[\\r\\n\"\\\\]", "_")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    byte[] head =
        ("--"
                + form.boundary
                + "\r\nContent-Disposition: "
                + disposition
                + "\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] fields = form.bytes();
    byte[] fieldsWithoutEnd =
        java.util.Arrays.copyOf(fields, fields.length - ("--" + form.boundary + "--\r\n").length());
    byte[] tail = ("\r\n--" + form.boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[fieldsWithoutEnd.length + head.length + bytes.length + tail.length];
    int at = 0;
    for (byte[] part : new byte[][] {fieldsWithoutEnd, head, bytes, tail}) {
      System.arraycopy(part, 0, body, at, part.length);
      at += part.length;
    }
    URI uri =
        URI.create(base.toString().replaceAll("/?$", "/"))
            .resolve("api/v1/incidents/" + incident.id() + "/evidence");
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + uploader.token())
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Api.Answer(response.statusCode(), response.body(), response);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("upload of " + name + " failed", e);
    }
  }
}
