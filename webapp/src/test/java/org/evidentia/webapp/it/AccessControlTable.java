package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.webapp.it.ClassificationFixture.HOSPITALS;
import static org.evidentia.webapp.it.ClassificationFixture.element;
import static org.evidentia.webapp.it.ClassificationFixture.enc;

import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;

/**
 * The access-control table: every API endpoint against every kind of caller, on any server (the
 * Arquillian one on H2 and a {@link PayaraProcess} on PostgreSQL). A fixture case has a team (the
 * caseworker who opened it and recorded everything, two reviewers, a legal analyst, a second
 * caseworker without the right to see protected identities) and three callers outside it (an
 * administrator, a caseworker, a legal analyst).
 *
 * <p>Each row names who may call it; every other team member expects 403 and every outsider 404
 * (the case's existence is not revealed), unless the row says otherwise. All refused calls run
 * first, and the case's state, read through every read endpoint before and after, must not have
 * changed; then every allowed call must succeed (2xx, or 409 for a write that an earlier allowed
 * caller already did).
 */
final class AccessControlTable {

  enum Actor {
    RECORDER,
    REVIEWER1,
    REVIEWER2,
    ANALYST,
    MEMBER,
    ADMIN_OUTSIDE,
    CASEWORKER_OUTSIDE,
    ANALYST_OUTSIDE;

    boolean onTeam() {
      return ordinal() <= MEMBER.ordinal();
    }
  }

  static final Set<Actor> TEAM = EnumSet.range(Actor.RECORDER, Actor.MEMBER);
  static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);

  /**
   * Endpoints deliberately not in the table: they take no id of anything, and their own tests cover
   * who may call them.
   */
  static final Map<String, String> NOT_IN_TABLE =
      Map.of(
          "POST tokens", "signing in: anyone (ApiIT)",
          "POST cases", "opens a new case: caseworkers (IntakeApiIT)",
          "POST users", "creates an account: administrators (ApiIT, and this fixture)");

  /** One call and who may make it. */
  static final class Row {
    final String endpoint;
    final String method;
    final String path;
    final String body;
    final String contentType;
    final Set<Actor> allowed;
    final Map<Actor, Integer> refusal = new EnumMap<>(Actor.class);
    final Set<Actor> skipped = EnumSet.noneOf(Actor.class);
    final Map<Actor, String> mustNotSee = new EnumMap<>(Actor.class);

    Row(
        String endpoint,
        String method,
        String path,
        String body,
        String contentType,
        Set<Actor> allowed) {
      this.endpoint = endpoint;
      this.method = method;
      this.path = path;
      this.body = body;
      this.contentType = contentType;
      this.allowed = allowed;
    }

    /** A refusal other than the default (403 on the team, 404 outside). */
    Row refused(int status, Actor... actors) {
      for (Actor a : actors) {
        refusal.put(a, status);
      }
      return this;
    }

    Row skip(Actor... actors) {
      skipped.addAll(List.of(actors));
      return this;
    }

    /** The allowed answer for these actors must not contain the text (a protected identity). */
    Row hides(String text, Actor... actors) {
      for (Actor a : actors) {
        mustNotSee.put(a, text);
      }
      return this;
    }

    boolean write() {
      return !method.equals("GET");
    }

    int expectedRefusal(Actor actor) {
      return refusal.getOrDefault(actor, actor.onTeam() ? 403 : 404);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** The fixture world: ids of everything the table calls. */
  static final class World {
    final Map<Actor, User> users = new EnumMap<>(Actor.class);
    User spare;
    String caseId;
    Incident incident;
    Incident second;
    Incident reviewed;
    String evidenceId;
    String claimId;
    String personId;
    String classificationId;
    String linkId;
    String bundleId;
    String notificationId;
    String recorderTokenId;
    String recorderTokenId2;
    static final String SECRET_NAME = "Hanna Protected-Name";
  }

  private final ReviewFixture fx;
  private final ClassificationFixture cf;
  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  AccessControlTable(ReviewFixture fx, URI base) {
    this.fx = fx;
    this.cf = new ClassificationFixture(fx, base);
    this.base = URI.create(base.toString().replaceAll("/?$", "/"));
  }

  World world() throws InterruptedException {
    World w = new World();
    w.users.put(Actor.RECORDER, fx.user("ac-cw", "CASEWORKER"));
    w.users.put(Actor.REVIEWER1, fx.user("ac-rv", "REVIEWER"));
    w.users.put(Actor.REVIEWER2, fx.user("ac-rv", "REVIEWER"));
    w.users.put(Actor.ANALYST, fx.user("ac-la", "LEGAL_ANALYST"));
    w.users.put(Actor.MEMBER, fx.user("ac-member", "CASEWORKER"));
    w.users.put(Actor.ADMIN_OUTSIDE, fx.user("ac-admin", "ADMIN"));
    w.users.put(Actor.CASEWORKER_OUTSIDE, fx.user("ac-out", "CASEWORKER"));
    w.users.put(Actor.ANALYST_OUTSIDE, fx.user("ac-outla", "LEGAL_ANALYST"));
    w.spare = fx.user("ac-spare", "CASEWORKER");
    User cw = w.users.get(Actor.RECORDER);
    User la = w.users.get(Actor.ANALYST);
    w.caseId =
        fx.openCase(
            cw,
            w.users.get(Actor.REVIEWER1),
            w.users.get(Actor.REVIEWER2),
            la,
            w.users.get(Actor.MEMBER),
            w.spare);
    w.incident = cf.hospitalStrike(cw, w.caseId);
    w.second = fx.incident(cw, w.caseId);
    w.reviewed = fx.incident(cw, w.caseId);
    w.evidenceId = cf.evidence(cw, w.incident);
    w.claimId = cf.claim(cw, w.incident);
    Api.Answer person =
        fx.api.post(
            "api/v1/incidents/" + w.incident.id() + "/persons",
            cw.token(),
            "{\"role\":\"WITNESS\",\"ageGroup\":\"ADULT\",\"protectedIdentity\":{\"name\":\""
                + World.SECRET_NAME
                + "\"},\"consent\":{\"internalUse\":true,\"shareWithProsecutors\":false,"
                + "\"publication\":false,\"givenOn\":\"2024-07-09\"}}");
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    w.personId = person.json().getString("id");
    w.classificationId = cf.proposed(la, w.incident.id(), HOSPITALS).getString("id");
    w.linkId =
        cf.linkEvidence(la, w.classificationId, element(HOSPITALS, 1), w.evidenceId)
            .getString("id");
    Api.Answer bundle =
        fx.api.post("api/v1/cases/" + w.caseId + "/bundles", la.token(), "{\"incidents\":\"ALL\"}");
    assertThat(bundle.status()).as(bundle.body()).isEqualTo(202);
    w.bundleId = bundle.json().getString("id");
    // A notification for the recorder: a reviewer asks for more on the second incident.
    fx.done(cw, w.second, "SUBMIT");
    fx.done(w.users.get(Actor.REVIEWER1), w.second, "REQUEST_INFORMATION");
    JsonObject inbox = fx.api.get("api/v1/notifications", cw.token()).json();
    assertThat(inbox.getJsonArray("items")).as(inbox.toString()).isNotEmpty();
    w.notificationId = inbox.getJsonArray("items").getJsonObject(0).getString("id");
    w.recorderTokenId = spareToken(cw);
    w.recorderTokenId2 = spareToken(cw);
    // The export runs in the background; the table compares states, so it must have finished.
    for (int i = 0; i < 120; i++) {
      String status =
          fx.api.get("api/v1/bundles/" + w.bundleId, la.token()).json().getString("status");
      if (status.equals("DONE") || status.equals("FAILED")) {
        break;
      }
      Thread.sleep(1000);
    }
    return w;
  }

  private String spareToken(User user) {
    Api.Answer token =
        fx.api.post(
            "api/v1/tokens",
            null,
            "{\"username\":\""
                + user.name()
                + "\",\"password\":\""
                + ReviewFixture.PASSWORD
                + "\"}");
    assertThat(token.status()).as(token.body()).isEqualTo(201);
    return token.json().getString("id");
  }

  // ---- the table ------------------------------------------------------------------------------

  static List<Row> rows(World w) {
    List<Row> rows = new ArrayList<>();
    String c = "api/v1/cases/" + w.caseId;
    String i = "api/v1/incidents/" + w.incident.id();
    String e = "api/v1/evidence/" + w.evidenceId;
    String k = "api/v1/classifications/" + w.classificationId;
    String b = "api/v1/bundles/" + w.bundleId;
    String crime = "api/v1/crimes/" + enc(HOSPITALS);
    Set<Actor> caseworkers = EnumSet.of(Actor.RECORDER, Actor.MEMBER);
    Set<Actor> analyst = EnumSet.of(Actor.ANALYST);
    Set<Actor> reviewers = EnumSet.of(Actor.REVIEWER1, Actor.REVIEWER2);
    Set<Actor> admin = EnumSet.of(Actor.ADMIN_OUTSIDE);
    Set<Actor> nobodyElse = EnumSet.noneOf(Actor.class);
    Set<Actor> notAdmin = EnumSet.complementOf(EnumSet.of(Actor.ADMIN_OUTSIDE));

    // Cases and teams
    rows.add(get("GET cases", "api/v1/cases", EVERYONE));
    rows.add(get("GET cases/{id}", c, TEAM));
    rows.add(get("GET cases/{id}/team", c + "/team", plus(TEAM, Actor.ADMIN_OUTSIDE)));
    rows.add(
        send(
            "PUT cases/{id}/team/{username}",
            "PUT",
            c + "/team/" + w.spare.name(),
            "{}",
            plus(caseworkers, Actor.ADMIN_OUTSIDE)));
    // Removing the spare member succeeds once; the administrator does it (the caseworkers' right
    // to do so is IntakeApiIT's).
    rows.add(
        send(
                "DELETE cases/{id}/team/{username}",
                "DELETE",
                c + "/team/" + w.spare.name(),
                null,
                admin)
            .skip(Actor.RECORDER, Actor.MEMBER));
    rows.add(get("GET cases/{id}/casualty-figures", c + "/casualty-figures", TEAM));
    rows.add(
        send(
            "POST cases/{id}/incidents",
            "POST",
            c + "/incidents",
            "{\"title\":\"Recorded by a table row\",\"occurred\":{\"from\":\"2024-07-08T07:45:00Z\","
                + "\"precision\":\"EXACT\"},\"location\":{\"placeName\":\"Market\","
                + "\"country\":\"Ukraine\",\"region\":\"Kharkiv Oblast\",\"locality\":\"Kharkiv\"},"
                + "\"incidentType\":\"SHELLING\"}",
            caseworkers));
    rows.add(get("GET cases/{id}/matrix", c + "/matrix", TEAM));
    rows.add(
        get(
            "GET cases/{id}/matrix/cell",
            c
                + "/matrix/cell?incidentId="
                + w.incident.id()
                + "&elementCode="
                + enc(element(HOSPITALS, 1)),
            TEAM));
    rows.add(get("GET cases/{id}/bundles", c + "/bundles", TEAM));
    rows.add(
        send(
            "POST cases/{id}/bundles",
            "POST",
            c + "/bundles",
            "{\"incidents\":\"ALL\",\"language\":\"uk\"}",
            analyst));
    // Revealing identities needs the right, which the analyst does not have.
    rows.add(
        send(
                "POST cases/{id}/bundles",
                "POST",
                c + "/bundles",
                "{\"incidents\":\"ALL\",\"revealProtectedIdentities\":true,\"reason\":\"court\","
                    + "\"password\":\""
                    + ReviewFixture.PASSWORD
                    + "\"}",
                nobodyElse)
            .refused(403, Actor.ANALYST));

    // Incidents and their particulars
    rows.add(get("GET incidents", "api/v1/incidents", EVERYONE));
    rows.add(
        get(
            "GET incidents/similar",
            "api/v1/incidents/similar?caseId="
                + w.caseId
                + "&from=2024-07-08T07:45:00Z&locality=Kharkiv",
            TEAM));
    rows.add(get("GET incidents/{id}", i, TEAM));
    rows.add(
        send(
            "PATCH incidents/{id}",
            "PATCH",
            i,
            "{\"narrative\":\"edited by a row\"}",
            caseworkers));
    rows.add(
        send(
            "PUT incidents/{id}/same-event",
            "PUT",
            i + "/same-event",
            "{\"incidentId\":\"" + w.second.id() + "\"}",
            caseworkers));
    rows.add(get("GET incidents/{id}/history", i + "/history", TEAM));
    rows.add(
        send(
            "POST incidents/{id}/sources",
            "POST",
            i + "/sources",
            "{\"kind\":\"WITNESS\",\"name\":\"Neighbour\"}",
            caseworkers));
    rows.add(get("GET incidents/{id}/sources", i + "/sources", TEAM));
    rows.add(
        send(
            "POST incidents/{id}/casualty-claims",
            "POST",
            i + "/casualty-claims",
            "{\"sourceId\":\""
                + w.incident.sourceId()
                + "\",\"asOf\":\"2024-07-09\",\"population\":\"ALL\",\"killed\":{\"min\":0,"
                + "\"max\":1}}",
            caseworkers));
    rows.add(get("GET incidents/{id}/casualty-claims", i + "/casualty-claims", TEAM));
    rows.add(get("GET incidents/{id}/casualty-claims/spread", i + "/casualty-claims/spread", TEAM));
    rows.add(
        send(
            "POST incidents/{id}/persons",
            "POST",
            i + "/persons",
            "{\"role\":\"VICTIM\",\"ageGroup\":\"ADULT\"}",
            caseworkers));
    rows.add(
        get("GET incidents/{id}/persons", i + "/persons", TEAM)
            .hides(
                World.SECRET_NAME, Actor.MEMBER, Actor.REVIEWER1, Actor.REVIEWER2, Actor.ANALYST));
    rows.add(
        get("GET persons/{id}", "api/v1/persons/" + w.personId, TEAM)
            .hides(
                World.SECRET_NAME, Actor.MEMBER, Actor.REVIEWER1, Actor.REVIEWER2, Actor.ANALYST));
    rows.add(
        send(
            "PUT persons/{id}/consent",
            "PUT",
            "api/v1/persons/" + w.personId + "/consent",
            "{\"internalUse\":true,\"shareWithProsecutors\":true,\"publication\":false,"
                + "\"givenOn\":\"2024-07-10\"}",
            caseworkers));
    rows.add(
        send(
            "PUT sources/{id}/grade",
            "PUT",
            "api/v1/sources/" + w.incident.sourceId() + "/grade",
            "{\"reliability\":\"B\"}",
            reviewers));
    rows.add(get("GET vocabularies/{name}", "api/v1/vocabularies/weapons", EVERYONE));
    rows.add(
        send(
                "PUT vocabularies/{name}/{code}",
                "PUT",
                "api/v1/vocabularies/weapons/ACCESS_TABLE_TERM",
                "{\"labels\":{\"en\":\"Table term\",\"uk\":\"Термін\"},\"active\":false}",
                admin)
            .refused(403, notAdmin.toArray(Actor[]::new)));

    // Evidence
    rows.add(
        new Row(
                "POST incidents/{incidentId}/evidence",
                "POST",
                i + "/evidence",
                null,
                "multipart",
                caseworkers)
            .refused(403, Actor.ADMIN_OUTSIDE, Actor.ANALYST_OUTSIDE));
    rows.add(get("GET incidents/{incidentId}/evidence", i + "/evidence", TEAM));
    rows.add(get("GET evidence/{id}", e, TEAM));
    rows.add(get("GET evidence/{id}/content", e + "/content", TEAM));
    // A photo of random bytes has no thumbnail: 404 for everyone, which the row expects of the
    // team.
    rows.add(
        get("GET evidence/{id}/thumbnail", e + "/thumbnail", nobodyElse)
            .refused(404, TEAM.toArray(Actor[]::new)));
    rows.add(get("GET evidence/{id}/custody", e + "/custody", TEAM));
    rows.add(
        send("POST evidence/{id}/integrity-check", "POST", e + "/integrity-check", null, TEAM));

    // Review
    String r = "api/v1/incidents/" + w.reviewed.id() + "/review";
    rows.add(get("GET incidents/{id}/review", r, TEAM));
    rows.add(
        send(
            "POST incidents/{id}/review/actions",
            "POST",
            r + "/actions",
            "{\"action\":\"SUBMIT\"}",
            caseworkers));
    rows.add(
        get("GET review-queue", "api/v1/review-queue?caseId=" + w.caseId, reviewers)
            .refused(403, Actor.ADMIN_OUTSIDE, Actor.CASEWORKER_OUTSIDE, Actor.ANALYST_OUTSIDE));
    rows.add(get("GET notifications", "api/v1/notifications", EVERYONE));
    rows.add(get("GET notifications/unread", "api/v1/notifications/unread", EVERYONE));
    rows.add(
        send(
                "POST notifications/{id}/read",
                "POST",
                "api/v1/notifications/" + w.notificationId + "/read",
                null,
                EnumSet.of(Actor.RECORDER))
            .refused(404, TEAM.toArray(Actor[]::new)));

    // Classification
    rows.add(get("GET crimes", "api/v1/crimes", EVERYONE));
    rows.add(get("GET crimes/{code}", crime, EVERYONE));
    rows.add(
        send("PUT crimes/{code}", "PUT", crime, "{}", admin)
            .refused(403, notAdmin.toArray(Actor[]::new)));
    rows.add(
        get(
            "GET incidents/{id}/classification-suggestions",
            i + "/classification-suggestions",
            TEAM));
    rows.add(get("GET incidents/{id}/classifications", i + "/classifications", TEAM));
    rows.add(
        send(
            "POST incidents/{id}/classifications",
            "POST",
            "api/v1/incidents/" + w.second.id() + "/classifications",
            "{\"crimeCode\":\"" + HOSPITALS + "\",\"rationale\":\"proposed by a table row\"}",
            analyst));
    rows.add(get("GET classifications/{id}", k, TEAM));
    rows.add(
        send(
            "PATCH classifications/{id}",
            "PATCH",
            k,
            "{\"action\":\"CONFIRM\",\"note\":\"confirmed by a table row\"}",
            analyst));
    rows.add(get("GET classifications/{id}/history", k + "/history", TEAM));
    rows.add(get("GET classifications/{id}/element-links", k + "/element-links", TEAM));
    rows.add(
        send(
            "POST classifications/{id}/element-links",
            "POST",
            k + "/element-links",
            "{\"elementCode\":\""
                + element(HOSPITALS, 2)
                + "\",\"sourceId\":\""
                + w.incident.sourceId()
                + "\",\"strength\":\"DIRECT\",\"note\":\"a row\"}",
            analyst));
    rows.add(
        send(
            "POST element-links/{id}/withdraw",
            "POST",
            "api/v1/element-links/" + w.linkId + "/withdraw",
            "{\"note\":\"withdrawn by a table row\"}",
            analyst));

    // Bundles
    rows.add(get("GET bundles/{id}", b, TEAM));
    rows.add(get("GET bundles/{id}/content", b + "/content", TEAM));
    // Restarting is for the requester; only a FAILED export restarts, so theirs is a 409.
    rows.add(send("POST bundles/{id}/restart", "POST", b + "/restart", "{}", analyst));

    // Accounts and tokens: administrators, and the owner of a token
    String u = "api/v1/users/" + w.spare.name();
    Actor[] others = notAdmin.toArray(Actor[]::new);
    rows.add(get("GET users", "api/v1/users", admin).refused(403, others));
    rows.add(get("GET users/{username}", u, admin).refused(403, others));
    rows.add(
        send("PATCH users/{username}", "PATCH", u, "{\"displayName\":\"Renamed spare\"}", admin)
            .refused(403, others));
    rows.add(get("GET users/{username}/tokens", u + "/tokens", admin).refused(403, others));
    rows.add(get("GET users/{username}/sessions", u + "/sessions", admin).refused(403, others));
    // No such session: the administrator too gets the 404; everyone else the 403 before it.
    rows.add(
        send(
                "DELETE users/{username}/sessions/{id}",
                "DELETE",
                u + "/sessions/no-such-session",
                null,
                EnumSet.noneOf(Actor.class))
            .refused(403, others));
    rows.add(
        send("DELETE users/{username}/sessions", "DELETE", u + "/sessions", null, admin)
            .refused(403, others));
    rows.add(
        send("POST users/{username}/password", "POST", u + "/password", "{}", admin)
            .refused(403, others));
    rows.add(get("GET users/{username}/two-factor", u + "/two-factor", admin).refused(403, others));
    rows.add(
        send("DELETE users/{username}/two-factor", "DELETE", u + "/two-factor", null, admin)
            .refused(403, others));
    rows.add(get("GET tokens", "api/v1/tokens", EVERYONE));
    Actor[] notRecorder =
        EnumSet.complementOf(EnumSet.of(Actor.RECORDER, Actor.ADMIN_OUTSIDE)).toArray(Actor[]::new);
    rows.add(
        send(
                "DELETE tokens/{id}",
                "DELETE",
                "api/v1/tokens/" + w.recorderTokenId,
                null,
                EnumSet.of(Actor.RECORDER))
            .refused(404, notRecorder)
            .skip(Actor.ADMIN_OUTSIDE));
    rows.add(
        send("DELETE tokens/{id}", "DELETE", "api/v1/tokens/" + w.recorderTokenId2, null, admin)
            .refused(404, notRecorder)
            .skip(Actor.RECORDER));

    // Audit: administrators only
    rows.add(get("GET audit", "api/v1/audit", admin).refused(403, others));
    rows.add(
        get("GET audit/verification", "api/v1/audit/verification", admin).refused(403, others));
    return rows;
  }

  private static Row get(String endpoint, String path, Set<Actor> allowed) {
    return new Row(endpoint, "GET", path, null, null, allowed);
  }

  private static Row send(
      String endpoint, String method, String path, String body, Set<Actor> allowed) {
    return new Row(endpoint, method, path, body, body == null ? null : "application/json", allowed);
  }

  private static Set<Actor> plus(Set<Actor> set, Actor extra) {
    Set<Actor> copy = EnumSet.copyOf(set);
    copy.add(extra);
    return copy;
  }

  // ---- running it -----------------------------------------------------------------------------

  /**
   * What a run found: one line per call that did not answer as the table says, and how many calls
   * were refused and allowed (so that an empty table cannot pass).
   */
  record Result(List<String> wrong, int refused, int allowed) {}

  Result run(World w) {
    List<Row> rows = rows(w);
    List<String> wrong = new ArrayList<>();
    int refusedCalls = 0;
    int allowedCalls = 0;
    Map<String, String> before = snapshot(w);
    for (Row row : rows) {
      for (Actor actor : Actor.values()) {
        if (row.allowed.contains(actor) || row.skipped.contains(actor)) {
          continue;
        }
        Api.Answer answer = call(row, w.users.get(actor));
        refusedCalls++;
        int expected = row.expectedRefusal(actor);
        if (answer.status() != expected) {
          wrong.add(
              row
                  + " as "
                  + actor
                  + ": expected "
                  + expected
                  + " but got "
                  + answer.status()
                  + " "
                  + shorten(answer.body()));
        }
      }
    }
    Map<String, String> after = snapshot(w);
    for (Map.Entry<String, String> entry : before.entrySet()) {
      if (!entry.getValue().equals(after.get(entry.getKey()))) {
        wrong.add(
            "refused calls changed "
                + entry.getKey()
                + ":\n  before "
                + shorten(entry.getValue())
                + "\n  after  "
                + shorten(after.get(entry.getKey())));
      }
    }
    for (Row row : rows) {
      for (Actor actor : Actor.values()) {
        if (!row.allowed.contains(actor) || row.skipped.contains(actor)) {
          continue;
        }
        Api.Answer answer = call(row, w.users.get(actor));
        allowedCalls++;
        boolean ok = answer.status() / 100 == 2 || row.write() && answer.status() == 409;
        if (!ok) {
          wrong.add(
              row
                  + " as "
                  + actor
                  + ": allowed, but got "
                  + answer.status()
                  + " "
                  + shorten(answer.body()));
        }
        String secret = row.mustNotSee.get(actor);
        if (secret != null && answer.body().contains(secret)) {
          wrong.add(row + " as " + actor + ": shows the protected identity");
        }
      }
    }
    return new Result(wrong, refusedCalls, allowedCalls);
  }

  /** Runs the table and fails with every wrong answer at once. */
  void check() throws InterruptedException {
    Result result = run(world());
    assertThat(result.wrong()).isEmpty();
    assertThat(result.refused()).as("refused calls made").isGreaterThan(200);
    assertThat(result.allowed()).as("allowed calls made").isGreaterThan(120);
  }

  /**
   * The case's state as the recorder (and, for accounts, an administrator) reads it, through read
   * endpoints that record nothing themselves.
   */
  private Map<String, String> snapshot(World w) {
    String token = w.users.get(Actor.RECORDER).token();
    String admin = w.users.get(Actor.ADMIN_OUTSIDE).token();
    String c = "api/v1/cases/" + w.caseId;
    String i = "api/v1/incidents/" + w.incident.id();
    String k = "api/v1/classifications/" + w.classificationId;
    Map<String, String> state = new LinkedHashMap<>();
    for (String path :
        List.of(
            c,
            c + "/team",
            c + "/bundles",
            c + "/matrix",
            i,
            i + "/history",
            i + "/sources",
            i + "/casualty-claims",
            i + "/persons",
            i + "/classifications",
            "api/v1/incidents/" + w.second.id(),
            "api/v1/incidents/" + w.second.id() + "/classifications",
            "api/v1/incidents/" + w.reviewed.id() + "/review",
            "api/v1/persons/" + w.personId,
            k,
            k + "/history",
            k + "/element-links",
            "api/v1/bundles/" + w.bundleId,
            "api/v1/notifications",
            "api/v1/vocabularies/weapons",
            "api/v1/crimes/" + enc(HOSPITALS))) {
      state.put(path, read(path, token));
    }
    // Evidence changes in the background too (its metadata is read after the upload, the fixity
    // check runs every few seconds in the tests): compare what only callers can change.
    state.put(
        "evidence ids",
        fx
            .api
            .get(i + "/evidence?size=200", token)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(item -> item.getString("id"))
            .toList()
            .toString());
    state.put(
        "custody by people",
        fx
            .api
            .get("api/v1/evidence/" + w.evidenceId + "/custody", token)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(event -> !"system".equals(event.getString("by", "")))
            .map(event -> event.getString("type", "") + " by " + event.getString("by", ""))
            .toList()
            .toString());
    state.put("users/" + w.spare.name(), read("api/v1/users/" + w.spare.name(), admin));
    state.put(
        "tokens of " + w.users.get(Actor.RECORDER).name(),
        read("api/v1/users/" + w.users.get(Actor.RECORDER).name() + "/tokens", admin)
            .replaceAll("\"lastUsed[A-Za-z]*\":(\"[^\"]*\"|null)", ""));
    return state;
  }

  private String read(String path, String token) {
    Api.Answer answer = fx.api.get(path, token);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
    return answer.body();
  }

  private Api.Answer call(Row row, User user) {
    if ("multipart".equals(row.contentType)) {
      Multipart form =
          new Multipart()
              .field("kind", "DOCUMENT")
              .field("collectedBy", user.name())
              .file("table-row.txt", "text/plain", ("uploaded by " + user.name()).getBytes());
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(row.path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + user.token())
              .header("Content-Type", form.contentType())
              .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
              .build();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Api.Answer(response.statusCode(), response.body(), response);
      } catch (IOException | InterruptedException ex) {
        throw new IllegalStateException(row + " failed", ex);
      }
    }
    return fx.api.send(row.method, row.path, user.token(), row.body);
  }

  private static String shorten(String s) {
    return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  // ---- completeness ---------------------------------------------------------------------------

  /**
   * Every resource method of the application as "METHOD path" (path without the api/v1 prefix),
   * read by reflection from the module jars on the test class path.
   */
  static Set<String> resourceMethods() throws IOException {
    Set<String> all = new TreeSet<>();
    for (Class<?> type : resourceClasses()) {
      Path classPath = type.getAnnotation(Path.class);
      for (Method m : type.getDeclaredMethods()) {
        String verb = verb(m);
        if (verb == null) {
          continue;
        }
        Path methodPath = m.getAnnotation(Path.class);
        String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
        all.add(verb + " " + path);
      }
    }
    return all;
  }

  private static String verb(Method m) {
    if (m.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (m.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (m.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (m.isAnnotationPresent(PATCH.class)) {
      return "PATCH";
    }
    if (m.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    return null;
  }

  private static String join(String a, String b) {
    String joined = (a + "/" + b).replaceAll("/+", "/").replaceAll("^/|/$", "");
    return joined;
  }

  /** Root resource classes (annotated @Path) in the org.evidentia packages. */
  static List<Class<?>> resourceClasses() {
    List<Class<?>> found = new ArrayList<>();
    for (com.tngtech.archunit.core.domain.JavaClass c :
        new com.tngtech.archunit.core.importer.ClassFileImporter()
            .withImportOption(
                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.evidentia")) {
      if (c.isAnnotatedWith(Path.class)) {
        found.add(c.reflect());
      }
    }
    return found;
  }

  static Set<String> listed(World w) {
    Set<String> listed = new TreeSet<>(NOT_IN_TABLE.keySet());
    for (Row row : rows(w)) {
      listed.add(row.endpoint);
    }
    return listed;
  }

  /** The endpoints the table lists, without a world (ids do not matter for the names). */
  static Set<String> listed() {
    World w = new World();
    for (Actor a : Actor.values()) {
      w.users.put(a, new User(a.name(), "t"));
    }
    w.spare = new User("spare", "t");
    w.incident = new Incident("c", "i", "s");
    w.second = w.incident;
    w.reviewed = w.incident;
    return listed(w);
  }
}
