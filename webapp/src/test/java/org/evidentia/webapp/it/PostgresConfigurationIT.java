package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production configuration, by environment variables alone and without a rebuild: the same WAR on
 * PostgreSQL, demo mode off, the first administrator from {@code EVIDENTIA_ADMIN_*}. Runs whenever
 * {@code EVIDENTIA_TEST_PG_URL} is set (always in CI), in a schema of its own.
 */
class PostgresConfigurationIT {

  private static final String PG_URL = System.getenv("EVIDENTIA_TEST_PG_URL");
  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  private static String schema;
  private static Process server;
  private static Path log;
  private static Api api;

  @BeforeAll
  static void startOnPostgres() throws Exception {
    Assumptions.assumeTrue(
        PG_URL != null && !PG_URL.isBlank(),
        "EVIDENTIA_TEST_PG_URL not set: PostgreSQL run skipped");
    schema = "evd_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    sql("CREATE SCHEMA " + schema);

    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path dataDir = Files.createTempDirectory("evidentia-pg-it");
    log = Files.createTempFile("evidentia-pg-it", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar"));
    command.add(System.getProperty("payara.microJar"));
    command.addAll(
        List.of(
            "--deploy",
            System.getProperty("evidentia.war"),
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--disablephonehome"));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    String separator = PG_URL.contains("?") ? "&" : "?";
    builder.environment().put("EVIDENTIA_DB_URL", PG_URL + separator + "currentSchema=" + schema);
    builder
        .environment()
        .put(
            "EVIDENTIA_DB_USER",
            System.getenv().getOrDefault("EVIDENTIA_TEST_PG_USER", "postgres"));
    builder.environment().put("EVIDENTIA_DB_PASSWORD", "unused-with-trust-auth");
    builder.environment().put("EVIDENTIA_DATA_DIR", dataDir.toString());
    builder.environment().put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
    builder.environment().put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().remove("EVIDENTIA_DEMO");
    server = builder.start();

    URI base = URI.create("http://127.0.0.1:" + port + "/");
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    int status = 0;
    while (Instant.now().isBefore(deadline) && server.isAlive()) {
      try {
        status =
            http.send(
                    HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          break;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    assertThat(status).as("readiness on PostgreSQL; server log: " + log).isEqualTo(200);
    api = new Api(new URL(base.resolve("/evidentia/").toString()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      server.waitFor();
    }
    if (schema != null) {
      sql("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void sql(String statement) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                PG_URL, System.getenv().getOrDefault("EVIDENTIA_TEST_PG_USER", "postgres"), "");
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void schemaIsMigratedIntoPostgres() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                PG_URL, System.getenv().getOrDefault("EVIDENTIA_TEST_PG_USER", "postgres"), "");
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                    + schema
                    + "' AND table_name IN ('audit_entry', 'identity_account', 'flyway_schema_history')")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(3);
    }
  }

  @Test
  void administratorFromTheEnvironmentCanLogInAndTheChainIsValid() {
    String token = api.token(ADMIN, ADMIN_PASSWORD);
    Api.Answer verification = api.get("api/v1/audit/verification", token);
    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.json().getBoolean("valid")).isTrue();
  }

  @Test
  void demoAccountsDoNotExistOutsideDemoMode() {
    Api.Answer answer =
        api.post(
            "api/v1/tokens",
            null,
            Json.createObjectBuilder()
                .add("username", "caseworker")
                .add("password", Api.DEMO_PASSWORD)
                .build()
                .toString());
    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void aProtectedIdentityNeverReachesTheServerLog() throws Exception {
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    String worker = "field-" + UUID.randomUUID().toString().substring(0, 6);
    api.post(
        "api/v1/users",
        admin,
        "{\"username\":\""
            + worker
            + "\",\"displayName\":\"Field worker\",\"roles\":[\"CASEWORKER\"],"
            + "\"password\":\"field worker passphrase\"}");
    String token = api.token(worker, "field worker passphrase");
    String caseId =
        api.post("api/v1/cases", token, "{\"title\":\"Log check\"}").json().getString("id");
    String incident =
        api.post(
                "api/v1/cases/" + caseId + "/incidents",
                token,
                "{\"title\":\"Log check\",\"occurred\":{\"from\":\"2024-07-08T07:45:00Z\"}}")
            .json()
            .getString("id");
    String secret = "Nadiya Secret-Witness-" + UUID.randomUUID().toString().substring(0, 6);
    Api.Answer person =
        api.post(
            "api/v1/incidents/" + incident + "/persons",
            token,
            "{\"role\":\"WITNESS\",\"ageGroup\":\"ADULT\",\"protectedIdentity\":{\"name\":\""
                + secret
                + "\"}}");
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    // Invalid input and a refused read, to make the server log whatever it logs on errors.
    api.post(
        "api/v1/incidents/" + incident + "/persons",
        token,
        "{\"role\":\"NOBODY\",\"protectedIdentity\":{\"name\":\"" + secret + "\"}}");
    api.get("api/v1/persons/" + person.json().getString("id"), admin);
    assertThat(Files.readString(log)).doesNotContain(secret).doesNotContain("Secret-Witness");
    try (Connection c =
            DriverManager.getConnection(
                PG_URL, System.getenv().getOrDefault("EVIDENTIA_TEST_PG_USER", "postgres"), "");
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT protected_identity FROM " + schema + ".intake_person")) {
      while (rows.next()) {
        assertThat(rows.getString(1)).startsWith("v1:").doesNotContain("Secret-Witness");
      }
    }
  }

  @Test
  void startupLogSaysWhereTheDataLivesAndWhichAccountsExist() throws IOException {
    String text = Files.readString(log);
    assertThat(text).contains("Evidentia data directory:").contains("jdbc:postgresql:");
    assertThat(text).contains("Accounts (1):").contains(ADMIN + " [ADMIN]");
    assertThat(text).doesNotContain(ADMIN_PASSWORD).doesNotContain("DEMO MODE");
    assertThat(new File(System.getProperty("evidentia.war"))).isFile();
  }
}
