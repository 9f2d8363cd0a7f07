package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.junit.jupiter.api.Test;

/**
 * The cluster test of issue 9: two instances in one Payara (Hazelcast) cluster, found by TCP/IP on
 * loopback, on one fresh PostgreSQL schema and one data directory. A client writes through both in
 * turn (incidents, evidence, submissions, two sign-offs each) while the first instance is killed
 * with SIGKILL; a request that cannot reach an instance goes to the other, as nginx's {@code
 * proxy_next_upstream error} does. Afterwards every acknowledged write is on the survivor, no
 * sign-off is counted twice, the audit chain verifies and every evidence file hashes as uploaded. A
 * page session made by the login form on the killed instance goes on on the survivor. Runs whenever
 * {@code EVIDENTIA_TEST_PG_URL} is set.
 */
class ClusterIT {

  private static final String ADMIN = "cluster-chief";
  private static final String ADMIN_PASSWORD = "cluster admin passphrase 1";
  private static final int INCIDENTS = 8;

  /** Acknowledged writes before the first instance is killed: mid-run, not at the start. */
  private static final int KILL_AFTER = 14;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** One write as the client saw it. */
  record Write(String what, String incidentId, int status) {}

  @Test
  void writesThroughBothInstancesSurviveTheLossOfOneAndSessionsMoveOver() throws Exception {
    Instant began = Instant.now();
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_DATA_DIR", Files.createTempDirectory("evidentia-cluster-it").toString());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_TWO_FACTOR_REQUIRED_ROLES", "none");
      String cluster = "evidentia-it-" + UUID.randomUUID().toString().substring(0, 8);
      int hzA = PayaraProcess.freePort();
      int hzB = PayaraProcess.freePort();
      String members = "127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
      // B after A is ready: A has migrated the schema and created the administrator by then.
      try (PayaraProcess a =
              PayaraProcess.start("cluster-a", env, clusterOptions(cluster, members, hzA, "a"));
          PayaraProcess b =
              PayaraProcess.start("cluster-b", env, clusterOptions(cluster, members, hzB, "b"))) {
        assertThat(Files.readString(b.log()))
            .as("B joined A's cluster" + b.tail())
            .contains("DG Size: 2");

        for (PayaraProcess instance : List.of(a, b)) {
          assertThat(instance.api().get("/health/live", null).status()).isEqualTo(200);
        }

        ReviewFixture fx = new ReviewFixture(a.api(), ADMIN, ADMIN_PASSWORD);
        User caseworker = fx.user("cl-cw", "CASEWORKER");
        User reviewer1 = fx.user("cl-rv1", "REVIEWER");
        User reviewer2 = fx.user("cl-rv2", "REVIEWER");
        String caseId = fx.openCase(caseworker, reviewer1, reviewer2);

        // A page session, made by the login form on A.
        Map<String, String> cookies = formLogin(a.base(), caseworker.name());
        assertThat(loggedIn(a.base(), cookies)).as("logged in on A").isTrue();
        // A page opened on A, whose form is sent after A is gone.
        String viewStateFromA = viewState(get(a.base(), "index.xhtml", cookies).body());

        Client client =
            new Client(List.of(a, b), caseworker, reviewer1, reviewer2, caseId, fx.adminToken());
        Thread run = new Thread(client::run, "cluster-client");
        run.start();
        Instant deadline = Instant.now().plusSeconds(240);
        while (client.acknowledged.get() < KILL_AFTER && run.isAlive()) {
          assertThat(Instant.now()).as("client progress").isBefore(deadline);
          Thread.sleep(20);
        }
        a.kill();
        int acknowledgedAtKill = client.acknowledged.get();
        run.join(Duration.ofMinutes(4).toMillis());
        assertThat(run.isAlive()).as("client finished").isFalse();
        assertThat(client.failure).as("client failure").isNull();
        assertThat(client.acknowledged.get())
            .as("writes went on after the kill")
            .isGreaterThan(acknowledgedAtKill);

        verify(b, client, fx.adminToken(), caseworker, reviewer1, reviewer2);

        // The page session made on A goes on on B.
        assertThat(loggedIn(b.base(), cookies)).as("the session from A is valid on B").isTrue();
        // The form of the page opened on A is finished on B: the view state and the session bean
        // (with its injected service, which stores the choice) came over.
        HttpResponse<String> switched =
            post(
                b.base(),
                "index.xhtml",
                cookies,
                Map.of(
                    "session", "session",
                    "session:langUk", "session:langUk",
                    "jakarta.faces.ViewState", viewStateFromA));
        assertThat(switched.statusCode()).as("form sent to B: " + switched.body()).isIn(302, 303);
        assertThat(get(b.base(), "index.xhtml", cookies).body()).contains("lang=\"uk\"");
      }
    }
    System.out.println(
        "ClusterIT took " + Duration.between(began, Instant.now()).toSeconds() + " s");
  }

  /**
   * Cluster options: TCP/IP discovery on loopback (multicast may be filtered), and no host-aware
   * partitioning, which otherwise keeps session backups off members on the same address.
   */
  private static List<String> clusterOptions(String cluster, String members, int port, String n) {
    return List.of(
        "--clustername",
        cluster,
        "--clustermode",
        "tcpip:" + members,
        "--interfaces",
        "127.0.0.1",
        "--startport",
        Integer.toString(port),
        "--nohostaware",
        "--name",
        cluster + "-" + n);
  }

  private static void verify(
      PayaraProcess survivor,
      Client client,
      String adminToken,
      User caseworker,
      User reviewer1,
      User reviewer2) {
    Api api = survivor.api();
    assertThat(client.writes).as("server errors").noneMatch(w -> w.status() >= 500);
    for (Write write : client.writes) {
      if (write.status() / 100 != 2) {
        continue;
      }
      Api.Answer incident = api.get("api/v1/incidents/" + write.incidentId(), caseworker.token());
      assertThat(incident.status()).as(write + ": " + incident.body()).isEqualTo(200);
    }
    for (Map.Entry<String, String> evidence : client.evidenceHashes.entrySet()) {
      HttpResponse<byte[]> content =
          download(
              survivor.base(), "api/v1/evidence/" + evidence.getKey() + "/content", caseworker);
      assertThat(content.statusCode()).as("evidence " + evidence.getKey()).isEqualTo(200);
      assertThat(sha256(content.body()))
          .as("evidence " + evidence.getKey())
          .isEqualTo(evidence.getValue());
    }
    assertThat(client.evidenceHashes).isNotEmpty();
    Map<String, String> reviewerNames = Map.of(reviewer1.name(), "r1", reviewer2.name(), "r2");
    for (Map.Entry<String, Set<String>> signed : client.acknowledgedSignOffs.entrySet()) {
      Api.Answer review =
          api.get("api/v1/incidents/" + signed.getKey() + "/review", reviewer1.token());
      assertThat(review.status()).as(review.body()).isEqualTo(200);
      List<String> reviewers =
          review.json().getJsonArray("signOffs").getValuesAs(JsonObject.class).stream()
              .map(s -> s.getString("reviewer"))
              .toList();
      assertThat(reviewers).as("sign-offs of " + signed.getKey()).doesNotHaveDuplicates();
      assertThat(reviewers).as("sign-offs of " + signed.getKey()).containsAll(signed.getValue());
      assertThat(reviewerNames.keySet()).containsAll(reviewers);
    }
    assertThat(client.acknowledgedSignOffs).isNotEmpty();
    Api.Answer chain = api.get("api/v1/audit/verification", adminToken);
    assertThat(chain.status()).as(chain.body()).isEqualTo(200);
    assertThat(chain.json().getBoolean("valid")).as(chain.body()).isTrue();
  }

  /**
   * Writes in turn through the instances, each operation to the next instance; one that cannot be
   * connected to is skipped for that operation, which then goes to the other.
   */
  private static final class Client {
    final List<PayaraProcess> instances;
    final User caseworker;
    final User reviewer1;
    final User reviewer2;
    final String caseId;
    final AtomicInteger acknowledged = new AtomicInteger();
    final List<Write> writes = new CopyOnWriteArrayList<>();
    final Map<String, String> evidenceHashes = new ConcurrentHashMap<>();
    final Map<String, Set<String>> acknowledgedSignOffs = new ConcurrentHashMap<>();
    final Random random = new Random(9);
    volatile Throwable failure;
    private int next;

    Client(
        List<PayaraProcess> instances,
        User caseworker,
        User reviewer1,
        User reviewer2,
        String caseId,
        String adminToken) {
      this.instances = instances;
      this.caseworker = caseworker;
      this.reviewer1 = reviewer1;
      this.reviewer2 = reviewer2;
      this.caseId = caseId;
    }

    void run() {
      try {
        for (int i = 0; i < INCIDENTS; i++) {
          String name = "photo-" + i + ".bin";
          Incident incident = createIncident();
          if (incident == null) {
            continue;
          }
          byte[] bytes = new byte[32 * 1024 + random.nextInt(32 * 1024)];
          random.nextBytes(bytes);
          Api.Answer uploaded =
              write(
                  "upload",
                  incident.id(),
                  p -> Uploads.upload(p.base(), caseworker, incident, name, bytes));
          if (uploaded != null && uploaded.status() == 201) {
            String evidenceId = uploaded.json().getString("id");
            evidenceHashes.put(evidenceId, sha256(bytes));
            // A sign-off needs every item re-hashed since receipt (ADR 0014).
            write(
                "integrity-check",
                incident.id(),
                p ->
                    p.api()
                        .post(
                            "api/v1/evidence/" + evidenceId + "/integrity-check",
                            caseworker.token(),
                            "{}"));
          }
          write(
              "submit",
              incident.id(),
              p ->
                  p.api()
                      .post(
                          reviewPath(incident),
                          caseworker.token(),
                          ReviewFixture.fullBody("SUBMIT", incident, null)));
          for (User reviewer : List.of(reviewer1, reviewer2)) {
            Api.Answer signed =
                write(
                    "sign-off",
                    incident.id(),
                    p ->
                        p.api()
                            .post(
                                reviewPath(incident),
                                reviewer.token(),
                                ReviewFixture.fullBody("SIGN_OFF", incident, null)));
            if (signed != null && signed.status() == 200) {
              acknowledgedSignOffs
                  .computeIfAbsent(incident.id(), k -> ConcurrentHashMap.newKeySet())
                  .add(reviewer.name());
            }
          }
        }
      } catch (Throwable t) {
        failure = t;
      }
    }

    private static String reviewPath(Incident incident) {
      return "api/v1/incidents/" + incident.id() + "/review/actions";
    }

    private Incident createIncident() {
      Api.Answer recorded =
          write(
              "incident",
              null,
              p ->
                  p.api()
                      .post(
                          "api/v1/cases/" + caseId + "/incidents",
                          caseworker.token(),
                          "{\"title\":\"Cluster shelling "
                              + UUID.randomUUID().toString().substring(0, 6)
                              + "\",\"occurred\":{\"from\":\"2024-07-08T07:45:00Z\","
                              + "\"precision\":\"EXACT\"},\"location\":{\"placeName\":\"Market\","
                              + "\"country\":\"Ukraine\",\"region\":\"Kharkiv Oblast\","
                              + "\"locality\":\"Kharkiv\"},\"incidentType\":\"SHELLING\"}"));
      if (recorded == null || recorded.status() != 201) {
        return null;
      }
      String id = recorded.json().getString("id");
      Api.Answer source =
          write(
              "source",
              id,
              p ->
                  p.api()
                      .post(
                          "api/v1/incidents/" + id + "/sources",
                          caseworker.token(),
                          "{\"kind\":\"WITNESS\",\"name\":\"Stall keeper\"}"));
      if (source == null || source.status() != 201) {
        return null;
      }
      return new Incident(caseId, id, source.json().getString("id"));
    }

    interface Request {
      Api.Answer send(PayaraProcess instance);
    }

    /**
     * Sends to the next instance, or to the other when the next cannot be connected to; answers
     * null when the request failed after it was sent (its outcome unknown, never acknowledged).
     */
    private Api.Answer write(String what, String incidentId, Request request) {
      for (int attempt = 0; attempt < instances.size(); attempt++) {
        PayaraProcess instance = instances.get(next++ % instances.size());
        try {
          Api.Answer answer = request.send(instance);
          writes.add(
              new Write(
                  what,
                  incidentId == null && answer.status() == 201
                      ? answer.json().getString("id")
                      : incidentId,
                  answer.status()));
          if (answer.status() / 100 == 2) {
            acknowledged.incrementAndGet();
          }
          return answer;
        } catch (IllegalStateException e) {
          if (!(e.getCause() instanceof ConnectException)) {
            writes.add(new Write(what, incidentId, -1));
            return null;
          }
          // not connected: nothing was sent, try the other instance
        }
      }
      throw new AssertionError("no instance could be reached for " + what);
    }
  }

  /** Logs in through the page form, answering the cookies of the session it made. */
  private static Map<String, String> formLogin(URI base, String username) throws Exception {
    Map<String, String> cookies = new LinkedHashMap<>();
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve("login.xhtml")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    keepCookies(page, cookies);
    Matcher viewState =
        Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertThat(viewState.find()).as("view state in the login page").isTrue();
    String form =
        form(
            Map.of(
                "login",
                "login",
                "login:username",
                username,
                "login:password",
                ReviewFixture.PASSWORD,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                viewState.group(1)));
    HttpResponse<String> posted =
        HTTP.send(
            withCookies(HttpRequest.newBuilder(base.resolve("login.xhtml")), cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    keepCookies(posted, cookies);
    assertThat(posted.statusCode()).as("login answer: " + posted.body()).isIn(302, 303);
    assertThat(posted.headers().firstValue("Location").orElse(""))
        .doesNotContain("login.xhtml")
        .doesNotContain("two-factor");
    return cookies;
  }

  private static String viewState(String page) {
    Matcher viewState =
        Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page);
    assertThat(viewState.find()).as("view state in the page").isTrue();
    return viewState.group(1);
  }

  private static HttpResponse<String> get(URI base, String path, Map<String, String> cookies)
      throws Exception {
    return HTTP.send(
        withCookies(HttpRequest.newBuilder(base.resolve(path)), cookies).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(
      URI base, String path, Map<String, String> cookies, Map<String, String> fields)
      throws Exception {
    return HTTP.send(
        withCookies(HttpRequest.newBuilder(base.resolve(path)), cookies)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Whether the home page opens with these cookies rather than sending to the login page. */
  private static boolean loggedIn(URI base, Map<String, String> cookies) throws Exception {
    HttpResponse<String> home =
        HTTP.send(
            withCookies(HttpRequest.newBuilder(base.resolve("index.xhtml")), cookies).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return home.statusCode() == 200 && !home.body().contains("id=\"login\"");
  }

  private static void keepCookies(HttpResponse<?> response, Map<String, String> cookies) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
  }

  private static HttpRequest.Builder withCookies(
      HttpRequest.Builder request, Map<String, String> cookies) {
    if (!cookies.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      cookies.forEach((name, value) -> pairs.add(name + "=" + value));
      request.header("Cookie", String.join("; ", pairs));
    }
    return request.timeout(Duration.ofSeconds(30));
  }

  private static String form(Map<String, String> fields) {
    List<String> pairs = new ArrayList<>();
    fields.forEach(
        (name, value) ->
            pairs.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return String.join("&", pairs);
  }

  private static HttpResponse<byte[]> download(URI base, String path, User user) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + user.token())
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("download of " + path + " failed", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
