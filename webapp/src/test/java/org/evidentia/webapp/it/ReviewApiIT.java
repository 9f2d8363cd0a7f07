package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review API's refusals and side effects on the real WAR (H2): four eyes, one sign-off per
 * reviewer and round, the checklist, failed integrity, records frozen in review, forged and
 * malformed requests, stale versions, rounds after REOPEN, the inbox, the queue and the audit log.
 * Each test makes its own accounts and case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private ReviewFixture fx() {
    return new ReviewFixture(new Api(deployment), "admin", Api.DEMO_PASSWORD);
  }

  /** A caseworker's case with three reviewers on the team. */
  private record Team(ReviewFixture fx, User cw, User rev1, User rev2, User rev3, String caseId) {
    Incident incident() {
      return fx.incident(cw, caseId);
    }

    Incident submitted() {
      Incident incident = incident();
      fx.done(cw, incident, "SUBMIT");
      return incident;
    }
  }

  /** Accounts cost two password hashes each: made once, each test gets a case of its own. */
  private static List<User> accounts;

  private Team team() {
    ReviewFixture fx = fx();
    if (accounts == null) {
      accounts =
          List.of(
              fx.user("cw", "CASEWORKER"),
              fx.user("rev", "REVIEWER"),
              fx.user("rev", "REVIEWER"),
              fx.user("rev", "REVIEWER"));
    }
    return team(fx, accounts.get(0));
  }

  /** A case of the caseworker's with the three shared reviewers on its team. */
  private Team team(ReviewFixture fx, User cw) {
    User rev1 = accounts.get(1);
    User rev2 = accounts.get(2);
    User rev3 = accounts.get(3);
    return new Team(fx, cw, rev1, rev2, rev3, fx.openCase(cw, rev1, rev2, rev3));
  }

  private static void assertError(Api.Answer answer, int status, String... inMessage) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json().getInt("status")).isEqualTo(status);
    assertThat(answer.body()).doesNotContain("Exception");
    if (inMessage.length > 0) {
      assertThat(answer.json().getString("message")).contains(inMessage);
    }
  }

  private static void assertUnchanged(JsonObject before, JsonObject after) {
    assertThat(after.getString("status")).isEqualTo(before.getString("status"));
    assertThat(after.getJsonNumber("version")).isEqualTo(before.getJsonNumber("version"));
    assertThat(after.getJsonArray("history")).hasSameSizeAs(before.getJsonArray("history"));
  }

  // ---- four eyes ----------------------------------------------------------------------------

  @Test
  void whoRecordedTheIncidentCannotDecideOnItEvenWithTheReviewerRole() {
    ReviewFixture fx = fx();
    User both = fx.user("both", "CASEWORKER", "REVIEWER");
    User rev = fx.user("rev", "REVIEWER");
    String caseId = fx.openCase(both, rev);
    Incident incident = fx.incident(both, caseId);
    fx.done(both, incident, "SUBMIT");

    JsonObject review = fx.review(both, incident);
    assertThat(review.getJsonArray("availableActions")).isEmpty();
    assertThat(review.getJsonObject("blockedActions").getString("SIGN_OFF")).contains("four eyes");
    for (String action : List.of("SIGN_OFF", "REJECT", "REQUEST_INFORMATION")) {
      assertError(fx.act(both, incident, action), 403, "four eyes", "recorded");
    }
    assertUnchanged(review, fx.review(both, incident));
    // Another reviewer may.
    assertThat(fx.done(rev, incident, "SIGN_OFF").getJsonArray("signOffs")).hasSize(1);
  }

  @Test
  void whoOnlyUploadedEvidenceCannotSignOff() throws Exception {
    Team t = team();
    ReviewFixture fx = t.fx();
    User both = fx.user("both", "CASEWORKER", "REVIEWER");
    fx.join(t.cw(), t.caseId(), both);
    Incident incident = t.incident();
    upload(both, incident, random(2_000));
    fx.done(t.cw(), incident, "SUBMIT");

    JsonObject before = fx.review(t.cw(), incident);
    assertError(fx.act(both, incident, "SIGN_OFF"), 403, "four eyes", "uploaded evidence");
    assertUnchanged(before, fx.review(t.cw(), incident));
    // Not kept out of the queue of someone who did nothing, and kept out of the uploader's.
    assertThat(queueIds(fx, t.rev1(), "TO_REVIEW", "caseId=" + t.caseId())).contains(incident.id());
    assertThat(queueIds(fx, both, "TO_REVIEW", "caseId=" + t.caseId()))
        .doesNotContain(incident.id());
  }

  @Test
  void aReviewerSignsOffOncePerRound() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.submitted();
    fx.done(t.rev1(), incident, "SIGN_OFF");
    JsonObject before = fx.review(t.cw(), incident);
    assertError(fx.act(t.rev1(), incident, "SIGN_OFF"), 403, "already");
    JsonObject after = fx.review(t.cw(), incident);
    assertUnchanged(before, after);
    assertThat(after.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(after.getJsonArray("signOffs")).hasSize(1);
    assertThat(fx.review(t.rev1(), incident).getJsonObject("blockedActions").getString("SIGN_OFF"))
        .contains("already");
  }

  // ---- what an action must carry ----------------------------------------------------------

  @Test
  void aSignOffWithoutRationaleIs400() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.submitted();
    JsonObject before = fx.review(t.cw(), incident);
    for (String rationale : new String[] {null, "   "}) {
      Api.Answer answer =
          fx.send(
              t.rev1(),
              incident,
              ReviewFixture.body(
                  "SIGN_OFF", rationale, ReviewFixture.checklist(incident.sourceId()), null));
      assertError(answer, 400);
      assertThat(ReviewFixture.violationFields(answer)).containsExactly("rationale");
    }
    // A reason is due for the other decisions too.
    for (String action : List.of("REJECT", "REQUEST_INFORMATION")) {
      Api.Answer answer = fx.send(t.rev1(), incident, ReviewFixture.body(action, null, null, null));
      assertError(answer, 400);
      assertThat(ReviewFixture.violationFields(answer)).containsExactly("rationale");
    }
    assertUnchanged(before, fx.review(t.cw(), incident));
  }

  @Test
  void anIncompleteChecklistIs400NamingEachField() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.incident();
    Api.Answer claim =
        fx.api.post(
            "api/v1/incidents/" + incident.id() + "/casualty-claims",
            t.cw().token(),
            "{\"sourceId\":\""
                + incident.sourceId()
                + "\",\"asOf\":\"2024-07-08\",\"population\":\"ALL\","
                + "\"killed\":{\"min\":1,\"max\":2},\"injured\":{\"min\":3,\"max\":4}}");
    assertThat(claim.status()).as(claim.body()).isEqualTo(201);
    String claimId = claim.json().getString("id");
    fx.done(t.cw(), incident, "SUBMIT");
    JsonObject before = fx.review(t.cw(), incident);

    // No checklist at all.
    Api.Answer none =
        fx.send(t.rev1(), incident, ReviewFixture.body("SIGN_OFF", "reliable", null, null));
    assertError(none, 400);
    assertThat(ReviewFixture.violationFields(none)).containsExactly("checklist");

    // Empty checklist: every part is named.
    Api.Answer empty =
        fx.send(
            t.rev1(),
            incident,
            ReviewFixture.body("SIGN_OFF", "reliable", Json.createObjectBuilder().build(), null));
    assertError(empty, 400);
    assertThat(ReviewFixture.violationFields(empty))
        .contains(
            "checklist.sourceAnalysis.result",
            "checklist.technicalAnalysis.result",
            "checklist.contentAnalysis.result",
            "checklist.sourceGrades." + incident.sourceId(),
            "checklist.claimGrades." + claimId,
            "checklist.keyFacts");

    // Complete but for the claim's grade, NOT_CONFIRMED content, an unknown source, a bad fact.
    JsonObject complete = ReviewFixture.checklist(incident.sourceId());
    JsonObject bad =
        Json.createObjectBuilder(complete)
            .add("contentAnalysis", ReviewFixture.analysis("NOT_CONFIRMED", "could not confirm"))
            .add(
                "sourceGrades",
                Json.createObjectBuilder().add(incident.sourceId(), "B").add("no-such-source", "A"))
            .add(
                "keyFacts",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("statement", "a fact")
                            .add("credibility", 9)))
            .build();
    Api.Answer wrong =
        fx.send(t.rev1(), incident, ReviewFixture.body("SIGN_OFF", "reliable", bad, null));
    assertError(wrong, 400);
    assertThat(ReviewFixture.violationFields(wrong))
        .containsExactlyInAnyOrder(
            "checklist.contentAnalysis.result",
            "checklist.sourceGrades.no-such-source",
            "checklist.claimGrades." + claimId,
            "checklist.keyFacts[0].credibility");
    assertUnchanged(before, fx.review(t.cw(), incident));

    // The same checklist with the claim graded is accepted, and the grades are kept.
    JsonObject good =
        Json.createObjectBuilder(complete)
            .add("claimGrades", Json.createObjectBuilder().add(claimId, 3))
            .build();
    Api.Answer signed =
        fx.send(t.rev1(), incident, ReviewFixture.body("SIGN_OFF", "reliable", good, null));
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    JsonObject last = ReviewFixture.history(signed.json()).get(1);
    assertThat(last.getJsonArray("grades").getValuesAs(JsonObject.class))
        .extracting(g -> g.getString("subject") + "=" + g.getString("grade"))
        .containsExactlyInAnyOrder("SOURCE=B", "CLAIM=3", "FACT=2");
  }

  @Test
  void noSignOffWhileEvidenceFailedItsIntegrityCheck() throws Exception {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.incident();
    byte[] bytes = random(20_000);
    JsonObject item = upload(t.cw(), incident, bytes);
    fx.done(t.cw(), incident, "SUBMIT");

    Path stored = original(item.getString("sha256"));
    stored.toFile().setWritable(true, true);
    byte[] altered = bytes.clone();
    altered[100] ^= 0x01;
    Files.write(stored, altered);
    Api.Answer check =
        fx.api.post(
            "api/v1/evidence/" + item.getString("id") + "/integrity-check", t.cw().token(), null);
    assertThat(check.json().getString("integrity")).isEqualTo("FAILED");

    JsonObject before = fx.review(t.cw(), incident);
    assertError(fx.act(t.rev1(), incident, "SIGN_OFF"), 403, "integrity", item.getString("id"));
    assertUnchanged(before, fx.review(t.cw(), incident));
    assertThat(fx.review(t.rev1(), incident).getJsonObject("blockedActions").getString("SIGN_OFF"))
        .contains("integrity");
    // The reviewer can still send it back.
    assertThat(fx.done(t.rev1(), incident, "REQUEST_INFORMATION").getString("status"))
        .isEqualTo("NEEDS_INFORMATION");
  }

  @Test
  void theRecordIsFrozenWhileUnderReview() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.submitted();
    JsonObject before = fx.review(t.cw(), incident);
    String path = "api/v1/incidents/" + incident.id();

    assertError(fx.api.send("PATCH", path, t.cw().token(), "{\"title\":\"changed\"}"), 409);
    assertError(
        fx.api.post(
            path + "/sources", t.cw().token(), "{\"kind\":\"MEDIA\",\"name\":\"A newspaper\"}"),
        409);
    assertError(
        fx.api.post(
            path + "/casualty-claims",
            t.cw().token(),
            "{\"sourceId\":\""
                + incident.sourceId()
                + "\",\"asOf\":\"2024-07-08\",\"killed\":{\"min\":1,\"max\":1}}"),
        409);
    assertError(
        fx.api.post(
            path + "/persons", t.cw().token(), "{\"role\":\"WITNESS\",\"ageGroup\":\"ADULT\"}"),
        409);
    assertUnchanged(before, fx.review(t.cw(), incident));
    assertThat(fx.api.get(path + "/sources", t.cw().token()).structure().asJsonArray()).hasSize(1);

    // Open again once information is requested.
    fx.done(t.rev1(), incident, "REQUEST_INFORMATION");
    Api.Answer edited = fx.api.send("PATCH", path, t.cw().token(), "{\"title\":\"Clarified\"}");
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
  }

  // ---- malformed, forged and stale requests -----------------------------------------------

  @Test
  void aForgedActionOrMalformedJsonIs400AndChangesNothing() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.submitted();
    JsonObject before = fx.review(t.cw(), incident);
    String path = "api/v1/incidents/" + incident.id() + "/review/actions";
    for (String body :
        List.of(
            "{\"action\":\"VERIFY\",\"rationale\":\"x\"}",
            "{\"action\":\"sign_off\",\"rationale\":\"x\"}",
            "{\"action\":\"\"}",
            "{\"rationale\":\"no action\"}")) {
      Api.Answer answer = fx.api.post(path, t.rev1().token(), body);
      assertError(answer, 400);
      assertThat(ReviewFixture.violationFields(answer)).as(body).containsExactly("action");
    }
    for (String body :
        List.of(
            "{\"action\":\"SIGN_OFF\",",
            "not json",
            "[1,2]",
            "{\"action\":\"SIGN_OFF\",\"expectedVersion\":\"seven\"}",
            "{\"action\":\"SIGN_OFF\",\"rationale\":\"x\",\"checklist\":{\"sourceGrades\":{\"a\":\"Z\"}}}")) {
      Api.Answer answer = fx.api.post(path, t.rev1().token(), body);
      assertThat(answer.status()).as(body + " -> " + answer.body()).isEqualTo(400);
      assertThat(answer.body()).doesNotContain("Exception");
    }
    assertUnchanged(before, fx.review(t.cw(), incident));
  }

  @Test
  void aStaleVersionIs409SayingWhatChanged() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.submitted();
    long seen = fx.review(t.rev2(), incident).getJsonNumber("version").longValue();
    fx.done(t.rev1(), incident, "SIGN_OFF");
    JsonObject before = fx.review(t.cw(), incident);

    Api.Answer stale =
        fx.send(t.rev2(), incident, ReviewFixture.fullBody("SIGN_OFF", incident, seen));
    assertError(
        stale,
        409,
        "version " + seen,
        "now " + (seen + 1),
        "SIGN_OFF by " + t.rev1().name(),
        "1 of 2");
    assertUnchanged(before, fx.review(t.cw(), incident));

    // With the version it now has, it goes through.
    Api.Answer fresh =
        fx.send(t.rev2(), incident, ReviewFixture.fullBody("SIGN_OFF", incident, seen + 1));
    assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
    assertThat(fresh.json().getString("status")).isEqualTo("VERIFIED");
  }

  // ---- rounds -------------------------------------------------------------------------------

  @Test
  void reopenStartsARoundWhereEarlierSignOffsStayInHistoryButNoLongerCount() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.submitted();
    fx.done(t.rev1(), incident, "SIGN_OFF");
    assertThat(fx.done(t.rev2(), incident, "SIGN_OFF").getString("status")).isEqualTo("VERIFIED");

    JsonObject reopened = fx.done(t.rev3(), incident, "REOPEN");
    assertThat(reopened.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(reopened.getInt("round")).isEqualTo(2);
    assertThat(reopened.getJsonArray("signOffs")).isEmpty();
    assertThat(signOffs(reopened))
        .hasSize(2)
        .allSatisfy(s -> assertThat(s.getBoolean("counts")).isFalse());

    // The same reviewers sign again in the new round; one is not enough.
    JsonObject first = fx.done(t.rev1(), incident, "SIGN_OFF");
    assertThat(first.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(first.getJsonArray("signOffs")).hasSize(1);
    JsonObject second = fx.done(t.rev2(), incident, "SIGN_OFF");
    assertThat(second.getString("status")).isEqualTo("VERIFIED");
    assertThat(signOffs(second))
        .extracting(
            s -> s.getInt("round") + ":" + s.getString("actor") + ":" + s.getBoolean("counts"))
        .containsExactly(
            "1:" + t.rev1().name() + ":false",
            "1:" + t.rev2().name() + ":false",
            "2:" + t.rev1().name() + ":true",
            "2:" + t.rev2().name() + ":true");
    assertThat(ReviewFixture.history(second))
        .extracting(h -> h.getString("action"))
        .containsExactly("SUBMIT", "SIGN_OFF", "SIGN_OFF", "REOPEN", "SIGN_OFF", "SIGN_OFF");
    assertThat(ReviewFixture.history(second))
        .extracting(h -> h.getInt("seq"))
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  private static List<JsonObject> signOffs(JsonObject review) {
    return ReviewFixture.history(review).stream()
        .filter(h -> h.getString("action").equals("SIGN_OFF"))
        .toList();
  }

  // ---- inbox --------------------------------------------------------------------------------

  @Test
  void theCaseworkerHearsTheReviewersQuestions() {
    team();
    ReviewFixture fx = fx();
    // A caseworker of their own: the shared one hears of other tests' incidents.
    Team t = team(fx, fx.user("cw", "CASEWORKER"));
    Incident incident = t.submitted();
    assertThat(unread(fx, t.cw())).isZero();
    String questions = "Who took the photos, and when? " + incident.id();
    Api.Answer asked =
        fx.send(
            t.rev1(), incident, ReviewFixture.body("REQUEST_INFORMATION", questions, null, null));
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);

    assertThat(unread(fx, t.cw())).isEqualTo(1);
    Api.Answer inbox = fx.api.get("api/v1/notifications", t.cw().token());
    assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
    List<JsonObject> items = inbox.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).hasSize(1);
    JsonObject note = items.get(0);
    assertThat(note.getString("incidentId")).isEqualTo(incident.id());
    assertThat(note.getString("outcome")).isEqualTo("NEEDS_INFORMATION");
    assertThat(note.getString("message")).isEqualTo(questions);
    assertThat(note.getString("from")).isEqualTo(t.rev1().name());
    assertThat(note.getBoolean("read")).isFalse();
    // Nobody else gets it, and nobody else can mark it read.
    assertThat(unread(fx, t.rev1())).isZero();
    assertError(
        fx.api.post(
            "api/v1/notifications/" + note.getString("id") + "/read", t.rev1().token(), null),
        404);
    Api.Answer read =
        fx.api.post("api/v1/notifications/" + note.getString("id") + "/read", t.cw().token(), null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(unread(fx, t.cw())).isZero();

    // Resubmitted and verified: the verdict arrives too.
    fx.done(t.cw(), incident, "RESUBMIT");
    fx.done(t.rev1(), incident, "SIGN_OFF");
    fx.done(t.rev2(), incident, "SIGN_OFF");
    assertThat(unread(fx, t.cw())).isEqualTo(1);
    assertThat(
            fx.api
                .get("api/v1/notifications", t.cw().token())
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("outcome"))
        .isEqualTo("VERIFIED");
  }

  private static long unread(ReviewFixture fx, User user) {
    Api.Answer answer = fx.api.get("api/v1/notifications/unread", user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonNumber("unread").longValue();
  }

  // ---- queue ----------------------------------------------------------------------------------

  @Test
  void theQueueShowsWhatWaitsWhatISignedAndWhatWasDecidedWithFilters() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident shelling = fx.incident(t.cw(), t.caseId(), "SHELLING", "Kharkiv Oblast");
    Incident hospital =
        fx.incident(t.cw(), t.caseId(), "ATTACK_ON_MEDICAL_FACILITY", "Kyiv Oblast");
    Incident reported = fx.incident(t.cw(), t.caseId(), "SHELLING", "Kharkiv Oblast");
    fx.done(t.cw(), shelling, "SUBMIT");
    fx.done(t.cw(), hospital, "SUBMIT");
    String inCase = "caseId=" + t.caseId();

    assertThat(queueIds(fx, t.rev1(), "TO_REVIEW", inCase))
        .containsExactlyInAnyOrder(shelling.id(), hospital.id())
        .doesNotContain(reported.id());
    assertThat(queueIds(fx, t.rev1(), "TO_REVIEW", inCase + "&type=SHELLING"))
        .containsExactly(shelling.id());
    assertThat(queueIds(fx, t.rev1(), "TO_REVIEW", inCase + "&region=Kyiv%20Oblast"))
        .containsExactly(hospital.id());
    assertThat(queueIds(fx, t.rev1(), "TO_REVIEW", "type=ATTACK_ON_MEDICAL_FACILITY"))
        .contains(hospital.id())
        .doesNotContain(shelling.id());

    fx.done(t.rev1(), shelling, "SIGN_OFF");
    assertThat(queueIds(fx, t.rev1(), "TO_REVIEW", inCase)).containsExactly(hospital.id());
    assertThat(queueIds(fx, t.rev1(), "SIGNED_BY_ME", inCase)).containsExactly(shelling.id());
    assertThat(queueIds(fx, t.rev2(), "TO_REVIEW", inCase))
        .containsExactlyInAnyOrder(shelling.id(), hospital.id());
    JsonObject item = queue(fx, t.rev2(), "TO_REVIEW", inCase + "&type=SHELLING").get(0);
    assertThat(item.getInt("signOffs")).isEqualTo(1);
    assertThat(item.getInt("requiredSignOffs")).isEqualTo(2);

    fx.done(t.rev2(), shelling, "SIGN_OFF");
    fx.done(t.rev2(), hospital, "REJECT");
    assertThat(queueIds(fx, t.rev1(), "TO_REVIEW", inCase)).isEmpty();
    assertThat(queueIds(fx, t.rev1(), "SIGNED_BY_ME", inCase)).isEmpty();
    assertThat(queue(fx, t.rev3(), "DECIDED", inCase))
        .extracting(i -> i.getString("incidentId") + "=" + i.getString("status"))
        .containsExactlyInAnyOrder(shelling.id() + "=VERIFIED", hospital.id() + "=REJECTED");
    assertThat(queueIds(fx, t.rev3(), "DECIDED", inCase + "&region=Kyiv%20Oblast"))
        .containsExactly(hospital.id());

    // Another case's reviewer sees none of it; non-reviewers have no queue.
    User stranger = fx.user("rev", "REVIEWER");
    assertThat(queueIds(fx, stranger, "DECIDED", "")).isEmpty();
    assertError(fx.api.get("api/v1/review-queue?view=TO_REVIEW&" + inCase, stranger.token()), 404);
    assertError(fx.api.get("api/v1/review-queue", t.cw().token()), 403);
    assertError(fx.api.get("api/v1/review-queue?view=EVERYTHING", t.rev1().token()), 400);
  }

  private static List<JsonObject> queue(ReviewFixture fx, User user, String view, String query) {
    Api.Answer answer =
        fx.api.get("api/v1/review-queue?view=" + view + "&size=100&" + query, user.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<String> queueIds(ReviewFixture fx, User user, String view, String query) {
    return queue(fx, user, view, query).stream().map(i -> i.getString("incidentId")).toList();
  }

  // ---- audit ----------------------------------------------------------------------------------

  @Test
  void everyActionAndEveryRefusalIsInTheAuditLogAndTheChainHolds() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.submitted();
    fx.done(t.rev1(), incident, "SIGN_OFF");
    assertError(fx.act(t.rev1(), incident, "SIGN_OFF"), 403); // twice
    assertError(fx.act(t.rev1(), incident, "REOPEN"), 409); // wrong state
    assertError(fx.act(t.cw(), incident, "SIGN_OFF"), 403); // no role

    String admin = fx.adminToken();
    Api.Answer page = fx.api.get("api/v1/audit?size=100&q=" + incident.id(), admin);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    List<JsonObject> entries = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(entries)
        .filteredOn(e -> incident.id().equals(e.getString("targetId", null)))
        .extracting(e -> e.getString("action") + " " + e.getString("actor"))
        .contains(
            "REVIEW_SUBMIT " + t.cw().name(),
            "REVIEW_SIGN_OFF " + t.rev1().name(),
            "REVIEW_REFUSED " + t.rev1().name(),
            "REVIEW_REFUSED " + t.cw().name());
    assertThat(entries)
        .filteredOn(e -> e.getString("action").equals("REVIEW_REFUSED"))
        .extracting(e -> e.getString("details"))
        .hasSize(3)
        .anySatisfy(
            d -> assertThat(d).startsWith("SIGN_OFF by " + t.rev1().name()).contains("already"))
        .anySatisfy(d -> assertThat(d).startsWith("REOPEN by " + t.rev1().name()))
        .anySatisfy(d -> assertThat(d).startsWith("SIGN_OFF by " + t.cw().name()));

    Api.Answer verification = fx.api.get("api/v1/audit/verification", admin);
    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.json().getBoolean("valid")).as(verification.body()).isTrue();
  }

  // ---- evidence, grades and links under review ---------------------------------------------

  @Test
  void evidenceMustPassAnIntegrityCheckBeforeASignOff() throws Exception {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident incident = t.incident();
    JsonObject item = upload(t.cw(), incident, random(5_000));
    fx.done(t.cw(), incident, "SUBMIT");

    JsonObject before = fx.review(t.rev1(), incident);
    assertThat(before.getJsonObject("blockedActions").getString("SIGN_OFF"))
        .contains("re-check the hashes", item.getString("id"));
    assertError(fx.act(t.rev1(), incident, "SIGN_OFF"), 403, "re-check", item.getString("id"));
    assertUnchanged(before, fx.review(t.rev1(), incident));

    Api.Answer check =
        fx.api.post(
            "api/v1/evidence/" + item.getString("id") + "/integrity-check", t.rev1().token(), null);
    assertThat(check.json().getString("integrity")).isEqualTo("OK");
    assertThat(fx.done(t.rev1(), incident, "SIGN_OFF").getJsonArray("signOffs")).hasSize(1);
  }

  @Test
  void aSignOffStopsCountingWhenItsReviewerLaterUploadsEvidence() throws Exception {
    Team t = team();
    ReviewFixture fx = t.fx();
    User both = fx.user("both", "CASEWORKER", "REVIEWER");
    fx.join(t.cw(), t.caseId(), both);
    Incident incident = t.submitted();
    fx.done(both, incident, "SIGN_OFF");

    // Evidence may still arrive under review; its uploader is no longer independent.
    JsonObject item = upload(both, incident, random(4_000));
    fx.api.post(
        "api/v1/evidence/" + item.getString("id") + "/integrity-check", t.rev1().token(), null);
    JsonObject second = fx.done(t.rev1(), incident, "SIGN_OFF");
    assertThat(second.getString("status"))
        .as("the earlier sign-off no longer counts: one of two")
        .isEqualTo("UNDER_REVIEW");
    assertThat(fx.done(t.rev2(), incident, "SIGN_OFF").getString("status")).isEqualTo("VERIFIED");

    String admin = fx.adminToken();
    Api.Answer audit = fx.api.get("api/v1/audit?q=" + incident.id() + "&size=50", admin);
    assertThat(audit.body()).contains("not counted (contributed since): [" + both.name() + "]");
  }

  @Test
  void sourcesAreGradedByIndependentReviewersAndNotAfterTheDecision() {
    Team t = team();
    ReviewFixture fx = t.fx();
    User both = fx.user("both", "CASEWORKER", "REVIEWER");
    fx.join(t.cw(), t.caseId(), both);
    Incident own = fx.incident(both, t.caseId());
    assertError(grade(fx, both, own.sourceId(), "A"), 403, "four eyes");
    assertThat(grade(fx, t.rev1(), own.sourceId(), "C").status()).isEqualTo(200);

    Incident incident = t.submitted();
    fx.done(t.rev1(), incident, "SIGN_OFF");
    fx.done(t.rev2(), incident, "SIGN_OFF");
    assertError(grade(fx, t.rev3(), incident.sourceId(), "E"), 409, "VERIFIED", "reopen");
  }

  private static Api.Answer grade(ReviewFixture fx, User user, String sourceId, String grade) {
    return fx.api.send(
        "PUT",
        "api/v1/sources/" + sourceId + "/grade",
        user.token(),
        "{\"reliability\":\"" + grade + "\"}");
  }

  @Test
  void aSameEventLinkWaitsUntilTheRecordIsOpenAgain() {
    Team t = team();
    ReviewFixture fx = t.fx();
    Incident other = t.incident();
    Incident incident = t.submitted();
    Api.Answer link =
        fx.api.send(
            "PUT",
            "api/v1/incidents/" + incident.id() + "/same-event",
            t.cw().token(),
            "{\"incidentId\":\"" + other.id() + "\"}");
    assertError(link, 409, "UNDER_REVIEW");
  }

  // ---- evidence helpers ---------------------------------------------------------------------

  private JsonObject upload(User user, Incident incident, byte[] bytes) throws Exception {
    Multipart form =
        new Multipart()
            .field("kind", "PHOTO")
            .field("sourceId", incident.sourceId())
            .file("market.bin", "application/octet-stream", bytes);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(deployment.toString().replaceAll("/?$", "/"))
                    .resolve("api/v1/incidents/" + incident.id() + "/evidence"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + user.token())
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      return ReviewFixture.parse(response.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("upload failed", e);
    }
  }

  private static Path original(String sha256) {
    String dir = System.getenv("EVIDENTIA_DATA_DIR");
    assertThat(dir).as("EVIDENTIA_DATA_DIR is set by the pom").isNotBlank();
    return Path.of(dir)
        .toAbsolutePath()
        .normalize()
        .resolve("evidence")
        .resolve("originals")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private static byte[] random(int size) {
    byte[] data = new byte[size];
    new Random().nextBytes(data);
    return data;
  }
}
