package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production configuration, by environment variables alone and without a rebuild: the same WAR on
 * PostgreSQL, demo mode off, the first administrator from {@code EVIDENTIA_ADMIN_*}. Runs whenever
 * {@code EVIDENTIA_TEST_PG_URL} is set (always in CI), in a schema of its own.
 */
class PostgresConfigurationIT {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  private static PgSchema schema;
  private static PayaraProcess server;
  private static Path log;
  private static Api api;

  @BeforeAll
  static void startOnPostgres() throws Exception {
    schema = PgSchema.create();
    Map<String, String> env = new HashMap<>(schema.env());
    env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
    env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    server = PayaraProcess.start("pg-config", env);
    log = server.log();
    api = server.api();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void schemaIsMigratedIntoPostgres() throws Exception {
    try (Connection c = schema.connect();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                    + schema.name()
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
    try (Connection c = schema.connect();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT protected_identity FROM " + schema.name() + ".intake_person")) {
      while (rows.next()) {
        assertThat(rows.getString(1)).startsWith("v2:").doesNotContain("Secret-Witness");
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
