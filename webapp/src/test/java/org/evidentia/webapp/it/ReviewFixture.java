package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;

/**
 * Review set-up through the API alone, for the review tests on any server: accounts made by an
 * administrator, a case with its team, incidents with one source, and review actions with a
 * complete checklist. Every name is fresh, so tests never share users, cases or incidents.
 */
final class ReviewFixture {

  static final String PASSWORD = "long enough passphrase 9";

  record User(String name, String token) {}

  record Incident(String caseId, String id, String sourceId) {}

  final Api api;
  private final String adminToken;

  ReviewFixture(Api api, String adminUsername, String adminPassword) {
    this.api = api;
    this.adminToken = api.token(adminUsername, adminPassword);
  }

  String adminToken() {
    return adminToken;
  }

  /** A new account with these roles, and a token for it. */
  User user(String prefix, String... roles) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    JsonArrayBuilder roleArray = Json.createArrayBuilder();
    for (String role : roles) {
      roleArray.add(role);
    }
    Api.Answer created =
        api.post(
            "api/v1/users",
            adminToken,
            Json.createObjectBuilder()
                .add("username", name)
                .add("displayName", "Review test " + prefix)
                .add("roles", roleArray)
                .add("password", PASSWORD)
                .build()
                .toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return new User(name, api.token(name, PASSWORD));
  }

  /** A new case opened by the caseworker, with the others on its team. */
  String openCase(User caseworker, User... members) {
    Api.Answer opened =
        api.post(
            "api/v1/cases",
            caseworker.token(),
            "{\"title\":\"Review case " + UUID.randomUUID() + "\",\"summary\":\"review test\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.json().getString("id");
    for (User member : members) {
      join(caseworker, caseId, member);
    }
    return caseId;
  }

  void join(User by, String caseId, User member) {
    Api.Answer joined =
        api.send("PUT", "api/v1/cases/" + caseId + "/team/" + member.name(), by.token(), "{}");
    assertThat(joined.status()).as(joined.body()).isEqualTo(200);
  }

  /** A REPORTED incident with one ungraded source, recorded by the caseworker. */
  Incident incident(User caseworker, String caseId) {
    return incident(caseworker, caseId, "SHELLING", "Kharkiv Oblast");
  }

  Incident incident(User caseworker, String caseId, String type, String region) {
    return incident(caseworker, caseId, type, region, null);
  }

  /** As above, with a target from the targets vocabulary (HOSPITAL...) when not null. */
  Incident incident(User caseworker, String caseId, String type, String region, String target) {
    Api.Answer recorded =
        api.post(
            "api/v1/cases/" + caseId + "/incidents",
            caseworker.token(),
            "{\"title\":\"Shelling of a market "
                + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"occurred\":{\"from\":\"2024-07-08T07:45:00Z\",\"precision\":\"EXACT\"},"
                + "\"location\":{\"placeName\":\"Central market\",\"country\":\"Ukraine\","
                + "\"region\":\""
                + region
                + "\",\"locality\":\"Kharkiv\"},\"incidentType\":\""
                + type
                + "\""
                + (target == null ? "" : ",\"target\":\"" + target + "\"")
                + "}");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    String id = recorded.json().getString("id");
    Api.Answer source =
        api.post(
            "api/v1/incidents/" + id + "/sources",
            caseworker.token(),
            "{\"kind\":\"WITNESS\",\"name\":\"Stall keeper\"}");
    assertThat(source.status()).as(source.body()).isEqualTo(201);
    return new Incident(caseId, id, source.json().getString("id"));
  }

  /** A complete checklist for an incident with this one source and no casualty claims. */
  static JsonObject checklist(String sourceId) {
    return Json.createObjectBuilder()
        .add("sourceAnalysis", analysis("CONFIRMED", "the witness was interviewed twice"))
        .add("technicalAnalysis", analysis("CONFIRMED", "photos geolocated to the market"))
        .add("contentAnalysis", analysis("CONFIRMED", "consistent with official statements"))
        .add("sourceGrades", Json.createObjectBuilder().add(sourceId, "B"))
        .add(
            "keyFacts",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("statement", "the market was struck at 07:45")
                        .add("credibility", 2)))
        .build();
  }

  static JsonObject analysis(String result, String note) {
    return Json.createObjectBuilder().add("result", result).add("note", note).build();
  }

  /** An action's body: a rationale, the checklist for SIGN_OFF, and the version when given. */
  static String body(String action, String rationale, JsonObject checklist, Long expectedVersion) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("action", action);
    if (rationale != null) {
      body.add("rationale", rationale);
    }
    if (checklist != null) {
      body.add("checklist", checklist);
    }
    if (expectedVersion != null) {
      body.add("expectedVersion", expectedVersion);
    }
    return body.build().toString();
  }

  /** The action as a careful client sends it: with a rationale, and a checklist to sign off. */
  static String fullBody(String action, Incident incident, Long expectedVersion) {
    return body(
        action,
        "because " + action.toLowerCase() + " is right here: questions and reasons",
        action.equals("SIGN_OFF") ? checklist(incident.sourceId()) : null,
        expectedVersion);
  }

  Api.Answer send(User user, Incident incident, String body) {
    return api.post("api/v1/incidents/" + incident.id() + "/review/actions", user.token(), body);
  }

  Api.Answer act(User user, Incident incident, String action) {
    return send(user, incident, fullBody(action, incident, null));
  }

  /** The action, which must succeed; answers the new review. */
  JsonObject done(User user, Incident incident, String action) {
    Api.Answer answer = act(user, incident, action);
    assertThat(answer.status())
        .as(action + " by " + user.name() + ": " + answer.body())
        .isEqualTo(200);
    return answer.json();
  }

  JsonObject review(User user, Incident incident) {
    Api.Answer answer = api.get("api/v1/incidents/" + incident.id() + "/review", user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  static List<JsonObject> history(JsonObject review) {
    return review.getJsonArray("history").getValuesAs(JsonObject.class);
  }

  static List<String> violationFields(Api.Answer answer) {
    return answer.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("field"))
        .toList();
  }

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
