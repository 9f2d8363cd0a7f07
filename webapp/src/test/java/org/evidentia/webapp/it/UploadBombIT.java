package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.evidentia.kernel.testing.AttackFiles;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile evidence through the API on a real server (heap -Xmx768m): ZIP bombs, decompression-bomb
 * images and polyglots are stored byte for byte, typed by their content, get no thumbnail when they
 * are bombs, are served only as attachments (active content as octet-stream), and the server keeps
 * answering quickly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadBombIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void bombsAndPolyglotsAreStoredTypedByContentAndServedAsAttachments() throws Exception {
    Api api = new Api(deployment);
    URI base = URI.create(deployment.toString());
    ReviewFixture fx = new ReviewFixture(api, "admin", Api.DEMO_PASSWORD);
    User cw = fx.user("bomb-cw", "CASEWORKER");
    Incident incident = fx.incident(cw, fx.openCase(cw));

    byte[] inner = AttackFiles.zipOfZeros(100L * 1024 * 1024);
    record Case(String name, byte[] bytes, String type, boolean thumbnail, boolean asOctets) {}
    byte[] jpeg = AttackFiles.jpeg(64, 48);
    Case[] cases = {
      new Case(
          "zeros.zip",
          AttackFiles.zipOfZeros(1024L * 1024 * 1024),
          "application/zip",
          false,
          false),
      new Case(
          "nested.zip",
          AttackFiles.zipOfZips(AttackFiles.zipOfZips(inner, 10), 10),
          "application/zip",
          false,
          false),
      new Case(
          "overlap.zip",
          AttackFiles.overlappingZip(100 * 1024 * 1024, 1000),
          "application/zip",
          false,
          false),
      new Case(
          "huge.jpg", AttackFiles.jpegDeclaring(jpeg, 50_000, 50_000), "image/jpeg", false, false),
      new Case("huge.png", AttackFiles.pngDeclaring(50_000, 50_000), "image/png", false, false),
      new Case(
          "photo.jpg",
          AttackFiles.concat(jpeg, AttackFiles.zipOfZeros(1000)),
          "image/jpeg",
          true,
          false),
      new Case("pixel.gif", AttackFiles.gifScript(), "image/gif", false, false),
      new Case("photo.jpg", AttackFiles.HTML, "text/html", false, true),
      new Case("photo.png", AttackFiles.SVG, "image/svg+xml", false, true)
    };
    for (Case c : cases) {
      assertThat(c.bytes().length).as(c.name()).isLessThan(8 * 1024 * 1024);
      long started = System.nanoTime();
      Api.Answer uploaded = Uploads.upload(base, cw, incident, c.name(), c.bytes());
      assertThat(uploaded.status()).as(c.name() + ": " + uploaded.body()).isEqualTo(201);
      JsonObject item = uploaded.json();
      assertThat(item.getString("mediaType")).as(c.name()).isEqualTo(c.type());
      String id = item.getString("id");

      // Metadata and thumbnail are made after the answer: the server still answers, soon.
      Api.Answer health = api.get("/health/ready", null);
      assertThat(health.status()).isEqualTo(200);
      Api.Answer read = api.get("api/v1/evidence/" + id, cw.token());
      assertThat(read.status()).as(read.body()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .as(c.name() + " handled within")
          .isLessThan(Duration.ofSeconds(30));

      HttpResponse<byte[]> content =
          http.send(
              HttpRequest.newBuilder(base.resolve("api/v1/evidence/" + id + "/content"))
                  .header("Authorization", "Bearer " + cw.token())
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(content.statusCode()).isEqualTo(200);
      assertThat(Arrays.equals(content.body(), c.bytes())).as(c.name() + " kept as sent").isTrue();
      assertThat(content.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment");
      assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      String served = content.headers().firstValue("Content-Type").orElse("");
      if (c.asOctets()) {
        assertThat(served).as(c.name()).startsWith("application/octet-stream");
      } else {
        assertThat(served).as(c.name()).startsWith(c.type());
      }
      int thumbnail = awaitThumbnail(api, cw, id, c.thumbnail());
      assertThat(thumbnail).as(c.name() + " thumbnail").isEqualTo(c.thumbnail() ? 200 : 404);
    }
  }

  /** The thumbnail's status once it had time to appear (it is made after the upload answered). */
  private static int awaitThumbnail(Api api, User user, String id, boolean expected)
      throws InterruptedException {
    int status = 0;
    for (int i = 0; i < (expected ? 30 : 3); i++) {
      status = api.get("api/v1/evidence/" + id + "/thumbnail", user.token()).status();
      if (status == 200) {
        return status;
      }
      Thread.sleep(1000);
    }
    return status;
  }
}
