package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.junit.jupiter.api.Test;

/**
 * One instance on PostgreSQL killed with {@code kill -9} while it is busy: a large upload held
 * mid-stream, many reviewers signing off at once, and an upload whose 201 has just arrived. After a
 * restart on the same schema and data directory nothing acknowledged is lost and nothing half-done
 * shows: the acknowledged uploads are there with their hashes, bytes and custody, the cut-off
 * upload left no item and no original (its partial file is swept at start once stale), every
 * acknowledged sign-off counts, none counts without its audit entry, the statuses fit the counts,
 * and the audit chain verifies. An export cut off the same way is {@link BundleCrashIT}'s case.
 * Skipped unless {@code EVIDENTIA_TEST_PG_URL} is set.
 */
class CrashIT {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  private static final long MIB = 1024L * 1024;

  /** The upload cut off by the crash; its generator stops after {@link #HELD_AT} bytes. */
  private static final long LARGE = 300 * MIB;

  private static final long HELD_AT = 48 * MIB;

  private static final int INCIDENTS = 20;
  private static final int REVIEWERS = 4;
  private static final int SENDERS = 6;

  /**
   * The last upload starts after this many sign-offs are acknowledged; the kill follows its 201.
   */
  private static final int ACKS_BEFORE_LAST_UPLOAD = 2;

  private enum Outcome {
    ACKNOWLEDGED,
    REFUSED,
    UNKNOWN
  }

  private record Attempt(Incident incident, User reviewer) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void aKillDuringUploadsAndSignOffsLosesNothingAcknowledgedOnPostgres() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      crashAndRestart("pg", new HashMap<>(schema.env()), schema);
    }
  }

  /** The default database, an H2 file in the data directory: what a kill does to its durability. */
  @Test
  void aKillDuringUploadsAndSignOffsLosesNothingAcknowledgedOnH2() throws Exception {
    Map<String, String> env = new HashMap<>();
    // Demo mode is on by default on H2; off, the first administrator comes from the variables.
    env.put("EVIDENTIA_DEMO", "false");
    crashAndRestart("h2", env, null);
  }

  /**
   * The scenario on the database {@code env} names; {@code schema}, when not null, is PostgreSQL's
   * and lets the sign-off and audit tables be read directly as well.
   */
  private void crashAndRestart(String db, Map<String, String> env, PgSchema schema)
      throws Exception {
    Path data = Files.createTempDirectory("evidentia-crash-" + db);
    try {
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_DATA_DIR", data.toString());
      env.put("EVIDENTIA_TWO_FACTOR_REQUIRED_ROLES", "none");
      env.put("EVIDENTIA_EVIDENCE_MAX_SIZE", Long.toString(LARGE + MIB));
      env.put("EVIDENTIA_EVIDENCE_FIXITY_INTERVAL", "PT24H");
      Path incoming = data.resolve("evidence").resolve("incoming");
      Path originals = data.resolve("evidence").resolve("originals");

      User cw;
      List<User> reviewers = new ArrayList<>();
      Incident evidenceIncident;
      List<Incident> inReview = new ArrayList<>();
      Map<String, byte[]> acknowledgedUploads = new HashMap<>();
      Map<Attempt, Outcome> outcomes = new ConcurrentHashMap<>();
      Path partial;

      User la;
      String bundleId;
      JsonObject bundleDone;
      try (PayaraProcess first = PayaraProcess.start("crash-" + db + "-1", env)) {
        ReviewFixture fx = new ReviewFixture(first.api(), ADMIN, ADMIN_PASSWORD);
        BundleFixture f = new BundleFixture(fx, first.base());
        cw = fx.user("cw", "CASEWORKER");
        for (int i = 0; i < REVIEWERS; i++) {
          reviewers.add(fx.user("rev" + i, "REVIEWER"));
        }
        la = fx.user("la", "LEGAL_ANALYST");
        List<User> team = new ArrayList<>(reviewers);
        team.add(la);
        String caseId = fx.openCase(cw, team.toArray(User[]::new));
        f.caseId = caseId;
        evidenceIncident = fx.incident(cw, caseId);
        for (int i = 0; i < INCIDENTS; i++) {
          Incident incident = fx.incident(cw, caseId);
          fx.done(cw, incident, "SUBMIT");
          inReview.add(incident);
        }
        byte[] early = BundleFixture.randomBytes((int) MIB);
        acknowledgedUploads.put(f.upload(cw, evidenceIncident, "early.jpg", early), early);
        // An export finished before the crash.
        bundleId = f.exported(la, BundleFixture.options("ALL", false, null, null));
        bundleDone = f.awaitDone(la, bundleId);

        ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 1);
        CountDownLatch killed = new CountDownLatch(1);
        AtomicBoolean dead = new AtomicBoolean();
        try {
          // The large upload: its generator holds after HELD_AT bytes until the server is dead.
          Future<Integer> large =
              pool.submit(
                  () ->
                      upload(
                          first.base(),
                          cw,
                          evidenceIncident,
                          "large recording.bin",
                          LARGE,
                          held(BundleFixture.randomStream(LARGE), HELD_AT, killed)));
          partial = awaitPartial(incoming, HELD_AT / 2, large);

          // Every reviewer signs off every incident, the requests in a random order.
          List<Attempt> attempts = new ArrayList<>();
          for (Incident incident : inReview) {
            for (User reviewer : reviewers) {
              attempts.add(new Attempt(incident, reviewer));
            }
          }
          Collections.shuffle(attempts);
          ConcurrentLinkedQueue<Attempt> queue = new ConcurrentLinkedQueue<>(attempts);
          CountDownLatch acks = new CountDownLatch(ACKS_BEFORE_LAST_UPLOAD);
          List<Future<?>> senders = new ArrayList<>();
          for (int i = 0; i < SENDERS; i++) {
            senders.add(
                pool.submit(
                    () -> {
                      Attempt attempt;
                      while (!dead.get() && (attempt = queue.poll()) != null) {
                        Outcome outcome = signOff(first.base(), attempt);
                        outcomes.put(attempt, outcome);
                        if (outcome == Outcome.ACKNOWLEDGED) {
                          acks.countDown();
                        }
                      }
                      return null;
                    }));
          }
          assertThat(acks.await(120, TimeUnit.SECONDS))
              .as("sign-offs acknowledged: " + outcomes)
              .isTrue();

          // An upload acknowledged right before the kill, while sign-offs are still being sent.
          byte[] last = BundleFixture.randomBytes(512 * 1024);
          String lastId = f.upload(cw, evidenceIncident, "last.jpg", last);
          first.kill();
          dead.set(true);
          killed.countDown();
          acknowledgedUploads.put(lastId, last);

          for (Future<?> sender : senders) {
            sender.get(60, TimeUnit.SECONDS);
          }
          Integer largeStatus = large.get(60, TimeUnit.SECONDS);
          assertThat(largeStatus)
              .as("the large upload cannot have been acknowledged")
              .isNotEqualTo(201);
        } finally {
          killed.countDown();
          pool.shutdownNow();
        }
      }

      // How the kill landed, for the build log.
      System.out.println(
          "CrashIT: sign-offs at the kill "
              + outcomes.values().stream()
                  .collect(
                      java.util.stream.Collectors.groupingBy(
                          o -> o, java.util.stream.Collectors.counting()))
              + " of "
              + INCIDENTS * REVIEWERS
              + " queued");
      assertThat(outcomes.values())
          .as("the kill came while sign-offs were still being sent: " + outcomes)
          .contains(Outcome.ACKNOWLEDGED);
      assertThat(outcomes.size() < INCIDENTS * REVIEWERS || outcomes.containsValue(Outcome.UNKNOWN))
          .as("the kill came before every sign-off was answered: " + outcomes)
          .isTrue();
      assertThat(partial).as("the cut-off upload's partial file").exists();
      // Only the acknowledged bytes reached the store's final place.
      Set<String> acknowledgedHashes = new HashSet<>();
      acknowledgedUploads.values().forEach(bytes -> acknowledgedHashes.add(sha256(bytes)));
      assertThat(filesUnder(originals)).containsExactlyInAnyOrderElementsOf(acknowledgedHashes);
      // Partial uploads are swept at start once an hour old; this one is made to look that old.
      Files.setLastModifiedTime(partial, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

      try (PayaraProcess second = PayaraProcess.start("crash-" + db + "-2", env)) {
        ReviewFixture fx = new ReviewFixture(second.api(), ADMIN, ADMIN_PASSWORD);
        BundleFixture f = new BundleFixture(fx, second.base());
        Api api = second.api();
        assertChainValid(fx);

        // Uploads: exactly the acknowledged ones, whole.
        assertThat(partial).as("the stale partial upload is removed at start").doesNotExist();
        assertThat(filesUnder(incoming)).allSatisfy(name -> assertThat(name).endsWith(".part"));
        Api.Answer list =
            api.get("api/v1/incidents/" + evidenceIncident.id() + "/evidence?size=50", cw.token());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
            .extracting(item -> item.getString("id"))
            .containsExactlyInAnyOrderElementsOf(acknowledgedUploads.keySet());
        for (Map.Entry<String, byte[]> upload : acknowledgedUploads.entrySet()) {
          String id = upload.getKey();
          String expected = sha256(upload.getValue());
          assertThat(f.evidence(cw, id).getString("sha256")).isEqualTo(expected);
          assertThat(f.custodyTypes(cw, id)).contains("RECEIVED");
          assertThat(downloadedSha256(second.base(), cw, id)).isEqualTo(expected);
          Api.Answer check =
              api.post("api/v1/evidence/" + id + "/integrity-check", cw.token(), "{}");
          assertThat(check.status()).as(check.body()).isEqualTo(200);
          assertThat(check.json().getString("integrity")).as(check.body()).isEqualTo("OK");
        }
        assertThat(filesUnder(originals)).containsExactlyInAnyOrderElementsOf(acknowledgedHashes);

        // The finished export: still DONE, and the same bytes.
        JsonObject bundle = f.status(la, bundleId);
        assertThat(bundle.getString("status")).as(bundle.toString()).isEqualTo("DONE");
        assertThat(bundle.getString("sha256")).isEqualTo(bundleDone.getString("sha256"));
        Files.delete(f.download(la, bundleId, bundle));

        // Sign-offs: every acknowledged one counts, refused ones never, in-flight ones may.
        int required = fx.review(cw, inReview.get(0)).getInt("requiredSignOffs");
        Map<String, Set<String>> recorded = new HashMap<>();
        for (Incident incident : inReview) {
          JsonObject review = fx.review(cw, incident);
          Set<String> acknowledged = signers(outcomes, incident, Outcome.ACKNOWLEDGED);
          Set<String> mayHave = new HashSet<>(acknowledged);
          mayHave.addAll(signers(outcomes, incident, Outcome.UNKNOWN));
          List<String> signedOff =
              review.getJsonArray("signOffs").getValuesAs(JsonObject.class).stream()
                  .map(s -> s.getString("reviewer"))
                  .toList();
          String what = incident.id() + " " + outcomesOf(outcomes, incident) + ": " + review;
          assertThat(signedOff).as(what).doesNotHaveDuplicates().containsAll(acknowledged);
          assertThat(mayHave).as(what).containsAll(signedOff);
          assertThat(signedOff.size()).as(what).isLessThanOrEqualTo(required);
          assertThat(review.getString("status"))
              .as(what)
              .isEqualTo(signedOff.size() >= required ? "VERIFIED" : "UNDER_REVIEW");
          List<JsonObject> history = ReviewFixture.history(review);
          assertThat(history)
              .as(what)
              .filteredOn(h -> h.getString("action").equals("SIGN_OFF"))
              .extracting(h -> h.getString("actor"))
              .containsExactlyInAnyOrderElementsOf(signedOff);
          assertThat(history)
              .as(what)
              .extracting(h -> h.getInt("seq"))
              .containsExactlyElementsOf(
                  java.util.stream.IntStream.rangeClosed(1, history.size()).boxed().toList());
          if (!signedOff.isEmpty()) {
            recorded.put(incident.id(), new HashSet<>(signedOff));
          }
        }
        // Each sign-off that counts has exactly one audit entry, and no entry lacks its sign-off.
        assertThat(auditedSignOffs(fx)).isEqualTo(recorded);
        if (schema != null) {
          assertThat(auditedSignOffs(schema)).isEqualTo(signOffRows(schema)).isEqualTo(recorded);
        }

        // The server goes on: a reviewer who has not signed an open incident yet still can.
        for (Incident incident : inReview) {
          Set<String> signed = recorded.getOrDefault(incident.id(), Set.of());
          if (signed.size() < required) {
            User next =
                reviewers.stream()
                    .filter(r -> !signed.contains(r.name()))
                    .findFirst()
                    .orElseThrow();
            JsonObject after = fx.done(next, incident, "SIGN_OFF");
            assertThat(after.getJsonArray("signOffs")).hasSize(signed.size() + 1);
            break;
          }
        }
        assertChainValid(fx);
      }
    } finally {
      deleteTree(data);
    }
  }

  /** One sign-off; what the client learnt of it. */
  private Outcome signOff(URI base, Attempt attempt) {
    HttpRequest request =
        HttpRequest.newBuilder(
                base.resolve("api/v1/incidents/" + attempt.incident().id() + "/review/actions"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + attempt.reviewer().token())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    ReviewFixture.fullBody("SIGN_OFF", attempt.incident(), null)))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      assertThat(status).as("sign-off answered").isIn(200, 409);
      return status == 200 ? Outcome.ACKNOWLEDGED : Outcome.REFUSED;
    } catch (IOException cutOff) {
      return Outcome.UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.UNKNOWN;
    }
  }

  /** A streamed multipart upload; its status, or -1 when the connection broke. */
  private int upload(
      URI base, User uploader, Incident incident, String name, long size, InputStream content) {
    String boundary = "----CrashIT" + UUID.randomUUID().toString().replace("-", "");
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPHOTO\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"sourceId\"\r\n\r\n"
                + incident.sourceId()
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/incidents/" + incident.id() + "/evidence"))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + uploader.token())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new SequenceInputStream(
                                new SequenceInputStream(new ByteArrayInputStream(head), content),
                                new ByteArrayInputStream(tail))),
                    head.length + size + tail.length))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException cutOff) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The stream, which blocks once {@code limit} bytes are read until {@code release}. */
  private static InputStream held(InputStream in, long limit, CountDownLatch release) {
    return new InputStream() {
      long read;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (read >= limit) {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new IOException("held until the server was killed");
        }
        int n = in.read(b, off, (int) Math.min(len, limit - read));
        if (n > 0) {
          read += n;
        }
        return n;
      }
    };
  }

  /** Waits until a partial upload in incoming/ holds at least {@code size} bytes. */
  private static Path awaitPartial(Path incoming, long size, Future<Integer> upload)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      assertThat(upload.isDone()).as("the large upload ended early").isFalse();
      if (Files.isDirectory(incoming)) {
        try (Stream<Path> files = Files.list(incoming)) {
          for (Path file : files.toList()) {
            if (file.getFileName().toString().startsWith("upload-") && Files.size(file) >= size) {
              return file;
            }
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no partial upload of " + size + " bytes in " + incoming);
  }

  private String downloadedSha256(URI base, User user, String evidenceId) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/evidence/" + evidenceId + "/content"))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", "Bearer " + user.token())
            .build();
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    MessageDigest digest = BundleFixture.sha256();
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) != -1) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(BundleFixture.sha256().digest(bytes));
  }

  /** The names of the regular files under a directory, at any depth. */
  private static List<String> filesUnder(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }

  private static Set<String> signers(
      Map<Attempt, Outcome> outcomes, Incident incident, Outcome outcome) {
    Set<String> names = new HashSet<>();
    outcomes.forEach(
        (attempt, o) -> {
          if (o == outcome && attempt.incident().equals(incident)) {
            names.add(attempt.reviewer().name());
          }
        });
    return names;
  }

  private static Map<String, Outcome> outcomesOf(
      Map<Attempt, Outcome> outcomes, Incident incident) {
    Map<String, Outcome> of = new HashMap<>();
    outcomes.forEach(
        (attempt, o) -> {
          if (attempt.incident().equals(incident)) {
            of.put(attempt.reviewer().name(), o);
          }
        });
    return of;
  }

  /** As below, read through the audit API. */
  private static Map<String, Set<String>> auditedSignOffs(ReviewFixture fx) {
    Api.Answer page = fx.api.get("api/v1/audit?q=REVIEW_SIGN_OFF&size=200", fx.adminToken());
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().getJsonNumber("total").longValue()).isLessThan(200);
    Map<String, Set<String>> pairs = new HashMap<>();
    for (JsonObject entry : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
      if (entry.getString("action").equals("REVIEW_SIGN_OFF")) {
        assertThat(
                pairs
                    .computeIfAbsent(entry.getString("targetId"), k -> new HashSet<>())
                    .add(entry.getString("actor")))
            .as("a second audit entry for " + entry)
            .isTrue();
      }
    }
    return pairs;
  }

  /** Incident id to the reviewers with a REVIEW_SIGN_OFF audit entry; an entry twice fails. */
  private static Map<String, Set<String>> auditedSignOffs(PgSchema schema) throws Exception {
    return pairs(
        schema,
        "SELECT target_id, actor FROM "
            + schema.name()
            + ".audit_entry WHERE action = 'REVIEW_SIGN_OFF'");
  }

  private static Map<String, Set<String>> signOffRows(PgSchema schema) throws Exception {
    return pairs(schema, "SELECT incident_id, reviewer FROM " + schema.name() + ".review_signoff");
  }

  private static Map<String, Set<String>> pairs(PgSchema schema, String query) throws Exception {
    Map<String, Set<String>> pairs = new HashMap<>();
    try (Connection c = schema.connect();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(query)) {
      while (rows.next()) {
        String key = rows.getString(1);
        String value = rows.getString(2);
        assertThat(pairs.computeIfAbsent(key, k -> new HashSet<>()).add(value))
            .as(query + ": " + key + " " + value + " twice")
            .isTrue();
      }
    }
    return pairs;
  }

  private static void assertChainValid(ReviewFixture fx) {
    Api.Answer chain = fx.api.get("api/v1/audit/verification", fx.adminToken());
    assertThat(chain.status()).as(chain.body()).isEqualTo(200);
    assertThat(chain.json().getBoolean("valid")).as(chain.body()).isTrue();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
