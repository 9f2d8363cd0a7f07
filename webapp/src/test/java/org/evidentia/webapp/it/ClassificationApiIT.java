package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.webapp.it.ClassificationFixture.CIVILIANS;
import static org.evidentia.webapp.it.ClassificationFixture.HOSPITALS;
import static org.evidentia.webapp.it.ClassificationFixture.actions;
import static org.evidentia.webapp.it.ClassificationFixture.counts;
import static org.evidentia.webapp.it.ClassificationFixture.decision;
import static org.evidentia.webapp.it.ClassificationFixture.element;
import static org.evidentia.webapp.it.ClassificationFixture.enc;
import static org.evidentia.webapp.it.ClassificationFixture.linkBody;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * The legal classification API on the real WAR (H2): the taxonomy and its search, suggestions,
 * proposing, confirming and withdrawing, element links to evidence, sources and casualty claims,
 * the evidence matrix as JSON and CSV, every refusal (each in a test of its own), concurrent
 * decisions, the administrator's taxonomy edits and the audit log. Each test has a case of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassificationApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  /** Accounts cost password hashes: made once for the class, each test opens its own case. */
  private static Accounts accounts;

  private record Accounts(
      User cw, User la1, User la2, User rev1, User rev2, User outsider, User cw2) {}

  /** A case of the caseworker's with both analysts and both reviewers on its team. */
  private record Team(ClassificationFixture cf, Accounts a, String caseId) {
    Incident strike() {
      return cf.hospitalStrike(a.cw(), caseId);
    }
  }

  private Team team() throws Exception {
    ReviewFixture fx = new ReviewFixture(new Api(deployment), "admin", Api.DEMO_PASSWORD);
    ClassificationFixture cf = new ClassificationFixture(fx, deployment.toURI());
    synchronized (ClassificationApiIT.class) {
      if (accounts == null) {
        accounts =
            new Accounts(
                fx.user("cw", "CASEWORKER"),
                fx.user("la", "LEGAL_ANALYST"),
                fx.user("la", "LEGAL_ANALYST"),
                fx.user("rev", "REVIEWER"),
                fx.user("rev", "REVIEWER"),
                fx.user("outla", "LEGAL_ANALYST"),
                fx.user("cw", "CASEWORKER"));
      }
    }
    Accounts a = accounts;
    return new Team(cf, a, fx.openCase(a.cw(), a.la1(), a.la2(), a.rev1(), a.rev2()));
  }

  private static void assertError(Api.Answer answer, int status, String... inMessage) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json().getInt("status")).isEqualTo(status);
    assertThat(answer.body()).doesNotContain("Exception");
    if (inMessage.length > 0) {
      assertThat(answer.json().getString("message")).contains(inMessage);
    }
  }

  private static void assertInvalid(Api.Answer answer, String field) {
    assertError(answer, 400);
    assertThat(ReviewFixture.violationFields(answer)).containsExactly(field);
  }

  private static long version(JsonObject view) {
    return view.getJsonNumber("version").longValue();
  }

  // ---- the taxonomy ---------------------------------------------------------------------------

  private JsonObject crimes(String query, String token) {
    Api.Answer answer = new Api(deployment).get("api/v1/crimes?" + query, token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static List<String> codes(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("code"))
        .toList();
  }

  @Test
  void theTaxonomyHoldsAll69CrimesOfTheRomeStatute() throws Exception {
    Team t = team();
    JsonObject all = crimes("size=200", t.a().la1().token());
    assertThat(all.getJsonNumber("total").longValue()).isEqualTo(69);
    List<String> codes = codes(all);
    assertThat(codes).hasSize(69).doesNotHaveDuplicates();
    assertThat(codes).contains("6(a)", "7(1)(a)", "7(1)(d)", "7(1)(f)", HOSPITALS, "8(2)(e)(iv)");
    // Paged: the pages together are the whole list, in the same order.
    List<String> paged = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      paged.addAll(codes(crimes("size=20&page=" + page, t.a().cw().token())));
    }
    assertThat(paged).isEqualTo(codes);
  }

  @Test
  void hospitalFindsTheAttacksOnHospitalsInBothKindsOfConflict() throws Exception {
    Team t = team();
    List<String> found = codes(crimes("q=hospital&size=200", t.a().la1().token()));
    assertThat(found).contains(HOSPITALS, "8(2)(e)(iv)");
    // Case does not matter.
    assertThat(codes(crimes("q=HOSPITAL&size=200", t.a().la1().token())))
        .contains(HOSPITALS, "8(2)(e)(iv)");
  }

  @Test
  void aCrimeIsFoundByItsCode() throws Exception {
    Team t = team();
    JsonObject page = crimes("q=" + enc(HOSPITALS), t.a().la1().token());
    assertThat(codes(page)).first().isEqualTo(HOSPITALS);
    assertThat(codes(crimes("q=8(2)(b)(ix)", t.a().la1().token()))).contains(HOSPITALS);
  }

  @Test
  void aCrimeIsReadWithItsElementsWhetherItsCodeIsEncodedOrNot() throws Exception {
    Team t = team();
    Api api = new Api(deployment);
    for (String path : List.of(HOSPITALS, enc(HOSPITALS), "8%282%29%28b%29%28ix%29")) {
      Api.Answer answer = api.get("api/v1/crimes/" + path, t.a().la1().token());
      assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
      JsonObject crime = answer.json();
      assertThat(crime.getString("code")).isEqualTo(HOSPITALS);
      assertThat(crime.getString("category")).isEqualTo("WAR_CRIME");
      assertThat(crime.getString("context")).isEqualTo("INTERNATIONAL");
      assertThat(crime.getBoolean("elementsComplete")).isTrue();
      assertThat(
              crime.getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                  .map(e -> e.getString("code"))
                  .toList())
          .containsExactly(
              element(HOSPITALS, 1),
              element(HOSPITALS, 2),
              element(HOSPITALS, 3),
              element(HOSPITALS, 4),
              element(HOSPITALS, 5));
    }
    assertError(api.get("api/v1/crimes/8(2)(z)(ix)", t.a().la1().token()), 404);
  }

  @Test
  void titlesAndElementsAreInUkrainianWithLangUk() throws Exception {
    Team t = team();
    Api api = new Api(deployment);
    JsonObject en = api.get("api/v1/crimes/" + enc(HOSPITALS), t.a().la1().token()).json();
    JsonObject uk =
        api.get("api/v1/crimes/" + enc(HOSPITALS) + "?lang=uk", t.a().la1().token()).json();
    assertThat(en.getString("title")).isEqualTo(en.getString("titleEn"));
    assertThat(uk.getString("title")).isEqualTo(uk.getString("titleUk"));
    assertThat(uk.getString("title"))
        .isNotEqualTo(en.getString("title"))
        .containsPattern("\\p{IsCyrillic}");
    String ukElement = uk.getJsonArray("elements").getJsonObject(0).getString("text");
    assertThat(ukElement).containsPattern("\\p{IsCyrillic}");
    assertThat(ukElement)
        .isNotEqualTo(en.getJsonArray("elements").getJsonObject(0).getString("text"));
    // The search answers in Ukrainian too, and finds Ukrainian words.
    JsonObject page = crimes("q=" + enc(HOSPITALS) + "&lang=uk", t.a().la1().token());
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("title"))
        .isEqualTo(uk.getString("titleUk"));
  }

  @Test
  void crimesWithoutElementsSayTheirElementsAreIncomplete() throws Exception {
    Team t = team();
    List<JsonObject> all =
        crimes("size=200", t.a().la1().token()).getJsonArray("items").getValuesAs(JsonObject.class);
    List<String> complete =
        List.of(
            "8(2)(a)(i)",
            "8(2)(a)(vii)",
            CIVILIANS,
            "8(2)(b)(ii)",
            "8(2)(b)(iv)",
            "8(2)(b)(viii)",
            HOSPITALS,
            "8(2)(c)(i)",
            "8(2)(e)(i)",
            "8(2)(e)(iv)",
            "7(1)(a)",
            "7(1)(d)",
            "7(1)(f)");
    int incomplete = 0;
    for (JsonObject crime : all) {
      String code = crime.getString("code");
      if (crime.getJsonArray("elements").isEmpty()) {
        assertThat(crime.getBoolean("elementsComplete")).as(code).isFalse();
        incomplete++;
      }
      if (complete.contains(code)) {
        assertThat(crime.getJsonArray("elements")).as(code).isNotEmpty();
        // A paragraph of several crimes may have one variant's elements only: its title says so.
        if (!crime.getString("titleEn").contains("elements entered for")) {
          assertThat(crime.getBoolean("elementsComplete")).as(code).isTrue();
        } else {
          assertThat(crime.getBoolean("elementsComplete")).as(code).isFalse();
        }
      }
    }
    assertThat(incomplete).as("crimes without elements yet").isPositive();
  }

  // ---- suggestions ----------------------------------------------------------------------------

  @Test
  void aHospitalStrikeIsFirstSuggestedAsAnAttackOnHospitalsAndNotOnceClassifiedSo()
      throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    List<String> suggested = cf.suggested(t.a().la1(), strike.id());
    assertThat(suggested).first().isEqualTo(HOSPITALS);
    Incident airStrike =
        cf.fx.incident(t.a().cw(), t.caseId(), "AIR_STRIKE", "Kyiv Oblast", "HOSPITAL");
    assertThat(cf.suggested(t.a().la1(), airStrike.id())).first().isEqualTo(HOSPITALS);

    JsonObject proposed = cf.proposed(t.a().la1(), strike.id(), HOSPITALS);
    assertThat(cf.suggested(t.a().la1(), strike.id())).doesNotContain(HOSPITALS);
    // A suggestion is no classification: only the one proposed exists.
    assertThat(cf.ofIncident(t.a().la1(), strike.id())).hasSize(1);
    // Withdrawn, it is suggested again.
    cf.decided(t.a().la1(), proposed.getString("id"), "WITHDRAW", "wrong conflict");
    assertThat(cf.suggested(t.a().la1(), strike.id())).first().isEqualTo(HOSPITALS);
  }

  @Test
  void aDeportationIsSuggestedAsUnlawfulDeportationInEachFramework() throws Exception {
    Team t = team();
    Incident deportation =
        t.cf().fx.incident(t.a().cw(), t.caseId(), "DEPORTATION_OR_TRANSFER", "Kherson Oblast");
    assertThat(t.cf().suggested(t.a().la2(), deportation.id()))
        .contains("8(2)(a)(vii)", "8(2)(b)(viii)", "7(1)(d)");
  }

  // ---- who may ----------------------------------------------------------------------------------

  @Test
  void aCaseworkerOnTheTeamCannotPropose() throws Exception {
    Team t = team();
    Incident strike = t.strike();
    assertError(t.cf().propose(t.a().cw(), strike.id(), HOSPITALS, "looks like it"), 403);
    assertThat(t.cf().ofIncident(t.a().cw(), strike.id())).isEmpty();
  }

  @Test
  void aReviewerOnTheTeamCannotProposeDecideOrLink() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    assertError(cf.propose(t.a().rev1(), strike.id(), HOSPITALS, "looks like it"), 403);
    JsonObject c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS);
    assertError(cf.decide(t.a().rev1(), c.getString("id"), decision("CONFIRM", null, null)), 403);
    assertError(
        cf.link(
            t.a().rev1(),
            c.getString("id"),
            linkBody(element(HOSPITALS, 1), null, strike.sourceId(), null, "DIRECT")),
        403);
    assertThat(cf.classification(t.a().rev1(), c.getString("id")).getString("status"))
        .isEqualTo("PROPOSED");
    assertThat(cf.links(t.a().rev1(), c.getString("id"))).isEmpty();
  }

  @Test
  void anAnalystOffTheTeamIsToldNothingExists() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    User outsider = t.a().outsider();
    assertError(cf.propose(outsider, strike.id(), HOSPITALS, "looks like it"), 404);
    JsonObject c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS);
    String id = c.getString("id");
    Api api = cf.api;
    assertError(api.get("api/v1/classifications/" + id, outsider.token()), 404);
    assertError(api.get("api/v1/classifications/" + id + "/history", outsider.token()), 404);
    assertError(
        api.get("api/v1/incidents/" + strike.id() + "/classifications", outsider.token()), 404);
    assertError(
        api.get(
            "api/v1/incidents/" + strike.id() + "/classification-suggestions", outsider.token()),
        404);
    assertError(cf.decide(outsider, id, decision("CONFIRM", null, null)), 404);
    assertError(
        cf.link(
            outsider, id, linkBody(element(HOSPITALS, 1), null, strike.sourceId(), null, "DIRECT")),
        404);
    assertError(api.get("api/v1/cases/" + t.caseId() + "/matrix", outsider.token()), 404);
    assertThat(cf.classification(t.a().la1(), id).getString("status")).isEqualTo("PROPOSED");
  }

  // ---- refusals -------------------------------------------------------------------------------

  @Test
  void anUnknownCrimeCodeIs400() throws Exception {
    Team t = team();
    Incident strike = t.strike();
    assertInvalid(
        t.cf().propose(t.a().la1(), strike.id(), "8(2)(b)(xcix)", "made up"), "crimeCode");
    assertInvalid(t.cf().propose(t.a().la1(), strike.id(), null, "no code"), "crimeCode");
    assertThat(t.cf().ofIncident(t.a().la1(), strike.id())).isEmpty();
  }

  @Test
  void aProposalWithoutRationaleIs400() throws Exception {
    Team t = team();
    Incident strike = t.strike();
    assertInvalid(t.cf().propose(t.a().la1(), strike.id(), HOSPITALS, "  "), "rationale");
    assertThat(t.cf().ofIncident(t.a().la1(), strike.id())).isEmpty();
  }

  @Test
  void theSameCrimeProposedTwiceIs409UntilWithdrawn() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    JsonObject first = cf.proposed(t.a().la1(), strike.id(), HOSPITALS);
    assertError(cf.propose(t.a().la2(), strike.id(), HOSPITALS, "again"), 409, HOSPITALS);
    cf.decided(t.a().la2(), first.getString("id"), "CONFIRM", null);
    assertError(cf.propose(t.a().la2(), strike.id(), HOSPITALS, "again"), 409, HOSPITALS);
    assertThat(cf.ofIncident(t.a().la1(), strike.id())).hasSize(1);
    cf.decided(t.a().la1(), first.getString("id"), "WITHDRAW", "wrong conflict");
    JsonObject again = cf.proposed(t.a().la2(), strike.id(), HOSPITALS);
    assertThat(again.getString("id")).isNotEqualTo(first.getString("id"));
    assertThat(cf.ofIncident(t.a().la1(), strike.id())).hasSize(2);
  }

  @Test
  void anElementOfAnotherCrimeIs400() throws Exception {
    Team t = team();
    Incident strike = t.strike();
    String c = t.cf().proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    assertInvalid(
        t.cf()
            .link(
                t.a().la1(),
                c,
                linkBody(element(CIVILIANS, 1), null, strike.sourceId(), null, "DIRECT")),
        "elementCode");
    assertInvalid(
        t.cf()
            .link(
                t.a().la1(),
                c,
                linkBody(element(HOSPITALS, 9), null, strike.sourceId(), null, "DIRECT")),
        "elementCode");
    assertThat(t.cf().links(t.a().la1(), c)).isEmpty();
  }

  @Test
  void evidenceOfAnotherIncidentIs400() throws Exception {
    Team t = team();
    Incident strike = t.strike();
    Incident other = t.strike();
    String evidence = t.cf().evidence(t.a().cw(), other);
    String c = t.cf().proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    assertInvalid(
        t.cf()
            .link(t.a().la1(), c, linkBody(element(HOSPITALS, 1), evidence, null, null, "DIRECT")),
        "evidenceId");
    // Sources and claims of another incident likewise.
    assertInvalid(
        t.cf()
            .link(
                t.a().la1(),
                c,
                linkBody(element(HOSPITALS, 1), null, other.sourceId(), null, "DIRECT")),
        "sourceId");
    String claim = t.cf().claim(t.a().cw(), other);
    assertInvalid(
        t.cf().link(t.a().la1(), c, linkBody(element(HOSPITALS, 1), null, null, claim, "DIRECT")),
        "claimId");
    assertThat(t.cf().links(t.a().la1(), c)).isEmpty();
  }

  @Test
  void evidenceOfACaseTheAnalystCannotSeeIs404() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    // Another case, without the analyst on its team.
    String hidden = cf.fx.openCase(t.a().cw2(), t.a().rev1());
    Incident elsewhere = cf.hospitalStrike(t.a().cw2(), hidden);
    String evidence = cf.evidence(t.a().cw2(), elsewhere);
    Incident strike = t.strike();
    String c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    Api.Answer answer =
        cf.link(t.a().la1(), c, linkBody(element(HOSPITALS, 1), evidence, null, null, "DIRECT"));
    assertError(answer, 404);
    assertThat(answer.body()).doesNotContain(elsewhere.id());
    assertThat(cf.links(t.a().la1(), c)).isEmpty();
  }

  @Test
  void notExactlyOneSupportIs400() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    String evidence = cf.evidence(t.a().cw(), strike);
    String c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    String el = element(HOSPITALS, 1);
    assertInvalid(cf.link(t.a().la1(), c, linkBody(el, null, null, null, "DIRECT")), "evidenceId");
    assertInvalid(
        cf.link(t.a().la1(), c, linkBody(el, evidence, strike.sourceId(), null, "DIRECT")),
        "evidenceId");
    String claim = cf.claim(t.a().cw(), strike);
    assertInvalid(
        cf.link(t.a().la1(), c, linkBody(el, evidence, strike.sourceId(), claim, "DIRECT")),
        "evidenceId");
    assertThat(cf.links(t.a().la1(), c)).isEmpty();
  }

  @Test
  void aLinkWithoutStrengthOrElementIs400() throws Exception {
    Team t = team();
    Incident strike = t.strike();
    String c = t.cf().proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    assertInvalid(
        t.cf()
            .link(
                t.a().la1(),
                c,
                linkBody(element(HOSPITALS, 1), null, strike.sourceId(), null, null)),
        "strength");
    assertInvalid(
        t.cf().link(t.a().la1(), c, linkBody(null, null, strike.sourceId(), null, "DIRECT")),
        "elementCode");
    assertThat(t.cf().links(t.a().la1(), c)).isEmpty();
  }

  @Test
  void theSameActiveLinkTwiceIs409() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    String c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    String el = element(HOSPITALS, 1);
    JsonObject link = cf.linkSource(t.a().la1(), c, el, strike.sourceId());
    assertError(
        cf.link(t.a().la2(), c, linkBody(el, null, strike.sourceId(), null, "DIRECT")), 409);
    // The same source for another element is another link.
    cf.linkSource(t.a().la2(), c, element(HOSPITALS, 2), strike.sourceId());
    // Once withdrawn, it may be linked again.
    assertThat(cf.unlink(t.a().la1(), link.getString("id"), "wrong element").status())
        .isEqualTo(200);
    cf.linkSource(t.a().la2(), c, el, strike.sourceId());
    assertThat(cf.links(t.a().la1(), c)).hasSize(3);
  }

  @Test
  void withdrawingNeedsANote() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    JsonObject c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS);
    for (String note : new String[] {null, "  "}) {
      assertInvalid(
          cf.decide(t.a().la1(), c.getString("id"), decision("WITHDRAW", note, null)), "note");
    }
    JsonObject after = cf.classification(t.a().la1(), c.getString("id"));
    assertThat(after.getString("status")).isEqualTo("PROPOSED");
    assertThat(version(after)).isEqualTo(version(c));
    // A link's withdrawal needs one too.
    JsonObject link =
        cf.linkSource(t.a().la1(), c.getString("id"), element(HOSPITALS, 1), strike.sourceId());
    assertInvalid(cf.unlink(t.a().la1(), link.getString("id"), null), "note");
    assertThat(cf.links(t.a().la1(), c.getString("id")).get(0).getBoolean("active")).isTrue();
  }

  @Test
  void aForgedOrMissingActionIs400() throws Exception {
    Team t = team();
    Incident strike = t.strike();
    String c = t.cf().proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    assertInvalid(t.cf().decide(t.a().la1(), c, decision("DELETE", "x", null)), "action");
    assertInvalid(t.cf().decide(t.a().la1(), c, decision(null, "x", null)), "action");
  }

  @Test
  void aStaleExpectedVersionIs409() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    JsonObject c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS);
    String id = c.getString("id");
    long loaded = version(c);
    // A link changes the classification's version: a decision made on what was loaded before is
    // stale.
    cf.linkSource(t.a().la2(), id, element(HOSPITALS, 1), strike.sourceId());
    assertError(cf.decide(t.a().la1(), id, decision("CONFIRM", null, loaded)), 409, "reload");
    JsonObject now = cf.classification(t.a().la1(), id);
    assertThat(now.getString("status")).isEqualTo("PROPOSED");
    JsonObject confirmed =
        cf.decide(t.a().la1(), id, decision("CONFIRM", null, version(now))).json();
    assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
    assertError(
        cf.decide(t.a().la2(), id, decision("WITHDRAW", "no", version(now))), 409, "reload");
    // Confirming twice is refused whatever the version.
    assertError(cf.decide(t.a().la2(), id, decision("CONFIRM", null, null)), 409);
  }

  // ---- the whole flow and the matrix ---------------------------------------------------------

  @Test
  void proposeConfirmLinkAndTheMatrixCountsGapsAsJsonAndCsv() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Accounts a = t.a();
    // A: verified, classified as an attack on hospitals and on civilians; B: not verified.
    Incident incA = t.strike();
    String photoA = cf.evidence(a.cw(), incA);
    cf.verify(a.cw(), a.rev1(), a.rev2(), incA, photoA);
    Incident incB = t.strike();
    String photoB = cf.evidence(a.cw(), incB);
    String claimB = cf.claim(a.cw(), incB);

    JsonObject hospA = cf.proposed(a.la1(), incA.id(), HOSPITALS);
    assertThat(hospA.getString("status")).isEqualTo("PROPOSED");
    assertThat(hospA.getString("proposedBy")).isEqualTo(a.la1().name());
    assertThat(hospA.getBoolean("verified")).isTrue();
    JsonObject confirmed = cf.decided(a.la2(), hospA.getString("id"), "CONFIRM", "agreed");
    assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
    assertThat(confirmed.getString("decidedBy")).isEqualTo(a.la2().name());
    String civA = cf.proposed(a.la1(), incA.id(), CIVILIANS).getString("id");
    JsonObject hospB = cf.proposed(a.la2(), incB.id(), HOSPITALS);
    assertThat(hospB.getBoolean("verified")).isFalse();
    assertThat(hospB.getString("incidentStatus")).isEqualTo("REPORTED");

    String h = hospA.getString("id");
    cf.linkEvidence(a.la1(), h, element(HOSPITALS, 1), photoA);
    JsonObject sourceLink = cf.linkSource(a.la1(), h, element(HOSPITALS, 1), incA.sourceId());
    assertThat(sourceLink.getString("label")).isEqualTo("Stall keeper");
    assertThat(sourceLink.getString("strength")).isEqualTo("CIRCUMSTANTIAL");
    cf.linkEvidence(a.la1(), h, element(HOSPITALS, 3), photoA);
    cf.linkSource(a.la1(), civA, element(CIVILIANS, 1), incA.sourceId());
    cf.linkEvidence(a.la2(), hospB.getString("id"), element(HOSPITALS, 1), photoB);
    JsonObject claimLink =
        cf.linkClaim(a.la2(), hospB.getString("id"), element(HOSPITALS, 2), claimB);
    assertThat(claimLink.getString("label")).contains("Stall keeper");

    assertThat(cf.classification(a.la1(), h).getJsonNumber("links").longValue()).isEqualTo(3);
    assertThat(actions(cf.history(a.la1(), h)))
        .containsExactly("PROPOSED", "CONFIRMED", "LINKED", "LINKED", "LINKED");

    JsonObject matrix = cf.matrix(a.la1(), t.caseId());
    List<JsonObject> columns = matrix.getJsonArray("incidents").getValuesAs(JsonObject.class);
    assertThat(columns)
        .extracting(c -> c.getString("incidentId"))
        .containsExactlyInAnyOrder(incA.id(), incB.id());
    Map<String, Boolean> verified = new HashMap<>();
    columns.forEach(c -> verified.put(c.getString("incidentId"), c.getBoolean("verified")));
    assertThat(verified).containsEntry(incA.id(), true).containsEntry(incB.id(), false);

    Map<String, Map<String, Long>> counts = counts(matrix);
    int civilianElements =
        cf.api
            .get("api/v1/crimes/" + enc(CIVILIANS), a.la1().token())
            .json()
            .getJsonArray("elements")
            .size();
    assertThat(counts).hasSize(5 + civilianElements);
    // The attack on hospitals: A has 2, a gap, 1, two gaps; B has 1, 1 and three gaps.
    assertThat(counts.get(element(HOSPITALS, 1)))
        .containsEntry(incA.id(), 2L)
        .containsEntry(incB.id(), 1L);
    assertThat(counts.get(element(HOSPITALS, 2)))
        .containsEntry(incA.id(), 0L)
        .containsEntry(incB.id(), 1L);
    assertThat(counts.get(element(HOSPITALS, 3)))
        .containsEntry(incA.id(), 1L)
        .containsEntry(incB.id(), 0L);
    for (int e = 4; e <= 5; e++) {
      assertThat(counts.get(element(HOSPITALS, e)))
          .containsEntry(incA.id(), 0L)
          .containsEntry(incB.id(), 0L);
    }
    // The attack on civilians applies to A alone.
    assertThat(counts.get(element(CIVILIANS, 1)))
        .containsEntry(incA.id(), 1L)
        .containsEntry(incB.id(), null);
    for (int e = 2; e <= civilianElements; e++) {
      assertThat(counts.get(element(CIVILIANS, e)))
          .containsEntry(incA.id(), 0L)
          .containsEntry(incB.id(), null);
    }
    // Rows in taxonomy order, elements in order.
    List<String> crimesInRows =
        matrix.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("crimeCode"))
            .distinct()
            .toList();
    assertThat(crimesInRows).containsExactly(CIVILIANS, HOSPITALS);

    // One cell's links.
    List<JsonObject> cell = cf.cell(a.la2(), t.caseId(), incA.id(), element(HOSPITALS, 1));
    assertThat(cell)
        .extracting(l -> l.getString("strength"))
        .containsExactlyInAnyOrder("DIRECT", "CIRCUMSTANTIAL");
    assertThat(cf.cell(a.la2(), t.caseId(), incA.id(), element(HOSPITALS, 2))).isEmpty();

    // The CSV says the same.
    List<List<String>> csv = cf.csv(a.la1(), t.caseId());
    assertCsvMatches(csv, matrix, counts);
  }

  /**
   * The CSV has the JSON's numbers, GAP for 0, CLASSIFIED where the crime's elements are not
   * entered, "(proposed)" while not confirmed, and nothing where the crime does not apply.
   */
  private static void assertCsvMatches(
      List<List<String>> csv, JsonObject matrix, Map<String, Map<String, Long>> counts) {
    List<JsonObject> columns = matrix.getJsonArray("incidents").getValuesAs(JsonObject.class);
    List<JsonObject> rows = matrix.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertThat(csv).hasSize(3 + rows.size());
    List<String> header = csv.get(0);
    assertThat(header.subList(0, 5))
        .containsExactly("crime", "crime title", "element", "kind", "element text");
    assertThat(header.subList(5, header.size()))
        .containsExactlyElementsOf(columns.stream().map(c -> c.getString("title")).toList());
    assertThat(csv.get(1).subList(5, csv.get(1).size()))
        .containsExactlyElementsOf(columns.stream().map(c -> c.getString("incidentId")).toList());
    List<String> statuses = csv.get(2);
    for (int i = 0; i < columns.size(); i++) {
      assertThat(statuses.get(5 + i))
          .isEqualTo(
              columns.get(i).getBoolean("verified")
                  ? "VERIFIED"
                  : "NOT VERIFIED (" + columns.get(i).getString("status") + ")");
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> record = csv.get(3 + r);
      JsonObject row = rows.get(r);
      String elementCode = row.getString("elementCode", null);
      assertThat(record.get(0)).isEqualTo(row.getString("crimeCode"));
      assertThat(record.get(2)).isEqualTo(elementCode == null ? "" : elementCode);
      assertThat(record).hasSize(5 + columns.size());
      List<JsonObject> cells = row.getJsonArray("cells").getValuesAs(JsonObject.class);
      for (int i = 0; i < columns.size(); i++) {
        JsonObject cell = cells.get(i);
        assertThat(cell.getString("incidentId")).isEqualTo(columns.get(i).getString("incidentId"));
        String status = cell.getString("classification", null);
        Long count =
            elementCode == null ? null : counts.get(elementCode).get(cell.getString("incidentId"));
        String expected =
            status == null
                ? ""
                : (count == null ? "CLASSIFIED" : count == 0 ? "GAP" : count.toString())
                    + ("PROPOSED".equals(status) ? " (proposed)" : "");
        assertThat(record.get(5 + i)).as(elementCode + " / column " + i).isEqualTo(expected);
      }
    }
  }

  @Test
  void aWithdrawnLinkIsKeptButNoLongerCounted() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    String photo = cf.evidence(t.a().cw(), strike);
    String c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    String el = element(HOSPITALS, 1);
    JsonObject photoLink = cf.linkEvidence(t.a().la1(), c, el, photo);
    cf.linkSource(t.a().la1(), c, el, strike.sourceId());
    assertThat(counts(cf.matrix(t.a().la1(), t.caseId())).get(el)).containsEntry(strike.id(), 2L);

    Api.Answer withdrawn =
        cf.unlink(t.a().la2(), photoLink.getString("id"), "the photo shows another ward");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().getBoolean("active")).isFalse();
    assertThat(withdrawn.json().getString("withdrawnBy")).isEqualTo(t.a().la2().name());
    // Withdrawn twice: refused.
    assertError(cf.unlink(t.a().la2(), photoLink.getString("id"), "again"), 409);

    List<JsonObject> links = cf.links(t.a().la1(), c);
    assertThat(links).hasSize(2);
    assertThat(links)
        .filteredOn(l -> l.getString("id").equals(photoLink.getString("id")))
        .singleElement()
        .satisfies(l -> assertThat(l.getBoolean("active")).isFalse());
    assertThat(counts(cf.matrix(t.a().la1(), t.caseId())).get(el)).containsEntry(strike.id(), 1L);
    assertThat(cf.cell(t.a().la1(), t.caseId(), strike.id(), el))
        .singleElement()
        .satisfies(l -> assertThat(l.getString("sourceId")).isEqualTo(strike.sourceId()));
    assertThat(cf.classification(t.a().la1(), c).getJsonNumber("links").longValue()).isEqualTo(1);
    List<JsonObject> history = cf.history(t.a().la1(), c);
    assertThat(actions(history)).containsExactly("PROPOSED", "LINKED", "LINKED", "UNLINKED");
    assertThat(history.get(3).getString("note")).isEqualTo("the photo shows another ward");
  }

  @Test
  void aWithdrawnClassificationKeepsItsLinksAndHistoryAndLeavesTheMatrix() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Accounts a = t.a();
    Incident strike = t.strike();
    String photo = cf.evidence(a.cw(), strike);
    JsonObject hosp = cf.proposed(a.la1(), strike.id(), HOSPITALS);
    String h = hosp.getString("id");
    cf.decided(a.la1(), h, "CONFIRM", null);
    cf.linkEvidence(a.la1(), h, element(HOSPITALS, 1), photo);
    cf.linkSource(a.la1(), h, element(HOSPITALS, 2), strike.sourceId());
    String civ = cf.proposed(a.la1(), strike.id(), CIVILIANS).getString("id");
    cf.linkEvidence(a.la1(), civ, element(CIVILIANS, 1), photo);
    // Another incident of the case is classified as an attack on hospitals too.
    Incident other = t.strike();
    String hOther = cf.proposed(a.la2(), other.id(), HOSPITALS).getString("id");
    cf.linkSource(a.la2(), hOther, element(HOSPITALS, 1), other.sourceId());

    Map<String, Map<String, Long>> before = counts(cf.matrix(a.la1(), t.caseId()));
    assertThat(before.get(element(HOSPITALS, 1)))
        .containsEntry(strike.id(), 1L)
        .containsEntry(other.id(), 1L);

    JsonObject withdrawn =
        cf.decided(a.la2(), h, "WITHDRAW", "the hospital had been evacuated and used as a base");
    assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.getString("decisionNote")).contains("evacuated");
    assertThat(withdrawn.getJsonNumber("links").longValue()).isZero();
    // The links stay, as recorded.
    assertThat(cf.links(a.la1(), h)).hasSize(2);
    assertThat(actions(cf.history(a.la1(), h)))
        .containsExactly("PROPOSED", "CONFIRMED", "LINKED", "LINKED", "WITHDRAWN");
    // The strike's hospital cells no longer apply; the other incident's still count.
    Map<String, Map<String, Long>> after = counts(cf.matrix(a.la1(), t.caseId()));
    assertThat(after.get(element(HOSPITALS, 1)))
        .containsEntry(strike.id(), null)
        .containsEntry(other.id(), 1L);
    assertThat(after.get(element(HOSPITALS, 2))).containsEntry(strike.id(), null);
    assertThat(after.get(element(CIVILIANS, 1))).containsEntry(strike.id(), 1L);
    assertThat(cf.cell(a.la1(), t.caseId(), strike.id(), element(HOSPITALS, 1))).isEmpty();
    // Nothing more is linked to it, nor is it decided again.
    assertError(
        cf.link(a.la1(), h, linkBody(element(HOSPITALS, 3), photo, null, null, "DIRECT")), 409);
    assertError(cf.decide(a.la1(), h, decision("CONFIRM", null, null)), 409);
    assertError(cf.decide(a.la1(), h, decision("WITHDRAW", "again", null)), 409);

    // Once the other incident's is withdrawn too, the crime's rows leave the matrix.
    cf.decided(a.la2(), hOther, "WITHDRAW", "duplicate of another record");
    JsonObject last = cf.matrix(a.la1(), t.caseId());
    assertThat(counts(last).keySet()).allMatch(code -> code.startsWith(CIVILIANS + "-"));
    assertThat(last.getJsonArray("incidents")).hasSize(1);
    assertCsvMatches(cf.csv(a.la1(), t.caseId()), last, counts(last));

    // Proposed again, it starts with gaps: the old links are not counted.
    cf.proposed(a.la1(), strike.id(), HOSPITALS);
    assertThat(counts(cf.matrix(a.la1(), t.caseId())).get(element(HOSPITALS, 1)))
        .containsEntry(strike.id(), 0L);
  }

  @Test
  void theMatrixCellOfAnIncidentOfAnotherCaseIs404() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Team other = team();
    Incident elsewhere = other.strike();
    cf.proposed(t.a().la1(), elsewhere.id(), HOSPITALS);
    String cell =
        "api/v1/cases/" + t.caseId() + "/matrix/cell?elementCode=" + enc(element(HOSPITALS, 1));
    assertError(cf.api.get(cell + "&incidentId=" + elsewhere.id(), t.a().la1().token()), 404);
    assertError(cf.api.get(cell, t.a().la1().token()), 404);
    // Nor does the other case's classification show in this case's matrix.
    assertThat(cf.matrix(t.a().la1(), t.caseId()).getJsonArray("rows")).isEmpty();
  }

  @Test
  void theMatrixSpeaksUkrainianWithLangUk() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    cf.proposed(t.a().la1(), strike.id(), HOSPITALS);
    Api.Answer answer =
        cf.api.get("api/v1/cases/" + t.caseId() + "/matrix?lang=uk", t.a().la1().token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject row = answer.json().getJsonArray("rows").getJsonObject(0);
    assertThat(row.getString("crimeTitle")).containsPattern("\\p{IsCyrillic}");
    assertThat(row.getString("text")).containsPattern("\\p{IsCyrillic}");
    assertThat(counts(answer.json()).get(element(HOSPITALS, 1))).containsEntry(strike.id(), 0L);
  }

  @Test
  void aCrimeWithoutElementsKeepsOneRowMarkedClassified() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    String bare =
        crimes("size=200", t.a().la1().token())
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getJsonArray("elements").isEmpty())
            .map(c -> c.getString("code"))
            .findFirst()
            .orElseThrow();
    Incident strike = t.strike();
    String c = cf.proposed(t.a().la1(), strike.id(), bare).getString("id");
    assertThat(
            cf.link(
                    t.a().la1(),
                    c,
                    linkBody(element(bare, 1), null, strike.sourceId(), null, "DIRECT"))
                .status())
        .isEqualTo(400);
    JsonObject matrix = cf.matrix(t.a().la1(), t.caseId());
    List<JsonObject> rows = matrix.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r.getString("crimeCode")).isEqualTo(bare));
    JsonObject cell = rows.get(0).getJsonArray("cells").getJsonObject(0);
    assertThat(cell.getString("classification")).isEqualTo("PROPOSED");
    assertThat(cell.get("count") == null || cell.isNull("count")).isTrue();
    List<List<String>> csv = cf.csv(t.a().la1(), t.caseId());
    assertThat(csv.get(3).get(5)).isEqualTo("CLASSIFIED (proposed)");
    assertThat(csv.get(3).get(4)).isEqualTo("elements not entered");
  }

  // ---- concurrency ------------------------------------------------------------------------------

  @Test
  void twoAnalystsDecidingAtOnceOnOneVersion() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 4; round++) {
        Incident strike = t.strike();
        JsonObject c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS);
        String id = c.getString("id");
        long v = version(c);
        CyclicBarrier start = new CyclicBarrier(2);
        String second =
            round % 2 == 0
                ? decision("WITHDRAW", "not an attack", v)
                : decision("CONFIRM", "me too", v);
        List<Callable<Api.Answer>> calls =
            List.of(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return cf.decide(t.a().la1(), id, decision("CONFIRM", "agreed", v));
                },
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return cf.decide(t.a().la2(), id, second);
                });
        List<Api.Answer> answers = new ArrayList<>();
        for (Future<Api.Answer> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
          answers.add(f.get());
        }
        assertThat(answers)
            .as("round " + round + ": " + answers.stream().map(Api.Answer::body).toList())
            .extracting(Api.Answer::status)
            .containsExactlyInAnyOrder(200, 409);
        Api.Answer lost = answers.stream().filter(x -> x.status() == 409).findFirst().orElseThrow();
        assertError(lost, 409);
        List<String> steps = actions(cf.history(t.a().la1(), id));
        assertThat(steps).hasSize(2).first().isEqualTo("PROPOSED");
        JsonObject now = cf.classification(t.a().la1(), id);
        assertThat(version(now)).isEqualTo(v + 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoAnalystsWithdrawingOneLinkAtOnce() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    String c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= 4; round++) {
        String linkId =
            cf.linkSource(t.a().la1(), c, element(HOSPITALS, round), strike.sourceId())
                .getString("id");
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Api.Answer>> calls = new ArrayList<>();
        for (User analyst : List.of(t.a().la1(), t.a().la2())) {
          calls.add(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return cf.unlink(analyst, linkId, "withdrawn by " + analyst.name());
              });
        }
        List<Api.Answer> answers = new ArrayList<>();
        for (Future<Api.Answer> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
          answers.add(f.get());
        }
        assertThat(answers)
            .as("round " + round + ": " + answers.stream().map(Api.Answer::body).toList())
            .extracting(Api.Answer::status)
            .containsExactlyInAnyOrder(200, 409);
      }
      // One withdrawal each, in the history and in the audit log.
      assertThat(actions(cf.history(t.a().la1(), c))).filteredOn("UNLINKED"::equals).hasSize(4);
      assertThat(cf.audit(strike.id()))
          .filteredOn(e -> e.getString("action").equals("ELEMENT_UNLINKED"))
          .hasSize(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoAnalystsProposingTheSameCrimeAtOnce() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        Incident strike = t.strike();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Api.Answer>> calls = new ArrayList<>();
        for (User analyst : List.of(t.a().la1(), t.a().la2())) {
          calls.add(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return cf.propose(analyst, strike.id(), HOSPITALS, "a hospital was struck");
              });
        }
        List<Api.Answer> answers = new ArrayList<>();
        for (Future<Api.Answer> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
          answers.add(f.get());
        }
        assertThat(answers)
            .as("round " + round + ": " + answers.stream().map(Api.Answer::body).toList())
            .extracting(Api.Answer::status)
            .containsExactlyInAnyOrder(201, 409);
        assertThat(cf.ofIncident(t.a().la1(), strike.id())).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- the administrator's corrections ---------------------------------------------------------

  @Test
  void onlyAnAdministratorCorrectsTheTaxonomyAuditedAndNotOnAStaleVersion() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Api api = cf.api;
    String code = "8(2)(a)(i)";
    String path = "api/v1/crimes/" + enc(code);
    String admin = cf.fx.adminToken();
    JsonObject original = api.get(path, admin).json();
    String el = element(code, 1);
    String originalText = original.getJsonArray("elements").getJsonObject(0).getString("text");
    long v = version(original);
    String edit =
        Json.createObjectBuilder()
            .add("titleEn", original.getString("titleEn") + " (corrected)")
            .add("keywordsEn", "murder, execution, zzcorrected")
            .add(
                "elements",
                Json.createObjectBuilder()
                    .add(
                        el,
                        Json.createObjectBuilder().add("textEn", originalText + " (corrected)")))
            .add("expectedVersion", v)
            .build()
            .toString();

    for (User notAdmin : List.of(t.a().la1(), t.a().cw())) {
      assertError(api.send("PUT", path, notAdmin.token(), edit), 403);
    }
    assertThat(version(api.get(path, admin).json())).isEqualTo(v);

    Api.Answer done = api.send("PUT", path, admin, edit);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    JsonObject edited = done.json();
    assertThat(edited.getString("titleEn")).endsWith("(corrected)");
    assertThat(edited.getString("titleUk")).isEqualTo(original.getString("titleUk"));
    assertThat(edited.getJsonArray("elements").getJsonObject(0).getString("text"))
        .endsWith("(corrected)");
    assertThat(version(edited)).isGreaterThan(v);
    assertThat(
            cf.api
                .get("api/v1/crimes?q=zzcorrected", t.a().la1().token())
                .json()
                .getJsonArray("items"))
        .hasSize(1);

    // The same edit on the version it was made on is now stale.
    assertError(api.send("PUT", path, admin, edit), 409, "reload");
    // An element of another crime is refused.
    Api.Answer foreign =
        api.send(
            "PUT",
            path,
            admin,
            "{\"elements\":{\"" + element(HOSPITALS, 1) + "\":{\"textEn\":\"x\"}}}");
    assertInvalid(foreign, "elements." + element(HOSPITALS, 1));

    List<JsonObject> audit = cf.audit("TAXONOMY_EDITED");
    assertThat(audit)
        .filteredOn(e -> code.equals(e.getString("targetId", "")))
        .first()
        .satisfies(
            e -> {
              assertThat(e.getString("action")).isEqualTo("TAXONOMY_EDITED");
              assertThat(e.getString("actor")).isEqualTo("admin");
              assertThat(e.getString("details"))
                  .contains("before: " + original.getString("titleEn"), "(corrected)");
            });

    // Put back as it was, for every other test.
    String restore =
        Json.createObjectBuilder()
            .add("titleEn", original.getString("titleEn"))
            .add("keywordsEn", original.getString("keywordsEn", ""))
            .add(
                "elements",
                Json.createObjectBuilder()
                    .add(el, Json.createObjectBuilder().add("textEn", originalText)))
            .add("expectedVersion", version(edited))
            .build()
            .toString();
    Api.Answer restored = api.send("PUT", path, admin, restore);
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    assertThat(restored.json().getString("titleEn")).isEqualTo(original.getString("titleEn"));
  }

  // ---- the audit log --------------------------------------------------------------------------

  @Test
  void everyStepIsInTheAuditLog() throws Exception {
    Team t = team();
    ClassificationFixture cf = t.cf();
    Incident strike = t.strike();
    String c = cf.proposed(t.a().la1(), strike.id(), HOSPITALS).getString("id");
    cf.decided(t.a().la2(), c, "CONFIRM", null);
    JsonObject link = cf.linkSource(t.a().la1(), c, element(HOSPITALS, 1), strike.sourceId());
    assertThat(cf.unlink(t.a().la1(), link.getString("id"), "wrong element").status())
        .isEqualTo(200);
    cf.decided(t.a().la2(), c, "WITHDRAW", "not made out");

    List<JsonObject> entries = cf.audit(strike.id());
    Map<String, String> actorOf = new HashMap<>();
    entries.stream()
        .filter(
            e ->
                e.getString("details", "").contains(c)
                    || e.getString("action").startsWith("ELEMENT_"))
        .forEach(e -> actorOf.putIfAbsent(e.getString("action"), e.getString("actor")));
    assertThat(actorOf)
        .containsEntry("CLASSIFICATION_PROPOSED", t.a().la1().name())
        .containsEntry("CLASSIFICATION_CONFIRMED", t.a().la2().name())
        .containsEntry("ELEMENT_LINKED", t.a().la1().name())
        .containsEntry("ELEMENT_UNLINKED", t.a().la1().name())
        .containsEntry("CLASSIFICATION_WITHDRAWN", t.a().la2().name());
    assertThat(entries)
        .filteredOn(e -> e.getString("action").equals("ELEMENT_LINKED"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getString("details"))
                    .contains(element(HOSPITALS, 1), strike.sourceId()));
  }
}
