package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.webapp.it.ClassificationFixture.HOSPITALS;
import static org.evidentia.webapp.it.ClassificationFixture.enc;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;

/**
 * Injection through parameters and names, on any server: SQL and LIKE metacharacters in every
 * filter, search, sort and page parameter of every list; CR/LF with a fake log line in every name
 * that may reach a log.
 */
final class Injection {

  /** SQL, LIKE and comment metacharacters, and look-alikes from Unicode. */
  static final List<String> PAYLOADS =
      List.of(
          "'",
          "\"",
          ";",
          "--",
          "%",
          "_",
          "\\",
          "/*",
          "*/",
          "' OR '1'='1",
          "' OR 1=1 --",
          "\" OR \"1\"=\"1",
          "%' OR 1=1 --",
          "1; DROP TABLE incident; --",
          "' UNION SELECT password_hash FROM account --",
          "\\' OR 1=1 /*",
          "ʼ OR ʼ1ʼ=ʼ1",
          "％",
          "𝕏' OR 'x'='x",
          "\u0000");

  /** Text that answers as a stack trace would. */
  static final List<String> TRACE_MARKERS =
      List.of("Exception", "\tat ", "at org.", "at java.", "eclipse", "jersey", "SQLState");

  private final ReviewFixture fx;
  private final Api api;
  private final ClassificationFixture cf;
  private final URI base;

  Injection(ReviewFixture fx, URI base) {
    this.fx = fx;
    this.base = base;
    this.api = fx.api;
    this.cf = new ClassificationFixture(fx, base);
  }

  /** A list endpoint and the parameters it takes. */
  record Listing(String path, List<String> parameters, String token, boolean paged) {}

  /** Every list, each parameter, each payload: 200 or 400, never more results. */
  void metacharactersInEveryListParameter() {
    User cw = fx.user("inj-cw", "CASEWORKER");
    User rv = fx.user("inj-rv", "REVIEWER");
    User la = fx.user("inj-la", "LEGAL_ANALYST");
    String caseId = fx.openCase(cw, rv, la);
    Incident incident = fx.incident(cw, caseId);
    cf.evidence(cw, incident);
    fx.done(cw, incident, "SUBMIT");
    String admin = fx.adminToken();
    String c = "api/v1/cases/" + caseId;
    List<String> paging = List.of("q", "page", "size", "sort");
    List<Listing> listings =
        List.of(
            new Listing("api/v1/cases", paging, cw.token(), true),
            new Listing(
                "api/v1/incidents",
                List.of(
                    "caseId", "status", "type", "region", "from", "to", "q", "page", "size",
                    "sort"),
                cw.token(),
                true),
            new Listing(
                "api/v1/incidents/similar",
                List.of("caseId", "from", "latitude", "longitude", "locality", "placeName"),
                cw.token(),
                false),
            new Listing(
                "api/v1/incidents/" + incident.id() + "/evidence", paging, cw.token(), true),
            new Listing(
                "api/v1/review-queue",
                List.of("view", "caseId", "type", "region", "q", "page", "size", "sort"),
                rv.token(),
                true),
            new Listing("api/v1/notifications", List.of("page", "size"), cw.token(), true),
            new Listing("api/v1/crimes", List.of("q", "page", "size", "lang"), la.token(), true),
            new Listing(
                "api/v1/incidents/" + incident.id() + "/classification-suggestions",
                List.of("lang"),
                la.token(),
                false),
            new Listing(c + "/matrix", List.of("lang"), la.token(), false),
            new Listing(
                c + "/matrix/cell?incidentId=" + incident.id(),
                List.of("elementCode"),
                la.token(),
                false),
            new Listing(
                c + "/matrix/cell?elementCode=" + enc(HOSPITALS + "-1"),
                List.of("incidentId"),
                la.token(),
                false),
            new Listing(c + "/bundles", paging, la.token(), true),
            new Listing("api/v1/users", paging, admin, true),
            new Listing("api/v1/audit", paging, admin, true));
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Listing listing : listings) {
      for (String parameter : listing.parameters()) {
        for (String payload : PAYLOADS) {
          String url =
              listing.path()
                  + (listing.path().contains("?") ? "&" : "?")
                  + parameter
                  + "="
                  + enc(payload);
          Api.Answer answer = api.get(url, listing.token());
          calls++;
          String problem = problem(answer, parameter, payload, listing);
          if (problem != null) {
            wrong.add(url + " (" + printable(payload) + "): " + problem);
          }
        }
      }
      // An unknown sort field, or one with SQL after it, is refused by name.
      if (listing.parameters().contains("sort")) {
        for (String sort : List.of("password", "id; DROP TABLE account", "title,-id", "e.id")) {
          Api.Answer answer = api.get(listing.path() + "?sort=" + enc(sort), listing.token());
          calls++;
          if (answer.status() != 400) {
            wrong.add(listing.path() + "?sort=" + sort + ": expected 400, got " + answer.status());
          }
        }
      }
    }
    assertThat(calls).isGreaterThan(800);
    assertThat(wrong).isEmpty();
  }

  private static String problem(Api.Answer answer, String parameter, String payload, Listing l) {
    for (String marker : TRACE_MARKERS) {
      if (answer.body().contains(marker)) {
        return "a stack trace or internals in the answer (" + marker + "): " + answer.body();
      }
    }
    boolean idParameter =
        parameter.equals("caseId")
            || parameter.equals("incidentId")
            || parameter.equals("elementCode");
    if (answer.status() == 400 || idParameter && answer.status() == 404) {
      JsonObject error = answer.json();
      if (!error.containsKey("status") || !error.containsKey("violations")) {
        return "an error without the error shape: " + answer.body();
      }
      return null;
    }
    if (answer.status() != 200) {
      return "status " + answer.status() + ": " + answer.body();
    }
    // A search or filter with these characters matches nothing in this data, unless the text is
    // really in the item: everything returned must contain it.
    if (parameter.equals("page") || parameter.equals("size") || parameter.equals("lang")) {
      return null;
    }
    JsonStructure body = answer.structure();
    List<JsonValue> items =
        body instanceof JsonArray array
            ? array
            : l.paged() && body.asJsonObject().containsKey("items")
                ? body.asJsonObject().getJsonArray("items")
                : List.of();
    String needle = payload.toLowerCase(Locale.ROOT);
    for (JsonValue item : items) {
      if (!flatten(item).toLowerCase(Locale.ROOT).contains(needle)) {
        return "widened: an item without the searched text: " + shorten(item.toString());
      }
    }
    return null;
  }

  /** The string values of a JSON value, joined by newlines. */
  static String flatten(JsonValue value) {
    StringBuilder out = new StringBuilder();
    flatten(value, out);
    return out.toString();
  }

  private static void flatten(JsonValue value, StringBuilder out) {
    switch (value.getValueType()) {
      case STRING -> out.append(((JsonString) value).getString()).append('\n');
      case ARRAY -> value.asJsonArray().forEach(v -> flatten(v, out));
      case OBJECT -> value.asJsonObject().values().forEach(v -> flatten(v, out));
      default -> out.append(value).append('\n');
    }
  }

  // ---- log injection --------------------------------------------------------------------------

  /** A fake log line as Payara would print it; the injected text starts a line of its own. */
  static final String FORGED = "[2026-01-01T00:00:00.000+0000] [Payara 6] [SEVERE] FORGED-ENTRY";

  static final String INJECTED = "Honest name\r\n" + FORGED + " account admin deleted\n" + FORGED;

  /**
   * Names with CR/LF and a fake log line in every text that may be logged or audited: the server
   * log gains no line that starts with the forged text, and the audit log no forged entry.
   *
   * @param log the server's log file, or null when the server's output cannot be read
   */
  void newlinesInNamesForgeNoLogLines(Path log) throws Exception {
    User cw = fx.user("log-cw", "CASEWORKER");
    Api.Answer opened =
        api.post(
            "api/v1/cases",
            cw.token(),
            jakarta.json.Json.createObjectBuilder()
                .add("title", INJECTED)
                .add("summary", INJECTED)
                .build()
                .toString());
    assertThat(opened.status()).as(opened.body()).isIn(201, 400);
    String caseId = opened.status() == 201 ? opened.json().getString("id") : fx.openCase(cw);
    Incident incident = fx.incident(cw, caseId);
    api.send(
        "PATCH",
        "api/v1/incidents/" + incident.id(),
        cw.token(),
        jakarta.json.Json.createObjectBuilder()
            .add("title", INJECTED)
            .add("narrative", INJECTED)
            .build()
            .toString());
    api.post(
        "api/v1/incidents/" + incident.id() + "/sources",
        cw.token(),
        jakarta.json.Json.createObjectBuilder()
            .add("kind", "WITNESS")
            .add("name", INJECTED)
            .build()
            .toString());
    api.post(
        "api/v1/incidents/" + incident.id() + "/persons",
        cw.token(),
        jakarta.json.Json.createObjectBuilder()
            .add("role", "WITNESS")
            .add("ageGroup", "ADULT")
            .add(
                "protectedIdentity",
                jakarta.json.Json.createObjectBuilder()
                    .add("name", INJECTED)
                    .add("notes", INJECTED))
            .build()
            .toString());
    // A display name, a refused username, and a file name (the metadata reader logs file names).
    User someone = fx.user("log-dn", "CASEWORKER");
    api.send(
        "PATCH",
        "api/v1/users/" + someone.name(),
        fx.adminToken(),
        jakarta.json.Json.createObjectBuilder().add("displayName", INJECTED).build().toString());
    Api.Answer badName =
        api.post(
            "api/v1/users",
            fx.adminToken(),
            jakarta.json.Json.createObjectBuilder()
                .add("username", INJECTED)
                .add("displayName", INJECTED)
                .add("roles", jakarta.json.Json.createArrayBuilder().add("CASEWORKER"))
                .add("password", ReviewFixture.PASSWORD)
                .build()
                .toString());
    assertThat(badName.status()).as(badName.body()).isEqualTo(400);
    // A JPEG that is no JPEG: its metadata cannot be read, which is logged with the file's name.
    byte[] broken = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 2, 'X'};
    Api.Answer uploaded = Uploads.upload(base, cw, incident, INJECTED + ".jpg", broken);
    assertThat(uploaded.status()).as(uploaded.body()).isIn(201, 400);

    for (JsonObject entry : cf.audit("FORGED-ENTRY")) {
      assertThat(entry.getString("action")).doesNotContain("FORGED");
    }
    for (JsonObject entry : cf.audit("")) {
      assertThat(entry.getString("action")).as(entry.toString()).matches("[A-Z_]+");
    }
    if (log != null) {
      Thread.sleep(2_000); // the metadata reader runs after the upload answered
      List<String> forged =
          Files.readAllLines(log, StandardCharsets.UTF_8).stream()
              .filter(line -> line.startsWith(FORGED) || line.startsWith("[2026-01-01T00:00"))
              .toList();
      assertThat(forged).as("forged lines in " + log).isEmpty();
    }
  }

  private static String printable(String s) {
    return s.replace("\u0000", "\\0");
  }

  private static String shorten(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
