package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;

/**
 * A case worth exporting, made through the API alone: two incidents (one VERIFIED through review,
 * one left REPORTED), sources with conflicting casualty claims, a person with a protected identity,
 * evidence whose file names are awkward (spaces, %, Cyrillic, a newline), and a classification with
 * an element link. Also the tools to export, wait, download, unpack and verify a bundle.
 */
final class BundleFixture {

  /** Upload names: what people really send. The newline goes as RFC 5987 {@code filename*}. */
  static final List<String> AWKWARD_NAMES =
      List.of(
          "photo with spaces.jpg", "100% proof.jpg", "свідчення очевидця.jpg", "line\nbreak.jpg");

  final ReviewFixture fx;
  final ClassificationFixture cf;
  final Api api;
  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  User cw;
  User rev1;
  User rev2;

  /** On the team with the right to see protected identities. */
  User analyst;

  /** On the team without that right. */
  User plainAnalyst;

  /** A legal analyst who is not on the team. */
  User outsider;

  String caseId;
  Incident verified;
  Incident reported;
  String secondSourceId;
  String protectedName;
  String personId;
  String pseudonym;
  String classificationId;

  /** Evidence of the verified incident, by upload name. */
  final Map<String, String> verifiedEvidence = new LinkedHashMap<>();

  String reportedEvidence;

  BundleFixture(ReviewFixture fx, URI base) {
    this.fx = fx;
    this.api = fx.api;
    this.base = URI.create(base.toString().replaceAll("/?$", "/"));
    this.cf = new ClassificationFixture(fx, this.base);
  }

  /** Builds the whole case. */
  BundleFixture build() {
    cw = fx.user("cw", "CASEWORKER");
    rev1 = fx.user("rev", "REVIEWER");
    rev2 = fx.user("rev", "REVIEWER");
    analyst = fx.user("la", "LEGAL_ANALYST");
    plainAnalyst = fx.user("la", "LEGAL_ANALYST");
    outsider = fx.user("la", "LEGAL_ANALYST");
    caseId = fx.openCase(cw, rev1, rev2, plainAnalyst);
    grantIdentities(analyst);

    verified = cf.hospitalStrike(cw, caseId);
    reported = fx.incident(cw, caseId);
    protectedName = "Олена Захищена " + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer person =
        api.post(
            "api/v1/incidents/" + verified.id() + "/persons",
            cw.token(),
            Json.createObjectBuilder()
                .add("role", "WITNESS")
                .add("ageGroup", "ADULT")
                .add("protectedIdentity", Json.createObjectBuilder().add("name", protectedName))
                .build()
                .toString());
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    personId = person.json().getString("id");
    pseudonym = person.json().getString("pseudonym");

    for (String name : AWKWARD_NAMES) {
      verifiedEvidence.put(name, upload(cw, verified, name, randomBytes(2_000 + name.length())));
    }
    reportedEvidence = upload(cw, reported, "reported.jpg", randomBytes(1_700));

    // Two sources of the unverified incident disagree on the toll.
    Api.Answer second =
        api.post(
            "api/v1/incidents/" + reported.id() + "/sources",
            cw.token(),
            "{\"kind\":\"OFFICIAL_STATEMENT\",\"name\":\"Regional administration\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    secondSourceId = second.json().getString("id");
    claim(reported.sourceId(), 1, 2);
    claim(secondSourceId, 5, 7);

    classificationId =
        cf.proposed(analyst, verified.id(), ClassificationFixture.HOSPITALS).getString("id");
    cf.linkEvidence(
        analyst,
        classificationId,
        ClassificationFixture.element(ClassificationFixture.HOSPITALS, 1),
        verifiedEvidence.get(AWKWARD_NAMES.get(0)));

    // The unverified incident is in the matrix too, so matrix.csv has a status for it.
    cf.proposed(analyst, reported.id(), ClassificationFixture.CIVILIANS);

    cf.verify(cw, rev1, rev2, verified, verifiedEvidence.values().toArray(String[]::new));
    return this;
  }

  private void claim(String sourceId, int killedMin, int killedMax) {
    Api.Answer claim =
        api.post(
            "api/v1/incidents/" + reported.id() + "/casualty-claims",
            cw.token(),
            "{\"sourceId\":\""
                + sourceId
                + "\",\"asOf\":\"2024-07-08\",\"population\":\"ALL\",\"killed\":{\"min\":"
                + killedMin
                + ",\"max\":"
                + killedMax
                + "},\"injured\":{\"min\":3,\"max\":4}}");
    assertThat(claim.status()).as(claim.body()).isEqualTo(201);
  }

  /** Puts an analyst on the team with the right to see protected identities. */
  void grantIdentities(User user) {
    Api.Answer granted =
        api.send(
            "PUT",
            "api/v1/cases/" + caseId + "/team/" + user.name(),
            cw.token(),
            "{\"mayViewProtectedIdentities\":true,\"password\":\""
                + ReviewFixture.PASSWORD
                + "\"}");
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
  }

  static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new Random().nextBytes(bytes);
    return bytes;
  }

  List<String> allEvidence() {
    List<String> all = new ArrayList<>(verifiedEvidence.values());
    all.add(reportedEvidence);
    return all;
  }

  // ---- uploads -------------------------------------------------------------------------------

  /** Uploads small bytes under a name that may hold anything; answers the evidence id. */
  String upload(User uploader, Incident incident, String name, byte[] bytes) {
    return upload(uploader, incident, name, bytes.length, () -> new ByteArrayInputStream(bytes));
  }

  /**
   * Uploads {@code size} bytes streamed from {@code content}, never held in memory whole; the name
   * goes both plain (controls replaced) and as RFC 5987 {@code filename*} with its exact bytes.
   */
  String upload(
      User uploader,
      Incident incident,
      String name,
      long size,
      java.util.function.Supplier<InputStream> content) {
    String boundary = "----BundleIT" + UUID.randomUUID().toString().replace("-", "");
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPHOTO\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"sourceId\"\r\n\r\n"
            + incident.sourceId()
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name.replaceAll("[\\r\\n\"]", "_")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
            + "\r\nContent-Type: application/octet-stream\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/incidents/" + incident.id() + "/evidence"))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", "Bearer " + uploader.token())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new SequenceInputStream(
                                new SequenceInputStream(
                                    new ByteArrayInputStream(headBytes), content.get()),
                                new ByteArrayInputStream(tail))),
                    headBytes.length + size + tail.length))
            .build();
    HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return ReviewFixture.parse(response.body()).getString("id");
  }

  /** Random bytes, generated as they are read. */
  static InputStream randomStream(long size) {
    SplittableRandom random = new SplittableRandom();
    return new InputStream() {
      long left = size;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return random.nextInt(256);
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        for (int i = 0; i < n; i += 8) {
          long r = random.nextLong();
          for (int j = 0; j < 8 && i + j < n; j++) {
            b[off + i + j] = (byte) (r >>> (8 * j));
          }
        }
        left -= n;
        return n;
      }
    };
  }

  // ---- export --------------------------------------------------------------------------------

  static String options(String incidents, boolean reveal, String reason, String password) {
    var body = Json.createObjectBuilder();
    if (incidents != null) {
      body.add("incidents", incidents);
    }
    body.add("revealProtectedIdentities", reveal);
    if (reason != null) {
      body.add("reason", reason);
    }
    if (password != null) {
      body.add("password", password);
    }
    return body.build().toString();
  }

  Api.Answer export(User user, String options) {
    return api.post("api/v1/cases/" + caseId + "/bundles", user.token(), options);
  }

  /** An export that must be accepted: 202 with a Location to poll; answers the bundle id. */
  String exported(User user, String options) {
    Api.Answer answer = export(user, options);
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    String id = answer.json().getString("id");
    assertThat(answer.header("Location")).endsWith("/api/v1/bundles/" + id);
    assertThat(answer.json().getString("status")).isIn("QUEUED", "RUNNING", "DONE");
    return id;
  }

  JsonObject status(User user, String bundleId) {
    Api.Answer answer = api.get("api/v1/bundles/" + bundleId, user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** Polls until the export has ended (DONE or FAILED), for at most the given time. */
  static JsonObject awaitFinished(Api api, String token, String bundleId, Duration within)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      Api.Answer answer = api.get("api/v1/bundles/" + bundleId, token);
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      last = answer.json();
      String status = last.getString("status");
      if (status.equals("DONE") || status.equals("FAILED")) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "bundle "
            + bundleId
            + " did not finish within "
            + within.toSeconds()
            + " s; last: "
            + last);
  }

  JsonObject awaitFinished(User user, String bundleId) throws InterruptedException {
    return awaitFinished(api, user.token(), bundleId, Duration.ofSeconds(120));
  }

  JsonObject awaitDone(User user, String bundleId) throws InterruptedException {
    JsonObject finished = awaitFinished(user, bundleId);
    assertThat(finished.getString("status")).as(finished.toString()).isEqualTo("DONE");
    return finished;
  }

  /** Downloads a DONE bundle to a temporary file, checking its type and hash. */
  Path download(User user, String bundleId, JsonObject status) throws IOException {
    return download(http, base, user.token(), bundleId, status);
  }

  static Path download(HttpClient http, URI base, String token, String bundleId, JsonObject status)
      throws IOException {
    Path zip = Files.createTempFile("bundle-" + bundleId.substring(0, 8) + "-", ".zip");
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/bundles/" + bundleId + "/content"))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    HttpResponse<Path> response = send(http, request, HttpResponse.BodyHandlers.ofFile(zip));
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "content of bundle "
              + bundleId
              + ": "
              + response.statusCode()
              + " "
              + new String(Files.readAllBytes(zip), StandardCharsets.UTF_8));
    }
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/zip");
    assertThat(sha256(zip))
        .as("the ZIP hashes to the status sha256")
        .isEqualTo(status.getString("sha256"));
    assertThat(Files.size(zip)).isEqualTo(status.getJsonNumber("size").longValue());
    return zip;
  }

  Api.Answer content(User user, String bundleId) {
    return api.get("api/v1/bundles/" + bundleId + "/content", user.token());
  }

  // ---- unpack and verify ---------------------------------------------------------------------

  /** Unzips into a fresh directory; answers the bag's root (the single folder inside). */
  static Path unzip(Path zip) throws IOException {
    Path into = Files.createTempDirectory("bundle-unzipped-");
    try (ZipInputStream in =
        new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(into)).as("%s stays in the folder", entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
    }
    try (Stream<Path> top = Files.list(into)) {
      List<Path> roots = top.toList();
      assertThat(roots).as("the ZIP unpacks into one folder").hasSize(1);
      return roots.get(0);
    }
  }

  /** Every entry's bytes, by name, for scans (bundles in these tests are small). */
  static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        all.put(entry.getName(), in.readAllBytes());
      }
    }
    return all;
  }

  /** Runs a checksum tool in the bag, as a court's technician would; answers its output. */
  static String check(Path bag, String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(bag.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor())
        .as(String.join(" ", command) + " in " + bag + ":\n" + output)
        .isZero();
    return output;
  }

  /** sha256sum and sha512sum over both payload manifests and the tag manifest. */
  static void checksumTools(Path bag) throws IOException, InterruptedException {
    check(bag, "sha256sum", "--strict", "-c", "manifest-sha256.txt");
    check(bag, "sha512sum", "--strict", "-c", "manifest-sha512.txt");
    check(bag, "sha256sum", "--strict", "-c", "tagmanifest-sha256.txt");
  }

  /** The Library of Congress BagIt library: reads the bag and checks it completely. */
  static void locVerifies(Path bag) throws Exception {
    try (BagVerifier verifier = new BagVerifier()) {
      Bag read = new BagReader().read(bag);
      verifier.isValid(read, false);
    }
  }

  /** Our own verifier (modules/bagit) finds the bag valid, unpacked and as the ZIP it came in. */
  static void ourVerifierAgrees(Path bag, Path zip) throws IOException {
    org.evidentia.bagit.BagVerifier ours = new org.evidentia.bagit.BagVerifier();
    for (Path input : List.of(bag, zip)) {
      org.evidentia.bagit.Verdict verdict = ours.verify(input);
      assertThat(verdict.valid()).as("our verifier on %s: %s", input, verdict.problems()).isTrue();
    }
  }

  /**
   * Tampered copies of a good bag: one byte of a payload file changed, a file added, a file
   * removed, a manifest line edited. Our verifier and the Library of Congress's both refuse each.
   */
  static void tamperingIsCaught(Path bag) throws Exception {
    Path payload;
    try (Stream<Path> files = Files.walk(bag.resolve("data/evidence"))) {
      payload = bag.relativize(files.filter(Files::isRegularFile).findFirst().orElseThrow());
    }
    Map<String, ThrowingConsumer> tamperings = new LinkedHashMap<>();
    tamperings.put(
        "one byte changed",
        copy -> {
          byte[] bytes = Files.readAllBytes(copy.resolve(payload));
          bytes[bytes.length / 2] ^= 0x01;
          Files.write(copy.resolve(payload), bytes);
        });
    tamperings.put(
        "a file added", copy -> Files.writeString(copy.resolve("data/evidence/added.txt"), "x"));
    tamperings.put("a file removed", copy -> Files.delete(copy.resolve(payload)));
    tamperings.put(
        "a manifest line edited",
        copy -> {
          Path manifest = copy.resolve("manifest-sha256.txt");
          String text = Files.readString(manifest, StandardCharsets.UTF_8);
          char first = text.charAt(0);
          Files.writeString(
              manifest, (first == '0' ? '1' : '0') + text.substring(1), StandardCharsets.UTF_8);
        });
    for (Map.Entry<String, ThrowingConsumer> tampering : tamperings.entrySet()) {
      Path copy = copyOf(bag);
      tampering.getValue().accept(copy);
      org.evidentia.bagit.Verdict verdict = new org.evidentia.bagit.BagVerifier().verify(copy);
      assertThat(verdict.valid()).as("our verifier, " + tampering.getKey()).isFalse();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> locVerifies(copy))
          .as("the LoC verifier, " + tampering.getKey())
          .isInstanceOf(Exception.class);
    }
  }

  @FunctionalInterface
  interface ThrowingConsumer {
    void accept(Path path) throws IOException;
  }

  private static Path copyOf(Path bag) throws IOException {
    Path copy = Files.createTempDirectory("bundle-tampered-").resolve(bag.getFileName().toString());
    try (Stream<Path> all = Files.walk(bag)) {
      for (Path source : all.toList()) {
        Path target = copy.resolve(bag.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return copy;
  }

  static JsonObject json(Path file) throws IOException {
    return ReviewFixture.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) != -1) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the evidence store --------------------------------------------------------------------

  JsonObject evidence(User user, String evidenceId) {
    Api.Answer answer = api.get("api/v1/evidence/" + evidenceId, user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  List<String> custodyTypes(User user, String evidenceId) {
    Api.Answer answer = api.get("api/v1/evidence/" + evidenceId + "/custody", user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    var structure = answer.structure();
    var array =
        structure.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY
            ? structure.asJsonArray()
            : structure.asJsonObject().getJsonArray("items");
    return array.getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
  }

  /** Where the server keeps an original: content-addressed under the data directory. */
  static Path original(Path dataDir, String sha256) {
    return dataDir
        .resolve("evidence")
        .resolve("originals")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  static Path bundles(Path dataDir) {
    return dataDir.resolve("bundles");
  }

  // ---- case.json against its published schema -------------------------------------------------

  /** docs/case-bundle.schema.json, wherever the tests run from (the module or the repository). */
  static Path schemaFile() {
    for (Path candidate :
        List.of(
            Path.of("..", "docs", "case-bundle.schema.json"),
            Path.of("docs", "case-bundle.schema.json"))) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "docs/case-bundle.schema.json not found from " + Path.of("").toAbsolutePath());
  }

  /** What the schema finds wrong with a document; empty when it conforms. */
  static java.util.Set<com.networknt.schema.ValidationMessage> schemaErrors(String json)
      throws IOException {
    com.networknt.schema.JsonSchemaFactory factory =
        com.networknt.schema.JsonSchemaFactory.getInstance(
            com.networknt.schema.SpecVersion.VersionFlag.V202012);
    com.networknt.schema.SchemaValidatorsConfig config =
        com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    com.networknt.schema.JsonSchema schema;
    try (InputStream in = Files.newInputStream(schemaFile())) {
      schema = factory.getSchema(in, config);
    }
    return schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
  }

  /** case.json conforms, and a copy without its incidents does not (so the check can fail). */
  static void conformsToSchema(String caseJson) throws IOException {
    assertThat(schemaErrors(caseJson)).as("case.json against the published schema").isEmpty();
    var broken =
        Json.createObjectBuilder(ReviewFixture.parse(caseJson)).remove("incidents").build();
    assertThat(schemaErrors(broken.toString()))
        .as("a case.json without incidents must not conform")
        .isNotEmpty();
  }

  private HttpResponse<String> send(HttpRequest request, HttpResponse.BodyHandler<String> handler) {
    return send(http, request, handler);
  }

  static <T> HttpResponse<T> send(
      HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    }
  }
}
