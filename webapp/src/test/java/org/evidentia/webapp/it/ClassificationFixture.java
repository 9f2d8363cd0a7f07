package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;

/**
 * Legal classification through the API alone, on any server: proposals, decisions, element links,
 * evidence and casualty claims to link, the matrix as JSON and CSV, and the audit log. Builds on
 * {@link ReviewFixture} for accounts, cases, incidents and review actions.
 */
final class ClassificationFixture {

  /** The crime of attacks on hospitals in an international armed conflict (five elements). */
  static final String HOSPITALS = "8(2)(b)(ix)";

  /** Attacks on civilians in an international armed conflict. */
  static final String CIVILIANS = "8(2)(b)(i)";

  final ReviewFixture fx;
  final Api api;
  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * @param base the application's base URI (the deployment URL), for multipart and CSV requests
   */
  ClassificationFixture(ReviewFixture fx, URI base) {
    this.fx = fx;
    this.api = fx.api;
    this.base = URI.create(base.toString().replaceAll("/?$", "/"));
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String element(String crime, int position) {
    return crime + "-" + position;
  }

  // ---- incidents and what supports them -------------------------------------------------------

  /** An attack on a hospital: its type and target are what the suggestions go by. */
  Incident hospitalStrike(User caseworker, String caseId) {
    return fx.incident(caseworker, caseId, "ATTACK_ON_MEDICAL_FACILITY", "Kyiv Oblast", "HOSPITAL");
  }

  /**
   * Brings a REPORTED incident with one source and no claims to VERIFIED; its evidence items'
   * hashes are re-checked first, as sign-off requires.
   */
  void verify(
      User caseworker, User reviewer1, User reviewer2, Incident incident, String... evidenceIds) {
    fx.done(caseworker, incident, "SUBMIT");
    for (String evidenceId : evidenceIds) {
      Api.Answer check =
          api.post("api/v1/evidence/" + evidenceId + "/integrity-check", reviewer1.token(), null);
      assertThat(check.status()).as(check.body()).isEqualTo(200);
      assertThat(check.json().getString("integrity")).isEqualTo("OK");
    }
    fx.done(reviewer1, incident, "SIGN_OFF");
    assertThat(fx.done(reviewer2, incident, "SIGN_OFF").getString("status")).isEqualTo("VERIFIED");
  }

  /** An evidence item of the incident (a photo from its source); answers its id. */
  String evidence(User uploader, Incident incident) {
    byte[] bytes = new byte[1_500];
    new Random().nextBytes(bytes);
    Multipart form =
        new Multipart()
            .field("kind", "PHOTO")
            .field("sourceId", incident.sourceId())
            .file("ward-" + incident.id().substring(0, 6) + ".jpg", "image/jpeg", bytes);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/incidents/" + incident.id() + "/evidence"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + uploader.token())
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
            .build();
    HttpResponse<String> response = send(request);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return ReviewFixture.parse(response.body()).getString("id");
  }

  /** A casualty claim of the incident's source; answers its id. */
  String claim(User caseworker, Incident incident) {
    Api.Answer claim =
        api.post(
            "api/v1/incidents/" + incident.id() + "/casualty-claims",
            caseworker.token(),
            "{\"sourceId\":\""
                + incident.sourceId()
                + "\",\"asOf\":\"2024-07-08\",\"population\":\"ALL\","
                + "\"killed\":{\"min\":1,\"max\":2},\"injured\":{\"min\":3,\"max\":4}}");
    assertThat(claim.status()).as(claim.body()).isEqualTo(201);
    return claim.json().getString("id");
  }

  // ---- classifications ------------------------------------------------------------------------

  Api.Answer propose(User analyst, String incidentId, String crimeCode, String rationale) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (crimeCode != null) {
      body.add("crimeCode", crimeCode);
    }
    if (rationale != null) {
      body.add("rationale", rationale);
    }
    return api.post(
        "api/v1/incidents/" + incidentId + "/classifications",
        analyst.token(),
        body.build().toString());
  }

  /** Proposed, which must succeed (201 with a Location). */
  JsonObject proposed(User analyst, String incidentId, String crimeCode) {
    Api.Answer answer =
        propose(analyst, incidentId, crimeCode, "the facts may amount to " + crimeCode);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.header("Location"))
        .endsWith("classifications/" + answer.json().getString("id"));
    return answer.json();
  }

  static String decision(String action, String note, Long expectedVersion) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (action != null) {
      body.add("action", action);
    }
    if (note != null) {
      body.add("note", note);
    }
    if (expectedVersion != null) {
      body.add("expectedVersion", expectedVersion);
    }
    return body.build().toString();
  }

  Api.Answer decide(User analyst, String classificationId, String body) {
    return api.send("PATCH", "api/v1/classifications/" + classificationId, analyst.token(), body);
  }

  JsonObject decided(User analyst, String classificationId, String action, String note) {
    Api.Answer answer = decide(analyst, classificationId, decision(action, note, null));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  JsonObject classification(User user, String classificationId) {
    Api.Answer answer = api.get("api/v1/classifications/" + classificationId, user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  List<JsonObject> ofIncident(User user, String incidentId) {
    Api.Answer answer =
        api.get("api/v1/incidents/" + incidentId + "/classifications", user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  List<JsonObject> history(User user, String classificationId) {
    Api.Answer answer =
        api.get("api/v1/classifications/" + classificationId + "/history", user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  static List<String> actions(List<JsonObject> history) {
    return history.stream().map(e -> e.getString("action")).toList();
  }

  List<String> suggested(User user, String incidentId) {
    Api.Answer answer =
        api.get("api/v1/incidents/" + incidentId + "/classification-suggestions", user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("code"))
        .toList();
  }

  // ---- element links --------------------------------------------------------------------------

  static String linkBody(
      String elementCode, String evidenceId, String sourceId, String claimId, String strength) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (elementCode != null) {
      body.add("elementCode", elementCode);
    }
    if (evidenceId != null) {
      body.add("evidenceId", evidenceId);
    }
    if (sourceId != null) {
      body.add("sourceId", sourceId);
    }
    if (claimId != null) {
      body.add("claimId", claimId);
    }
    if (strength != null) {
      body.add("strength", strength);
    }
    return body.add("note", "bears on " + elementCode).build().toString();
  }

  Api.Answer link(User analyst, String classificationId, String body) {
    return api.post(
        "api/v1/classifications/" + classificationId + "/element-links", analyst.token(), body);
  }

  /** Linked, which must succeed (201); answers the link. */
  JsonObject linked(User analyst, String classificationId, String body) {
    Api.Answer answer = link(analyst, classificationId, body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json();
  }

  JsonObject linkEvidence(User analyst, String classificationId, String element, String id) {
    return linked(analyst, classificationId, linkBody(element, id, null, null, "DIRECT"));
  }

  JsonObject linkSource(User analyst, String classificationId, String element, String id) {
    return linked(analyst, classificationId, linkBody(element, null, id, null, "CIRCUMSTANTIAL"));
  }

  JsonObject linkClaim(User analyst, String classificationId, String element, String id) {
    return linked(analyst, classificationId, linkBody(element, null, null, id, "CONTEXTUAL"));
  }

  Api.Answer unlink(User analyst, String linkId, String note) {
    return api.post(
        "api/v1/element-links/" + linkId + "/withdraw",
        analyst.token(),
        note == null ? "{}" : Json.createObjectBuilder().add("note", note).build().toString());
  }

  List<JsonObject> links(User user, String classificationId) {
    Api.Answer answer =
        api.get("api/v1/classifications/" + classificationId + "/element-links", user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  // ---- the matrix -----------------------------------------------------------------------------

  JsonObject matrix(User user, String caseId) {
    Api.Answer answer = api.get("api/v1/cases/" + caseId + "/matrix", user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** Cell counts by element code, then incident id; null where the element does not apply. */
  static Map<String, Map<String, Long>> counts(JsonObject matrix) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (JsonObject row : matrix.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      Map<String, Long> cells = new LinkedHashMap<>();
      for (JsonObject cell : row.getJsonArray("cells").getValuesAs(JsonObject.class)) {
        JsonValue count = cell.get("count");
        cells.put(
            cell.getString("incidentId"),
            count == null || count.getValueType() == JsonValue.ValueType.NULL
                ? null
                : ((JsonNumber) count).longValue());
      }
      counts.put(row.getString("elementCode"), cells);
    }
    return counts;
  }

  List<JsonObject> cell(User user, String caseId, String incidentId, String elementCode) {
    Api.Answer answer =
        api.get(
            "api/v1/cases/"
                + caseId
                + "/matrix/cell?incidentId="
                + incidentId
                + "&elementCode="
                + enc(elementCode),
            user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  /** The matrix as CSV (Accept: text/csv), parsed into records. */
  List<List<String>> csv(User user, String caseId) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/cases/" + caseId + "/matrix"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + user.token())
            .header("Accept", "text/csv")
            .GET()
            .build();
    HttpResponse<String> response = send(request);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.body()).as("a byte order mark for spreadsheets").startsWith("\uFEFF");
    return parseCsv(response.body().substring(1));
  }

  /** RFC 4180: quoted fields may hold commas, quotes and line breaks; records end with CRLF. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  // ---- audit ----------------------------------------------------------------------------------

  /** Audit entries found by the query (newest first), read by the administrator. */
  List<JsonObject> audit(String query) {
    Api.Answer answer = api.get("api/v1/audit?size=100&q=" + enc(query), fx.adminToken());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    }
  }
}
