package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence through the API of the real WAR: streamed uploads with hashes, metadata and custody,
 * duplicates, refusals of bad input, need to know, and integrity checks against the files on disk.
 * The server runs on this machine with its data directory in {@code EVIDENTIA_DATA_DIR} and an
 * upload limit of 8 MiB ({@code EVIDENTIA_EVIDENCE_MAX_SIZE}, set in the pom).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceApiIT {

  private static final long LIMIT = 8 * 1024 * 1024;
  private static final String PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  /** HTTP/1.1 as upload clients use it (curl); Java's client would otherwise try h2c. */
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Api api() {
    return new Api(deployment);
  }

  /** An address under the application, wherever it is deployed. */
  private URI uri(String path) {
    return URI.create(deployment.toString().replaceAll("/?$", "/")).resolve(path);
  }

  private static Path store() {
    String dir = System.getenv("EVIDENTIA_DATA_DIR");
    assertThat(dir).as("EVIDENTIA_DATA_DIR is set by the pom").isNotBlank();
    return Path.of(dir).toAbsolutePath().normalize().resolve("evidence");
  }

  private static Path original(String sha256) {
    return store()
        .resolve("originals")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private static void assertError(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json().getInt("status")).isEqualTo(status);
    assertThat(answer.body()).doesNotContain("Exception");
  }

  // ---- set-up through the intake API ------------------------------------------------------

  private record Incident(String caseId, String id, String sourceId) {}

  private Incident incident(String token) {
    Api api = api();
    Api.Answer opened =
        api.post(
            "api/v1/cases",
            token,
            "{\"title\":\"Evidence case " + UUID.randomUUID() + "\",\"summary\":\"test\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.json().getString("id");
    String incidentJson =
        "{\"title\":\"Strike on a children's hospital\",\"occurred\":{\"from\":\"2024-07-08T07:45:00Z\",\"precision\":\"EXACT\"},"
            + "\"location\":{\"placeName\":\"Ohmatdyt\",\"country\":\"Ukraine\",\"locality\":\"Kyiv\",\"latitude\":50.4647,\"longitude\":30.4796,\"precision\":\"EXACT\"},"
            + "\"incidentType\":\"ATTACK_ON_MEDICAL_FACILITY\",\"weapon\":\"CRUISE_MISSILE\",\"target\":\"HOSPITAL\"}";
    Api.Answer recorded = api.post("api/v1/cases/" + caseId + "/incidents", token, incidentJson);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    String incidentId = recorded.json().getString("id");
    Api.Answer source =
        api.post(
            "api/v1/incidents/" + incidentId + "/sources",
            token,
            "{\"kind\":\"WITNESS\",\"name\":\"Nurse on duty\"}");
    assertThat(source.status()).as(source.body()).isEqualTo(201);
    return new Incident(caseId, incidentId, source.json().getString("id"));
  }

  private String newCaseworker() {
    Api api = api();
    String username = "cw-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created =
        api.post(
            "api/v1/users",
            api.token("admin"),
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Second caseworker")
                .add("roles", Json.createArrayBuilder().add("CASEWORKER"))
                .add("password", "long enough passphrase 9")
                .build()
                .toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return api.token(username, "long enough passphrase 9");
  }

  // ---- HTTP helpers ---------------------------------------------------------------------

  private Api.Answer upload(String token, String incidentId, Multipart form) {
    return upload(token, incidentId, form, false);
  }

  /** {@code chunked}: no Content-Length, so the server can only count while it reads. */
  private Api.Answer upload(String token, String incidentId, Multipart form, boolean chunked) {
    return upload(token, incidentId, form, chunked, false);
  }

  private Api.Answer upload(
      String token, String incidentId, Multipart form, boolean chunked, boolean expectContinue) {
    byte[] body = form.bytes();
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
            : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest request =
        HttpRequest.newBuilder(uri("api/v1/incidents/" + incidentId + "/evidence"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", form.contentType())
            // As curl does for large bodies: the server may refuse before the body is sent.
            .expectContinue(expectContinue)
            .POST(publisher)
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Api.Answer(response.statusCode(), response.body(), response);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("upload failed", e);
    }
  }

  private JsonObject uploaded(String token, Incident incident, String name, byte[] bytes) {
    Api.Answer answer =
        upload(
            token,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("sourceId", incident.sourceId())
                .file(name, "application/octet-stream", bytes));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json();
  }

  private HttpResponse<byte[]> download(String path, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("download failed", e);
    }
  }

  private List<JsonObject> custody(String token, String evidenceId) {
    Api.Answer answer = api().get("api/v1/evidence/" + evidenceId + "/custody", token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  private static List<String> types(List<JsonObject> events) {
    return events.stream().map(e -> e.getString("type")).toList();
  }

  private static String hex(String algorithm, byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
  }

  private static byte[] random(int size) {
    byte[] data = new byte[size];
    new Random().nextBytes(data);
    return data;
  }

  /** A JPEG with EXIF capture time, camera and GPS position, as phones write them. */
  static byte[] photo(double latitude, double longitude) throws Exception {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(new Random().nextInt()));
    g.fillRect(0, 0, 800, 600);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", jpeg);
    TiffOutputSet exif = new TiffOutputSet();
    exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "Apple");
    exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "iPhone 12");
    exif.getOrCreateExifDirectory()
        .add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2024:07:08 10:40:00");
    exif.setGpsInDegrees(longitude, latitude);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(jpeg.toByteArray(), out, exif);
    return out.toByteArray();
  }

  private long incoming() throws IOException {
    Path dir = store().resolve("incoming");
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  private long partials() throws IOException {
    Path dir = store().resolve("incoming");
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).count();
    }
  }

  private long total(String token, String incidentId) {
    Api.Answer list = api().get("api/v1/incidents/" + incidentId + "/evidence", token);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().getJsonNumber("total").longValue();
  }

  // ---- tests ------------------------------------------------------------------------------

  @Test
  void aPhotoIsReceivedWithItsHashesMetadataAndCustodyAndItsOriginalComesBackByteForByte()
      throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    byte[] photo = photo(50.4501, 30.4812);

    Api.Answer created =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("description", "Toxicology ward after the strike")
                .field("obtainedAt", "2024-07-08T12:00:00Z")
                .field("graphic", "true")
                .file("ward.jpg", "image/jpeg", photo)
                .field("sourceId", incident.sourceId()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject item = created.json();
    String id = item.getString("id");
    assertThat(created.header("Location")).endsWith("/api/v1/evidence/" + id);
    assertThat(item.getString("sha256")).isEqualTo(hex("SHA-256", photo));
    assertThat(item.getString("sha512")).isEqualTo(hex("SHA-512", photo));
    assertThat(item.getJsonNumber("size").longValue()).isEqualTo(photo.length);
    assertThat(item.getString("mediaType")).isEqualTo("image/jpeg");
    assertThat(item.isNull("duplicateOf")).isTrue();
    assertThat(item.getBoolean("duplicateContent")).isFalse();
    assertThat(item.getString("incidentId")).isEqualTo(incident.id());
    assertThat(item.getString("sourceId")).isEqualTo(incident.sourceId());
    assertThat(item.getString("receivedBy")).isEqualTo("caseworker");
    assertThat(item.getBoolean("graphic")).isTrue();
    assertThat(item.getBoolean("personalData")).isFalse();
    assertThat(item.getString("integrity")).isEqualTo("UNCHECKED");
    assertThat(item.getBoolean("thumbnail")).isTrue();
    JsonObject metadata = item.getJsonObject("metadata");
    assertThat(metadata.getString("capturedAt")).isEqualTo("2024-07-08T10:40:00Z");
    assertThat(metadata.getString("device")).isEqualTo("Apple iPhone 12");
    assertThat(metadata.getJsonNumber("latitude").doubleValue()).isBetween(50.45, 50.4502);
    JsonObject comparison = item.getJsonObject("comparison");
    // 1.6 km from the incident's coordinates; captured 1h20m before it was obtained.
    assertThat(comparison.getJsonNumber("distanceFromIncidentMeters").doubleValue())
        .isBetween(1_500.0, 1_700.0);
    assertThat(comparison.getJsonNumber("captureToObtainedSeconds").longValue()).isEqualTo(4_800);
    assertThat(comparison.getBoolean("nameMatchesContent")).isTrue();

    // On disk: named by its hash, read-only, byte for byte.
    Path stored = original(item.getString("sha256"));
    assertThat(Files.readAllBytes(stored)).isEqualTo(photo);
    assertThat(Files.getPosixFilePermissions(stored))
        .doesNotContain(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE);

    Api.Answer read = api.get("api/v1/evidence/" + id, cw);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().getString("originalFileName")).isEqualTo("ward.jpg");

    HttpResponse<byte[]> content = download("api/v1/evidence/" + id + "/content", cw);
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(photo);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"ward.jpg\"; filename*=UTF-8''ward.jpg");
    assertThat(content.headers().firstValue("Repr-Digest").orElseThrow())
        .isEqualTo(
            "sha-256=:"
                + Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(photo))
                + ":");

    HttpResponse<byte[]> thumbnail = download("api/v1/evidence/" + id + "/thumbnail", cw);
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
    assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(320);

    List<JsonObject> events = custody(cw, id);
    assertThat(types(events)).containsSubsequence("RECEIVED", "VIEWED", "DOWNLOADED");
    JsonObject received = events.get(0);
    assertThat(received.getString("type")).isEqualTo("RECEIVED");
    assertThat(received.getString("by")).isEqualTo("caseworker");
    assertThat(received.getString("details"))
        .contains(item.getString("sha256"), item.getString("sha512"), incident.sourceId());

    Api.Answer list = api.get("api/v1/incidents/" + incident.id() + "/evidence?q=toxicology", cw);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json().getInt("total")).isEqualTo(1);
    assertThat(list.json().getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(id);

    // The audit log has the custody events too.
    Api.Answer audit = api.get("api/v1/audit?q=" + id + "&size=50", api.token("admin"));
    assertThat(audit.body()).contains("EVIDENCE_RECEIVED", "EVIDENCE_DOWNLOADED");
  }

  @Test
  void theSameBytesTwiceAreStoredOnceAndTheSecondItemSaysWhichCameFirst() throws Exception {
    String cw = api().token("caseworker");
    Incident incident = incident(cw);
    byte[] bytes = random(300_000);
    JsonObject first = uploaded(cw, incident, "video-frame.bin", bytes);
    JsonObject second = uploaded(cw, incident, "same-again.bin", bytes);
    assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
    assertThat(second.getString("duplicateOf")).isEqualTo(first.getString("id"));
    assertThat(second.getBoolean("duplicateContent")).isTrue();
    assertThat(second.getString("sha256")).isEqualTo(first.getString("sha256"));
    assertThat(Files.readAllBytes(original(first.getString("sha256")))).isEqualTo(bytes);
    assertThat(total(cw, incident.id())).isEqualTo(2);

    // Someone on another case uploading the same bytes learns it is known, not where.
    String other = newCaseworker();
    Incident elsewhere = incident(other);
    JsonObject third = uploaded(other, elsewhere, "forwarded.bin", bytes);
    assertThat(third.getBoolean("duplicateContent")).isTrue();
    assertThat(third.isNull("duplicateOf")).isTrue();
  }

  @Test
  void identicalUploadsAtTheSameMomentAreAllRecordedWithOneStoredFile() throws Exception {
    String cw = api().token("caseworker");
    Incident incident = incident(cw);
    byte[] bytes = random(2 * 1024 * 1024);
    int uploads = 4;
    CyclicBarrier together = new CyclicBarrier(uploads);
    ExecutorService pool = Executors.newFixedThreadPool(uploads);
    List<JsonObject> items = new ArrayList<>();
    try {
      List<Future<JsonObject>> results = new ArrayList<>();
      for (int i = 0; i < uploads; i++) {
        Callable<JsonObject> task =
            () -> {
              together.await();
              return uploaded(cw, incident, "burst.bin", bytes);
            };
        results.add(pool.submit(task));
      }
      for (Future<JsonObject> result : results) {
        items.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(items).extracting(i -> i.getString("id")).doesNotHaveDuplicates();
    assertThat(items.stream().filter(i -> !i.getBoolean("duplicateContent"))).hasSize(1);
    String firstId =
        items.stream()
            .filter(i -> !i.getBoolean("duplicateContent"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    assertThat(items.stream().filter(i -> i.getBoolean("duplicateContent")))
        .allSatisfy(i -> assertThat(i.getString("duplicateOf")).isEqualTo(firstId));
    assertThat(total(cw, incident.id())).isEqualTo(uploads);
    String sha256 = items.get(0).getString("sha256");
    try (Stream<Path> files = Files.list(original(sha256).getParent())) {
      assertThat(files.filter(f -> f.getFileName().toString().equals(sha256))).hasSize(1);
    }
    assertThat(incoming()).isZero();
  }

  @Test
  void theBytesDecideTheTypeWhenTheExtensionLies() {
    String cw = api().token("caseworker");
    Incident incident = incident(cw);
    JsonObject item =
        uploaded(cw, incident, "photo_of_the_ward.jpg", PDF.getBytes(StandardCharsets.US_ASCII));
    assertThat(item.getString("mediaType")).isEqualTo("application/pdf");
    assertThat(item.getString("claimedMediaType")).isEqualTo("image/jpeg");
    assertThat(item.getString("originalFileName")).isEqualTo("photo_of_the_ward.jpg");
    assertThat(item.getJsonObject("comparison").getBoolean("nameMatchesContent")).isFalse();
    assertThat(item.getBoolean("thumbnail")).isFalse();
  }

  @Test
  void aHostileFileNameIsKeptOnlyAsACleanDisplayName() throws Exception {
    String cw = api().token("caseworker");
    Incident incident = incident(cw);
    String hostile = "../../../etc/" + "x".repeat(300) + "\u0000\u0001\u001b[31m.txt";
    byte[] text = ("Statement " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    Api.Answer answer =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "WITNESS_STATEMENT")
                .field("collectedBy", "caseworker")
                .file(hostile, "text/plain", text));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    String name = answer.json().getString("originalFileName");
    assertThat(name).doesNotContain("/", "..", "\u0000", "\u0001", "\u001b");
    assertThat(name.length()).isLessThanOrEqualTo(255);
    assertThat(name).startsWith("xxxx").endsWith(".txt");
    assertThat(answer.json().getString("mediaType")).isEqualTo("text/plain");
    assertThat(answer.json().getString("collectedBy")).isEqualTo("caseworker");
    // Stored under its hash, nowhere near /etc.
    assertThat(Files.readAllBytes(original(answer.json().getString("sha256")))).isEqualTo(text);
    HttpResponse<byte[]> content =
        download("api/v1/evidence/" + answer.json().getString("id") + "/content", cw);
    assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
        .matches("attachment; filename=\"[ -~]+\"; filename\\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+");
  }

  @Test
  void anEmptyFileAndBadFieldsAreRefusedFieldByField() throws Exception {
    String cw = api().token("caseworker");
    Incident incident = incident(cw);
    Api.Answer empty =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("sourceId", incident.sourceId())
                .file("empty.jpg", "image/jpeg", new byte[0]));
    assertError(empty, 400);
    assertThat(empty.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("file");

    Api.Answer bad =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "SELFIE")
                .field("obtainedAt", "yesterday")
                .file("a.txt", "text/plain", "text".getBytes(StandardCharsets.UTF_8)));
    assertError(bad, 400);
    assertThat(bad.json().getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field"))
        .contains("kind", "obtainedAt");

    Api.Answer wrongSource =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "DOCUMENT")
                .field("sourceId", UUID.randomUUID().toString())
                .field("obtainedAt", Instant.now().plus(Duration.ofDays(2)).toString())
                .file("a.txt", "text/plain", "text".getBytes(StandardCharsets.UTF_8)));
    assertError(wrongSource, 400);
    assertThat(wrongSource.json().getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field"))
        .contains("sourceId", "obtainedAt");

    Api.Answer noProvenance =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "DOCUMENT")
                .file("a.txt", "text/plain", "text".getBytes(StandardCharsets.UTF_8)));
    assertError(noProvenance, 400);
    assertThat(noProvenance.json().getString("message")).contains("sourceId", "collectedBy");

    Api.Answer noFile =
        upload(
            cw,
            incident.id(),
            new Multipart().field("kind", "PHOTO").field("collectedBy", "caseworker"));
    assertError(noFile, 400);

    Api.Answer json = api().post("api/v1/incidents/" + incident.id() + "/evidence", cw, "{}");
    assertError(json, 415);
    assertThat(total(cw, incident.id())).isZero();
    assertThat(incoming()).isZero();
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413AndNothingIsKept() throws Exception {
    String cw = api().token("caseworker");
    Incident incident = incident(cw);
    byte[] big = random((int) LIMIT + 1);
    Multipart form =
        new Multipart()
            .field("kind", "VIDEO")
            .field("sourceId", incident.sourceId())
            .file("long-video.mp4", "video/mp4", big);
    // Counted while streaming (no Content-Length to refuse early on).
    Api.Answer chunked = upload(cw, incident.id(), form, true);
    assertError(chunked, 413);
    assertThat(chunked.json().getString("error")).isEqualTo("too_large");
    assertThat(chunked.json().getString("message")).contains(Long.toString(LIMIT));
    assertThat(Files.exists(original(hex("SHA-256", big)))).isFalse();

    // Refused from Content-Length before the body is read.
    byte[] huge = random((int) (LIMIT + 2 * 1024 * 1024));
    Api.Answer early =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "VIDEO")
                .field("sourceId", incident.sourceId())
                .file("x.mp4", "video/mp4", huge),
            false,
            true);
    assertError(early, 413);

    // Exactly the limit is accepted.
    byte[] atLimit = random((int) LIMIT);
    assertThat(uploaded(cw, incident, "at-limit.bin", atLimit).getJsonNumber("size").longValue())
        .isEqualTo(LIMIT);
    assertThat(total(cw, incident.id())).isEqualTo(1);
    assertThat(incoming()).isZero();
  }

  @Test
  void aClientThatDisconnectsHalfwayLeavesNoItemAndNoTemporaryFile() throws Exception {
    String cw = api().token("caseworker");
    Incident incident = incident(cw);
    Multipart form =
        new Multipart()
            .field("kind", "VIDEO")
            .field("sourceId", incident.sourceId())
            .file("interrupted.mp4", "video/mp4", random(4 * 1024 * 1024));
    byte[] body = form.bytes();
    URI uri = uri("api/v1/incidents/" + incident.id() + "/evidence");
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + uri.getRawPath()
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nAuthorization: Bearer "
              + cw
              + "\r\nContent-Type: "
              + form.contentType()
              + "\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      // The server is receiving: the partial file is there before the client goes away.
      long seen = System.currentTimeMillis() + 30_000;
      while (partials() == 0 && System.currentTimeMillis() < seen) {
        Thread.sleep(50);
      }
      assertThat(partials()).as("a .part file while the upload is under way").isEqualTo(1);
    }
    // The server notices the broken stream; give it a moment, then nothing may be left.
    long deadline = System.currentTimeMillis() + 30_000;
    while (incoming() > 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(1000);
    assertThat(incoming()).isZero();
    assertThat(total(cw, incident.id())).isZero();
  }

  @Test
  void evidenceOfAnIncidentOutsideYourTeamDoesNotExistForYouAndTheAttemptIsAudited()
      throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    JsonObject item = uploaded(cw, incident, "ward.bin", random(10_000));
    String id = item.getString("id");
    String outsider = api.token("analyst");

    // Not a caseworker: refused by role before anything is read, and audited like elsewhere.
    assertError(
        upload(
            outsider,
            incident.id(),
            new Multipart().field("kind", "PHOTO").file("a.bin", "x/y", random(100))),
        403);
    assertThat(
            api.get("api/v1/audit?q=ACCESS_DENIED&size=50", api.token("admin"))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("actor")).isEqualTo("analyst");
              assertThat(e.getString("targetId")).contains(incident.id() + "/evidence");
            });
    // A caseworker outside the team: the incident does not exist for them.
    assertError(
        upload(
            newCaseworker(),
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("collectedBy", "caseworker")
                .file("a.bin", "x/y", random(100))),
        404);
    assertError(api.get("api/v1/incidents/" + incident.id() + "/evidence", outsider), 404);
    assertError(api.get("api/v1/evidence/" + id, outsider), 404);
    assertError(api.get("api/v1/evidence/" + id + "/custody", outsider), 404);
    assertError(api.post("api/v1/evidence/" + id + "/integrity-check", outsider, null), 404);
    HttpResponse<byte[]> download = download("api/v1/evidence/" + id + "/content", outsider);
    assertThat(download.statusCode()).isEqualTo(404);
    String body = new String(download.body(), StandardCharsets.UTF_8);
    assertThat(body).contains("\"status\":404").doesNotContain(incident.id());
    // The answer is the same as for evidence that does not exist.
    Api.Answer missing = api.get("api/v1/evidence/" + UUID.randomUUID(), outsider);
    assertError(missing, 404);

    JsonObject denied =
        api.get("api/v1/audit?q=EVIDENCE_ACCESS_DENIED&size=50", api.token("admin")).json();
    assertThat(denied.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("actor")).isEqualTo("analyst");
              assertThat(e.getString("targetId")).isEqualTo(id);
            });
    assertThat(types(custody(cw, id))).doesNotContain("DOWNLOADED", "VIEWED");

    // A reviewer on the team may read and download, not upload.
    api.send("PUT", "api/v1/cases/" + incident.caseId() + "/team/reviewer1", cw, "{}");
    String reviewer = api.token("reviewer1");
    assertThat(download("api/v1/evidence/" + id + "/content", reviewer).statusCode())
        .isEqualTo(200);
    assertError(
        upload(
            reviewer,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("sourceId", incident.sourceId())
                .file("r.bin", "x/y", random(100))),
        403);
    assertThat(custody(cw, id))
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("DOWNLOADED");
              assertThat(e.getString("by")).isEqualTo("reviewer1");
            });
  }

  @Test
  void aFileAlteredOnDiskFailsItsIntegrityCheckWhichNamesTheItemAndRepairsNothing()
      throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    byte[] bytes = random(50_000);
    JsonObject item = uploaded(cw, incident, "satellite.tif", bytes);
    String id = item.getString("id");

    Api.Answer ok = api.post("api/v1/evidence/" + id + "/integrity-check", cw, null);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().getString("integrity")).isEqualTo("OK");
    assertThat(api.get("api/v1/evidence/" + id, cw).json().getString("integrity")).isEqualTo("OK");

    // Behind the application's back: one byte changed in the stored original.
    Path stored = original(item.getString("sha256"));
    stored.toFile().setWritable(true, true);
    byte[] altered = bytes.clone();
    altered[1234] ^= 0x01;
    Files.write(stored, altered);

    Api.Answer failed = api.post("api/v1/evidence/" + id + "/integrity-check", cw, null);
    assertThat(failed.status()).as(failed.body()).isEqualTo(200);
    assertThat(failed.json().getString("integrity")).isEqualTo("FAILED");
    assertThat(failed.json().getString("evidenceId")).isEqualTo(id);
    assertThat(failed.json().getString("details")).contains("differs");
    assertThat(api.get("api/v1/evidence/" + id, cw).json().getString("integrity"))
        .isEqualTo("FAILED");
    assertThat(custody(cw, id))
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("INTEGRITY_CHECKED");
              assertThat(e.getString("details")).startsWith("FAILED");
            });
    JsonObject alarms =
        api.get("api/v1/audit?q=EVIDENCE_INTEGRITY_FAILED&size=50", api.token("admin")).json();
    assertThat(alarms.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(e -> assertThat(e.getString("targetId")).isEqualTo(id));
    // Nothing was repaired.
    assertThat(Files.readAllBytes(stored)).isEqualTo(altered);

    // A missing file fails too, and a download says why instead of sending nothing.
    Files.delete(stored);
    Api.Answer gone = api.post("api/v1/evidence/" + id + "/integrity-check", cw, null);
    assertThat(gone.json().getString("integrity")).isEqualTo("FAILED");
    assertThat(gone.json().getString("details")).contains("missing");
    assertError(api.get("api/v1/evidence/" + id + "/content", cw), 409);
  }

  @Test
  void theScheduledFixityCheckRecordsItsResultOnEveryItem() throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    String id = uploaded(cw, incident, "scheduled.bin", random(20_000)).getString("id");
    // The IT server checks every 20 s (EVIDENTIA_EVIDENCE_FIXITY_INTERVAL in the pom).
    long deadline = System.currentTimeMillis() + 90_000;
    List<JsonObject> events = custody(cw, id);
    while (events.stream().noneMatch(e -> e.getString("details").contains("scheduled check"))
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(2_000);
      events = custody(cw, id);
    }
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("INTEGRITY_CHECKED");
              assertThat(e.getString("by")).isEqualTo("system");
              assertThat(e.getString("details")).startsWith("OK").contains("scheduled check");
            });
    assertThat(api.get("api/v1/evidence/" + id, cw).json().getString("integrity")).isEqualTo("OK");
    assertThat(
            api.get("api/v1/audit?q=EVIDENCE_FIXITY_RUN&size=5", api.token("admin"))
                .json()
                .getInt("total"))
        .isPositive();
  }

  @Test
  void openApiDescribesTheEvidenceResourcesAndTheUploadForm() {
    Api.Answer openapi = api().get("/openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/v1/incidents/{incidentId}/evidence")
        .contains("/api/v1/evidence/{id}/content")
        .contains("/api/v1/evidence/{id}/custody")
        .contains("/api/v1/evidence/{id}/integrity-check")
        .contains("multipart/form-data")
        .contains("EvidenceUpload");
  }

  @Test
  void aRedactedCopyIsFlaggedAndRecordedOnTheOriginal() throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    String original = uploaded(cw, incident, "face.jpg", photo(50.0, 30.0)).getString("id");
    Api.Answer copy =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("collectedBy", "caseworker")
                .field("personalData", "false")
                .field("derivedFrom", original)
                .file("face-blurred.jpg", "image/jpeg", photo(50.0, 30.0)));
    assertThat(copy.status()).as(copy.body()).isEqualTo(201);
    assertThat(copy.json().getBoolean("redactedCopy")).isTrue();
    assertThat(copy.json().getString("derivedFrom")).isEqualTo(original);
    assertThat(custody(cw, original))
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("REDACTED_COPY_CREATED");
              assertThat(e.getString("details")).contains(copy.json().getString("id"));
            });
    // A copy of a copy, or of another incident's item, is refused.
    Incident other = incident(cw);
    Api.Answer wrong =
        upload(
            cw,
            other.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("collectedBy", "caseworker")
                .field("derivedFrom", original)
                .file("x.jpg", "image/jpeg", random(100)));
    assertError(wrong, 400);
    assertThat(wrong.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("derivedFrom");
    JsonValue listed =
        Json.createReader(
                new StringReader(
                    api.get(
                            "api/v1/incidents/" + incident.id() + "/evidence?sort=receivedAt,asc",
                            cw)
                        .body()))
            .readObject()
            .getJsonArray("items");
    assertThat(listed.asJsonArray().getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("id"))
        .containsExactly(original, copy.json().getString("id"));
  }

  // ---- hostile files and the review's fixes ------------------------------------------------

  private static byte[] pngChunk(String type, byte[] data, int declaredLength) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(declaredLength).array());
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    return out.toByteArray();
  }

  private static byte[] png(int width, int height, byte[]... chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    byte[] ihdr =
        java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).array();
    out.writeBytes(pngChunk("IHDR", ihdr, ihdr.length));
    for (byte[] chunk : chunks) {
      out.writeBytes(chunk);
    }
    return out.toByteArray();
  }

  /** zlib data of {@code rows * rowLength} zero bytes: one flushed block, repeated. */
  private static byte[] zerosCompressed(int rowLength, int rows) {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
    deflater.setInput(new byte[rowLength]);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.SYNC_FLUSH);
      block.write(buffer, 0, n);
    } while (n == buffer.length || !deflater.needsInput());
    deflater.end();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x78);
    out.write(0xda);
    byte[] one = block.toByteArray();
    for (int i = 0; i < rows; i++) {
      out.writeBytes(one);
    }
    out.writeBytes(new byte[] {1, 0, 0, (byte) 0xff, (byte) 0xff});
    long total = (long) rowLength * rows;
    out.writeBytes(
        java.nio.ByteBuffer.allocate(4).putInt((int) (((total % 65521) << 16) | 1)).array());
    return out.toByteArray();
  }

  @Test
  void hostileImagesAreKeptWithoutMetadataOrThumbnailAndTheServerCarriesOn() throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    // A PNG whose text chunk claims 2 GB, in a file of a few dozen bytes.
    byte[] hugeChunk =
        png(
            10,
            10,
            pngChunk("tEXt", "Comment\0x".getBytes(StandardCharsets.ISO_8859_1), 0x7ffffff0));
    // 400 000 x 1000 pixels (400 MB when decoded) in a few hundred KB.
    byte[] pixels = zerosCompressed(400_001, 1000);
    byte[] pixelBomb =
        png(
            400_000,
            1000,
            pngChunk("IDAT", pixels, pixels.length),
            pngChunk("IEND", new byte[0], 0));
    for (byte[] hostile : List.of(hugeChunk, pixelBomb)) {
      JsonObject item = uploaded(cw, incident, "hostile.png", hostile);
      assertThat(item.getString("sha256")).isEqualTo(hex("SHA-256", hostile));
      assertThat(item.getBoolean("thumbnail")).isFalse();
      assertThat(item.getJsonObject("metadata").isNull("capturedAt")).isTrue();
      assertThat(Files.readAllBytes(original(item.getString("sha256")))).isEqualTo(hostile);
      assertThat(types(custody(cw, item.getString("id")))).startsWith("RECEIVED");
    }
    JsonObject unreadable =
        api.get("api/v1/audit?q=EVIDENCE_METADATA_UNREADABLE&size=50", api.token("admin")).json();
    assertThat(unreadable.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(e -> assertThat(e.getString("details")).contains("tEXt"));
    // Still well: an ordinary photo gets its metadata and thumbnail.
    JsonObject photo = uploaded(cw, incident, "after.jpg", photo(50.4501, 30.4812));
    assertThat(photo.getBoolean("thumbnail")).isTrue();
    assertThat(photo.getJsonObject("metadata").getString("device")).isEqualTo("Apple iPhone 12");
  }

  @Test
  void anotherCaseLearnsNothingOfAChecksRequesterAndADuplicateDoesNotNameTheFirst()
      throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident mine = incident(cw);
    byte[] bytes = random(40_000);
    String first = uploaded(cw, mine, "shared.bin", bytes).getString("id");
    String other = newCaseworker();
    Incident theirs = incident(other);
    JsonObject second = uploaded(other, theirs, "forwarded.bin", bytes);
    String secondId = second.getString("id");
    assertThat(custody(other, secondId))
        .allSatisfy(e -> assertThat(e.getString("details")).doesNotContain(first));

    // A check that passes is recorded on the requested item only.
    assertThat(
            api.post("api/v1/evidence/" + first + "/integrity-check", cw, null)
                .json()
                .getString("integrity"))
        .isEqualTo("OK");
    assertThat(types(custody(other, secondId))).doesNotContain("INTEGRITY_CHECKED");

    // A failure reaches the other case's item too, by system, without the requester's name.
    Path stored = original(second.getString("sha256"));
    stored.toFile().setWritable(true, true);
    byte[] altered = bytes.clone();
    altered[10] ^= 0x01;
    Files.write(stored, altered);
    assertThat(
            api.post("api/v1/evidence/" + first + "/integrity-check", cw, null)
                .json()
                .getString("integrity"))
        .isEqualTo("FAILED");
    assertThat(custody(other, secondId))
        .filteredOn(e -> e.getString("type").equals("INTEGRITY_CHECKED"))
        .allSatisfy(
            e -> {
              assertThat(e.getString("by")).isEqualTo("system");
              assertThat(e.getString("details")).doesNotContain("caseworker", first);
            });
    assertThat(api.get("api/v1/evidence/" + secondId, other).json().getString("integrity"))
        .isEqualTo("FAILED");
  }

  @Test
  void aDownloadOfAlteredBytesBreaksOffAndAFailedItemIsNotSentAgain() throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    byte[] bytes = random(600_000);
    JsonObject item = uploaded(cw, incident, "recording.bin", bytes);
    String id = item.getString("id");
    Path stored = original(item.getString("sha256"));
    stored.toFile().setWritable(true, true);
    byte[] altered = bytes.clone();
    altered[bytes.length - 100] ^= 0x01;
    Files.write(stored, altered);

    HttpRequest request =
        HttpRequest.newBuilder(uri("api/v1/evidence/" + id + "/content"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + cw)
            .GET()
            .build();
    boolean complete;
    long started = System.nanoTime();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      complete = response.statusCode() == 200 && response.body().length == bytes.length;
    } catch (IOException broken) {
      complete = false;
    }
    assertThat(complete).as("the altered file must not arrive as a complete transfer").isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("the client learns at once, not after a timeout")
        .isLessThan(Duration.ofSeconds(15));

    long deadline = System.currentTimeMillis() + 10_000;
    String integrity = api.get("api/v1/evidence/" + id, cw).json().getString("integrity");
    while (!"FAILED".equals(integrity) && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
      integrity = api.get("api/v1/evidence/" + id, cw).json().getString("integrity");
    }
    assertThat(integrity).isEqualTo("FAILED");
    Api.Answer refused = api.get("api/v1/evidence/" + id + "/content", cw);
    assertError(refused, 409);
    assertThat(refused.json().getString("message")).contains("integrity", "restore");
  }

  @Test
  void theSameBytesAgainOverAnAlteredStoredCopyRaiseTheAlarmAndKeepTheFreshCopy() throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    byte[] bytes = random(30_000);
    JsonObject first = uploaded(cw, incident, "first.bin", bytes);
    String sha256 = first.getString("sha256");
    Path stored = original(sha256);
    stored.toFile().setWritable(true, true);
    byte[] altered = bytes.clone();
    altered[5] ^= 0x01;
    Files.write(stored, altered);

    JsonObject again = uploaded(cw, incident, "again.bin", bytes);

    assertThat(again.getString("integrity")).isEqualTo("FAILED");
    assertThat(Files.readAllBytes(stored)).as("never replaced").isEqualTo(altered);
    try (Stream<Path> copies = Files.list(stored.getParent())) {
      Path fresh =
          copies
              .filter(f -> f.getFileName().toString().startsWith(sha256 + ".received-"))
              .findFirst()
              .orElseThrow();
      assertThat(Files.readAllBytes(fresh)).isEqualTo(bytes);
    }
    assertThat(
            api.get("api/v1/evidence/" + first.getString("id"), cw).json().getString("integrity"))
        .isEqualTo("FAILED");
    assertThat(custody(cw, first.getString("id")))
        .anySatisfy(
            e -> {
              assertThat(e.getString("details")).startsWith("FAILED").contains(".received-");
              assertThat(e.getString("details")).doesNotContain(store().toString());
            });
  }

  @Test
  void suspiciousUploadsAreRefusedAndActiveContentIsOnlyEverSaved() throws Exception {
    Api api = api();
    String cw = api.token("caseworker");
    Incident incident = incident(cw);
    byte[] photo = photo(50.0, 30.0);
    String original = uploaded(cw, incident, "face.jpg", photo).getString("id");
    // A "redacted copy" that is the original byte for byte.
    Api.Answer same =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("collectedBy", "caseworker")
                .field("derivedFrom", original)
                .file("face-blurred.jpg", "image/jpeg", photo));
    assertError(same, 400);
    assertThat(same.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("derivedFrom");

    Api.Answer base64 =
        upload(
            cw,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("collectedBy", "caseworker")
                .file(
                    "a.jpg",
                    "image/jpeg",
                    Base64.getEncoder().encode(photo),
                    "Content-Transfer-Encoding: base64"));
    assertError(base64, 400);
    assertThat(base64.body()).contains("Content-Transfer-Encoding");

    // Text named .html is text; real HTML is stored as HTML but sent only as bytes to save.
    JsonObject text =
        uploaded(cw, incident, "page.html", "plain words".getBytes(StandardCharsets.UTF_8));
    assertThat(text.getString("mediaType")).isEqualTo("text/plain");
    assertThat(text.getString("claimedMediaType")).isEqualTo("text/html");
    byte[] html =
        "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    JsonObject page = uploaded(cw, incident, "capture.html", html);
    assertThat(page.getString("mediaType")).isEqualTo("text/html");
    HttpResponse<byte[]> content =
        download("api/v1/evidence/" + page.getString("id") + "/content", cw);
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(content.body()).isEqualTo(html);
    assertThat(total(cw, incident.id())).isEqualTo(3);
  }

  @Test
  void htmlAndSvgWithScriptAreSentOnlyAsBytesToSaveInASandbox() {
    String cw = api().token("caseworker");
    Incident incident = incident(cw);
    Map<String, byte[]> files =
        Map.of(
            "drawing.svg",
            ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                    + "<script>alert(document.cookie)</script></svg>")
                .getBytes(StandardCharsets.UTF_8),
            "saved-page.html",
            "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      JsonObject item = uploaded(cw, incident, file.getKey(), file.getValue());
      assertThat(item.getString("mediaType"))
          .isIn("image/svg+xml", "text/html", "application/xml", "text/xml");
      HttpResponse<byte[]> content =
          download("api/v1/evidence/" + item.getString("id") + "/content", cw);
      assertThat(content.statusCode()).isEqualTo(200);
      assertThat(content.body()).isEqualTo(file.getValue());
      assertThat(content.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
      assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment; filename=\"" + file.getKey() + "\"");
      assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      // One policy: the application's own and the sandbox.
      assertThat(content.headers().allValues("Content-Security-Policy")).hasSize(1);
      assertThat(content.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("sandbox")
          .contains("frame-ancestors 'none'");
    }
  }
}
