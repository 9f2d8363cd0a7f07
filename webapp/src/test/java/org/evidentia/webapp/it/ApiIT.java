package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API of the real WAR on Payara Micro: tokens, errors, roles, accounts, audit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  private Api api() {
    return new Api(deployment);
  }

  private static String credentials(String username, String password) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("password", password)
        .build()
        .toString();
  }

  private static void assertErrorBody(Api.Answer answer, int status, String error) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    JsonObject body = answer.json();
    assertThat(body.getInt("status")).isEqualTo(status);
    assertThat(body.getString("error")).isEqualTo(error);
    assertThat(body.getString("message")).isNotBlank();
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void tokenIsIssuedForTheRightPasswordWithLocationAndExpiry() {
    Api.Answer answer =
        api().post("api/v1/tokens", null, credentials("caseworker", Api.DEMO_PASSWORD));
    assertThat(answer.status()).isEqualTo(201);
    JsonObject token = answer.json();
    assertThat(token.getString("token")).startsWith("evd_").hasSizeGreaterThan(40);
    assertThat(Instant.parse(token.getString("expiresAt"))).isAfter(Instant.now());
    assertThat(answer.header("Location")).endsWith("/api/v1/tokens/" + token.getString("id"));
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSame401() {
    Api.Answer wrong =
        api().post("api/v1/tokens", null, credentials("caseworker", "not-the-password"));
    Api.Answer unknown =
        api()
            .post(
                "api/v1/tokens",
                null,
                credentials("nobody-" + UUID.randomUUID(), "whatever-password"));
    assertErrorBody(wrong, 401, "unauthorized");
    assertErrorBody(unknown, 401, "unauthorized");
    assertThat(wrong.json().getString("message")).isEqualTo(unknown.json().getString("message"));
  }

  @Test
  void failedLoginIsAuditedWithItsRealReason() {
    String marker = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
    api().post("api/v1/tokens", null, credentials(marker, "whatever-password"));
    JsonObject page = api().get("api/v1/audit?q=" + marker, api().token("admin")).json();
    assertThat(page.getInt("total")).isEqualTo(1);
    JsonObject entry = page.getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("action")).isEqualTo("LOGIN_FAILED");
    assertThat(entry.getString("details")).contains("unknown account");
    assertThat(entry.getString("address")).isNotBlank();
  }

  @Test
  void callWithoutTokenIs401JsonWithChallenge() {
    Api.Answer answer = api().get("api/v1/users", null);
    assertErrorBody(answer, 401, "unauthorized");
    assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void forgedTokenIs401() {
    assertErrorBody(
        api().get("api/v1/tokens", "evd_forged-token-value-that-was-never-issued"),
        401,
        "unauthorized");
  }

  @Test
  void revokedTokenStopsWorkingAtOnce() {
    Api api = api();
    Api.Answer issued =
        api.post("api/v1/tokens", null, credentials("reviewer1", Api.DEMO_PASSWORD));
    String token = issued.json().getString("token");
    String id = issued.json().getString("id");
    assertThat(api.get("api/v1/tokens", token).status()).isEqualTo(200);

    Api.Answer revoked = api.send("DELETE", "api/v1/tokens/" + id, token, null);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().getBoolean("active")).isFalse();

    assertErrorBody(api.get("api/v1/tokens", token), 401, "unauthorized");
  }

  @Test
  void administratorRevokesSomeoneElsesTokenButOthersCannot() {
    Api api = api();
    Api.Answer issued = api.post("api/v1/tokens", null, credentials("analyst", Api.DEMO_PASSWORD));
    String token = issued.json().getString("token");
    String id = issued.json().getString("id");

    // Another user is told the token does not exist, and it keeps working.
    assertErrorBody(
        api.send("DELETE", "api/v1/tokens/" + id, api.token("reviewer1"), null), 404, "not_found");
    assertThat(api.get("api/v1/tokens", token).status()).isEqualTo(200);

    String admin = api.token("admin");
    assertThat(api.get("api/v1/users/analyst/tokens", admin).body()).contains(id);
    Api.Answer revoked = api.send("DELETE", "api/v1/tokens/" + id, admin, null);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().getString("revokedBy")).isEqualTo("admin");
    assertErrorBody(api.get("api/v1/tokens", token), 401, "unauthorized");
  }

  @Test
  void expiredTokenIs401() throws InterruptedException {
    // Long enough to survive a slow, loaded machine; the test then waits for the expiry itself.
    Instant expiry = Instant.now().plusSeconds(10);
    Api.Answer issued =
        api()
            .post(
                "api/v1/tokens",
                null,
                Json.createObjectBuilder()
                    .add("username", "analyst")
                    .add("password", Api.DEMO_PASSWORD)
                    .add("expiresAt", expiry.toString())
                    .build()
                    .toString());
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String token = issued.json().getString("token");
    if (Instant.now().isBefore(expiry.minusSeconds(1))) {
      assertThat(api().get("api/v1/tokens", token).status()).isEqualTo(200);
    }
    while (!Instant.now().isAfter(expiry.plusMillis(500))) {
      Thread.sleep(250);
    }
    assertErrorBody(api().get("api/v1/tokens", token), 401, "unauthorized");
  }

  @Test
  void caseworkerCallingAnAdminEndpointIs403AndAudited() {
    String token = api().token("caseworker");
    Api.Answer answer = api().get("api/v1/users", token);
    assertErrorBody(answer, 403, "forbidden");
    assertThat(answer.json().getString("message")).contains("ADMIN");

    JsonObject audit =
        api().get("api/v1/audit?q=ACCESS_DENIED&size=5", api().token("admin")).json();
    JsonArray items = audit.getJsonArray("items");
    assertThat(items).isNotEmpty();
    assertThat(items.getJsonObject(0).getString("actor")).isEqualTo("caseworker");
    assertThat(items.getJsonObject(0).getString("targetId")).isEqualTo("/users");
  }

  @Test
  void adminOpensAnAccountAndItsOwnerCanLogIn() {
    Api api = api();
    String admin = api.token("admin");
    String username = "monitor-" + UUID.randomUUID().toString().substring(0, 6);
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("displayName", "Field monitor")
            .add("roles", Json.createArrayBuilder().add("CASEWORKER").add("REVIEWER"))
            .add("password", "long enough passphrase 7")
            .build()
            .toString();
    Api.Answer created = api.post("api/v1/users", admin, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/users/" + username);
    assertThat(created.json().getJsonArray("roles")).hasSize(2);
    assertThat(created.body()).doesNotContain("password");

    assertThat(api.token(username, "long enough passphrase 7")).startsWith("evd_");
    assertErrorBody(api.post("api/v1/users", admin, body), 409, "conflict");
  }

  @Test
  void invalidAccountIs400WithOneViolationPerField() {
    String body =
        Json.createObjectBuilder()
            .add("username", "Bad Name!")
            .add("displayName", "")
            .add("roles", Json.createArrayBuilder())
            .add("password", "short")
            .build()
            .toString();
    Api.Answer answer = api().post("api/v1/users", api().token("admin"), body);
    assertErrorBody(answer, 400, "validation");
    assertThat(answer.json().getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field"))
        .contains("username", "displayName", "roles");
  }

  @Test
  void weakInitialPasswordIsRefusedOnItsField() {
    String body =
        Json.createObjectBuilder()
            .add("username", "weak-" + UUID.randomUUID().toString().substring(0, 6))
            .add("displayName", "Weak")
            .add("roles", Json.createArrayBuilder().add("CASEWORKER"))
            .add("password", "short")
            .build()
            .toString();
    Api.Answer answer = api().post("api/v1/users", api().token("admin"), body);
    assertErrorBody(answer, 400, "validation");
    assertThat(answer.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("password");
  }

  @Test
  void staleVersionIsAConflictAndNothingIsLost() {
    Api api = api();
    String admin = api.token("admin");
    JsonObject account = api.get("api/v1/users/reviewer2", admin).json();
    long version = account.getJsonNumber("version").longValue();
    Api.Answer first =
        api.send(
            "PATCH",
            "api/v1/users/reviewer2",
            admin,
            "{\"displayName\":\"Iryna R.\",\"expectedVersion\":" + version + "}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    Api.Answer second =
        api.send(
            "PATCH",
            "api/v1/users/reviewer2",
            admin,
            "{\"displayName\":\"Other\",\"expectedVersion\":" + version + "}");
    assertErrorBody(second, 409, "conflict");
    assertThat(api.get("api/v1/users/reviewer2", admin).json().getString("displayName"))
        .isEqualTo("Iryna R.");
  }

  @Test
  void adminCannotDisableThemselves() {
    String admin = api().token("admin");
    assertErrorBody(
        api().send("PATCH", "api/v1/users/admin", admin, "{\"enabled\":false}"), 403, "forbidden");
  }

  @Test
  void malformedJsonIs400() {
    Api.Answer answer = api().post("api/v1/users", api().token("admin"), "{\"username\": ");
    assertErrorBody(answer, 400, "malformed");
  }

  @Test
  void unknownAccountIs404() {
    assertErrorBody(
        api().get("api/v1/users/no-such-person", api().token("admin")), 404, "not_found");
  }

  @Test
  void listsArePagedSortedAndBounded() {
    String admin = api().token("admin");
    JsonObject page = api().get("api/v1/users?size=2&page=0&sort=username,asc", admin).json();
    assertThat(page.getInt("size")).isEqualTo(2);
    assertThat(page.getJsonArray("items")).hasSize(2);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(5);
    // Other test classes share this server and add accounts: check the order, not the names.
    String first = page.getJsonArray("items").getJsonObject(0).getString("username");
    String second = page.getJsonArray("items").getJsonObject(1).getString("username");
    assertThat(first).isLessThan(second).isLessThanOrEqualTo("admin");

    assertErrorBody(api().get("api/v1/users?size=201", admin), 400, "validation");
    assertErrorBody(api().get("api/v1/users?sort=password,asc", admin), 400, "validation");
  }

  @Test
  void auditChainVerifiesAndReportsEveryField() {
    JsonObject result = api().get("api/v1/audit/verification", api().token("admin")).json();
    assertThat(result.getBoolean("valid")).isTrue();
    assertThat(result.getJsonNumber("entries").longValue()).isPositive();
    assertThat(result.containsKey("firstBrokenEntry")).isTrue();
    assertThat(result.isNull("firstBrokenEntry")).isTrue();
  }

  @Test
  void healthIsReadyAndOpenApiDescribesTheApi() {
    Api.Answer health = api().get("/health/ready", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");
    Api.Answer openapi = api().get("/openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/v1/tokens")
        .contains("/api/v1/users")
        .contains("/api/v1/audit/verification");
  }
}
