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

/** Case intake through the API of the real WAR: need to know, validation, history, identities. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  private Api api() {
    return new Api(deployment);
  }

  private static final String WITNESS_NAME = "Oksana Hrytsenko-Witness";

  private static void assertError(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json().getInt("status")).isEqualTo(status);
    assertThat(answer.body()).doesNotContain("Exception");
  }

  private String openCase(String token, String title) {
    Api.Answer created =
        api()
            .post(
                "api/v1/cases",
                token,
                Json.createObjectBuilder()
                    .add("title", title)
                    .add("summary", "demo")
                    .build()
                    .toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getString("reference")).matches("EVD-\\d{4}-\\d{4}");
    assertThat(created.header("Location"))
        .endsWith("/api/v1/cases/" + created.json().getString("id"));
    return created.json().getString("id");
  }

  private static String incidentJson(String title, String from, String to, double latitude) {
    var occurred = Json.createObjectBuilder().add("from", from).add("precision", "EXACT");
    if (to != null) {
      occurred.add("to", to);
    }
    return Json.createObjectBuilder()
        .add("title", title)
        .add(
            "narrative", "A missile hit the toxicology ward. <b>bold</b> <script>alert(1)</script>")
        .add("occurred", occurred)
        .add(
            "location",
            Json.createObjectBuilder()
                .add("placeName", "Ohmatdyt children's hospital")
                .add("country", "Ukraine")
                .add("region", "Kyiv city")
                .add("locality", "Kyiv")
                .add("latitude", latitude)
                .add("longitude", 30.48)
                .add("precision", "EXACT"))
        .add("incidentType", "ATTACK_ON_MEDICAL_FACILITY")
        .add("weapon", "CRUISE_MISSILE")
        .add("target", "HOSPITAL")
        .add("allegedPerpetrator", "Armed forces of the Russian Federation")
        .build()
        .toString();
  }

  private String recordIncident(String token, String caseId) {
    Api.Answer created =
        api()
            .post(
                "api/v1/cases/" + caseId + "/incidents",
                token,
                incidentJson(
                    "Strike on a children's hospital", "2024-07-08T07:45:00Z", null, 50.45));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/v1/incidents/");
    return created.json().getString("id");
  }

  @Test
  void caseworkerRecordsAWholeIncidentWithSourceClaimAndProtectedWitness() {
    String cw = api().token("caseworker");
    String caseId = openCase(cw, "Attacks on medical facilities, Kyiv");
    String incident = recordIncident(cw, caseId);

    JsonObject view = api().get("api/v1/incidents/" + incident, cw).json();
    assertThat(view.getString("status")).isEqualTo("REPORTED");
    assertThat(view.getString("narrative")).contains("<script>alert(1)</script>");
    assertThat(view.getJsonObject("location").getJsonNumber("latitude").doubleValue())
        .isEqualTo(50.45);

    Api.Answer source =
        api()
            .post(
                "api/v1/incidents/" + incident + "/sources",
                cw,
                "{\"kind\":\"OFFICIAL_STATEMENT\",\"name\":\"Ministry of Health\",\"url\":\"https://example.org/statement\",\"publishedOn\":\"2024-07-08\"}");
    assertThat(source.status()).as(source.body()).isEqualTo(201);
    assertThat(source.json().isNull("reliability")).isTrue();
    String sourceId = source.json().getString("id");

    Api.Answer claim =
        api()
            .post(
                "api/v1/incidents/" + incident + "/casualty-claims",
                cw,
                "{\"sourceId\":\""
                    + sourceId
                    + "\",\"asOf\":\"2024-07-08\",\"population\":\"ALL\",\"killed\":{\"min\":2,\"max\":2},\"injured\":{\"min\":8,\"max\":16}}");
    assertThat(claim.status()).as(claim.body()).isEqualTo(201);
    assertThat(
            api()
                .get("api/v1/incidents/" + incident + "/casualty-claims", cw)
                .structure()
                .asJsonArray())
        .hasSize(1);

    Api.Answer person =
        api()
            .post(
                "api/v1/incidents/" + incident + "/persons",
                cw,
                "{\"role\":\"WITNESS\",\"ageGroup\":\"ADULT\",\"sex\":\"F\",\"protectedIdentity\":{\"name\":\""
                    + WITNESS_NAME
                    + "\",\"contact\":\"+380 00 000\"},"
                    + "\"consent\":{\"internalUse\":true,\"shareWithProsecutors\":true,\"publication\":false,\"givenOn\":\"2024-07-09\"}}");
    assertThat(person.status()).as(person.body()).isEqualTo(201);
    assertThat(person.json().getString("pseudonym")).matches("W-\\d{4}");
    // The one who opened the case may see protected identities.
    assertThat(person.json().getJsonObject("protectedIdentity").getString("name"))
        .isEqualTo(WITNESS_NAME);
  }

  @Test
  void protectedIdentitiesNeverReachThoseNotAllowed() {
    Api api = api();
    String cw = api.token("caseworker");
    String caseId = openCase(cw, "Protected witness case " + UUID.randomUUID());
    String incident = recordIncident(cw, caseId);
    Api.Answer person =
        api.post(
            "api/v1/incidents/" + incident + "/persons",
            cw,
            "{\"role\":\"VICTIM\",\"ageGroup\":\"CHILD\",\"protectedIdentity\":{\"name\":\""
                + WITNESS_NAME
                + "\"}}");
    String personId = person.json().getString("id");
    String pseudonym = person.json().getString("pseudonym");
    assertThat(pseudonym).startsWith("V-");

    // reviewer1 joins the team without the right to see identities.
    assertThat(
            api.send(
                    "PUT",
                    "api/v1/cases/" + caseId + "/team/reviewer1",
                    cw,
                    "{\"mayViewProtectedIdentities\":false}")
                .status())
        .isEqualTo(200);
    String reviewer = api.token("reviewer1");
    Api.Answer seen = api.get("api/v1/persons/" + personId, reviewer);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.json().getString("pseudonym")).isEqualTo(pseudonym);
    assertThat(seen.body()).doesNotContain(WITNESS_NAME);
    assertThat(api.get("api/v1/incidents/" + incident + "/persons", reviewer).body())
        .doesNotContain(WITNESS_NAME);

    // Granting the right needs the granter's password again.
    assertError(
        api.send(
            "PUT",
            "api/v1/cases/" + caseId + "/team/reviewer1",
            cw,
            "{\"mayViewProtectedIdentities\":true}"),
        403);
    assertError(
        api.send(
            "PUT",
            "api/v1/cases/" + caseId + "/team/reviewer1",
            cw,
            "{\"mayViewProtectedIdentities\":true,\"password\":\"wrong\"}"),
        403);
    assertThat(api.get("api/v1/persons/" + personId, reviewer).body()).doesNotContain(WITNESS_NAME);
    Api.Answer granted =
        api.send(
            "PUT",
            "api/v1/cases/" + caseId + "/team/reviewer1",
            cw,
            "{\"mayViewProtectedIdentities\":true,\"password\":\"" + Api.DEMO_PASSWORD + "\"}");
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    assertThat(api.get("api/v1/persons/" + personId, reviewer).body()).contains(WITNESS_NAME);

    // A withdrawal is recorded, and the earlier consent stays on the audit record.
    Api.Answer withdrawn =
        api.send(
            "PUT",
            "api/v1/persons/" + personId + "/consent",
            cw,
            "{\"internalUse\":false,\"shareWithProsecutors\":false,\"publication\":false,\"withdrawnOn\":\"2024-08-01\"}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().getJsonObject("consent").getString("withdrawnOn"))
        .isEqualTo("2024-08-01");
    assertError(
        api.send(
            "PUT", "api/v1/persons/" + personId + "/consent", reviewer, "{\"internalUse\":true}"),
        403);

    // The audit log, read by administrators, knows the person only by pseudonym.
    String admin = api.token("admin");
    assertThat(api.get("api/v1/audit?q=" + pseudonym, admin).json().getInt("total")).isPositive();
    assertThat(api.get("api/v1/audit?q=Hrytsenko", admin).json().getInt("total")).isZero();
    // Nor is an incident found by a protected name, even by the team member allowed to see it.
    assertThat(api.get("api/v1/incidents?q=Hrytsenko", cw).json().getInt("total")).isZero();
  }

  @Test
  void someoneOutsideTheTeamIsToldTheCaseDoesNotExistAndTheAttemptIsAudited() {
    Api api = api();
    String cw = api.token("caseworker");
    String caseId = openCase(cw, "Need to know " + UUID.randomUUID());
    String incident = recordIncident(cw, caseId);
    String outsider = api.token("analyst");

    assertError(api.get("api/v1/cases/" + caseId, outsider), 404);
    assertError(api.get("api/v1/incidents/" + incident, outsider), 404);
    assertError(api.get("api/v1/incidents?caseId=" + caseId, outsider), 404);
    assertThat(api.get("api/v1/cases?size=200", outsider).body()).doesNotContain(caseId);
    assertThat(api.get("api/v1/incidents?size=200", outsider).body()).doesNotContain(incident);

    JsonArray denied =
        api.get("api/v1/audit?q=CASE_ACCESS_DENIED&size=20", api.token("admin"))
            .json()
            .getJsonArray("items");
    assertThat(denied.getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("actor")).isEqualTo("analyst");
              assertThat(e.getString("targetId")).isEqualTo(caseId);
            });
  }

  @Test
  void badIncidentInputIsRefusedFieldByField() {
    String cw = api().token("caseworker");
    String caseId = openCase(cw, "Validation " + UUID.randomUUID());
    String future = Instant.now().plusSeconds(86_400 * 30).toString();
    Api.Answer answer =
        api()
            .post(
                "api/v1/cases/" + caseId + "/incidents",
                cw,
                incidentJson("x".repeat(301), future, "2020-01-01T00:00:00Z", 123.0));
    assertError(answer, 400);
    assertThat(answer.json().getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field"))
        .contains("title", "occurred.from", "occurred.to", "location.latitude");
    assertThat(api().get("api/v1/incidents?caseId=" + caseId, cw).json().getInt("total")).isZero();

    String incident = recordIncident(cw, caseId);
    Api.Answer source =
        api()
            .post(
                "api/v1/incidents/" + incident + "/sources",
                cw,
                "{\"kind\":\"MEDIA\",\"name\":\"A newspaper\"}");
    String sourceId = source.json().getString("id");
    Api.Answer negative =
        api()
            .post(
                "api/v1/incidents/" + incident + "/casualty-claims",
                cw,
                "{\"sourceId\":\""
                    + sourceId
                    + "\",\"asOf\":\"2024-07-08\",\"killed\":{\"min\":-1,\"max\":-1},\"injured\":{\"min\":10,\"max\":5}}");
    assertError(negative, 400);
    assertThat(negative.json().getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field"))
        .contains("killed.min", "injured.max");
    assertError(
        api()
            .post(
                "api/v1/incidents/" + incident + "/casualty-claims",
                cw,
                "{\"sourceId\":\"" + sourceId + "\",\"asOf\":"),
        400);
  }

  @Test
  void editsKeepHistoryAndAStaleEditIsAConflict() {
    Api api = api();
    String cw = api.token("caseworker");
    String caseId = openCase(cw, "History " + UUID.randomUUID());
    String incident = recordIncident(cw, caseId);
    long version =
        api.get("api/v1/incidents/" + incident, cw).json().getJsonNumber("version").longValue();

    Api.Answer edited =
        api.send(
            "PATCH",
            "api/v1/incidents/" + incident,
            cw,
            "{\"title\":\"Strike on Ohmatdyt\",\"expectedVersion\":" + version + "}");
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().getString("title")).isEqualTo("Strike on Ohmatdyt");
    assertThat(edited.json().getString("weapon")).isEqualTo("CRUISE_MISSILE");

    assertError(
        api.send(
            "PATCH",
            "api/v1/incidents/" + incident,
            cw,
            "{\"title\":\"Lost update\",\"expectedVersion\":" + version + "}"),
        409);

    JsonArray history =
        api.get("api/v1/incidents/" + incident + "/history", cw).structure().asJsonArray();
    assertThat(history).hasSize(1);
    assertThat(history.getJsonObject(0).getJsonObject("values").getString("title"))
        .isEqualTo("Strike on a children's hospital");
    assertThat(api.get("api/v1/incidents/" + incident, cw).json().getString("title"))
        .isEqualTo("Strike on Ohmatdyt");
  }

  @Test
  void onlyCaseworkersOnTheTeamRecordAndOnlyReviewersGrade() {
    Api api = api();
    String cw = api.token("caseworker");
    String caseId = openCase(cw, "Roles " + UUID.randomUUID());
    String incident = recordIncident(cw, caseId);
    api.send("PUT", "api/v1/cases/" + caseId + "/team/reviewer2", cw, "{}");
    String reviewer = api.token("reviewer2");
    assertError(
        api.post(
            "api/v1/cases/" + caseId + "/incidents",
            reviewer,
            incidentJson("Reviewer's incident", "2024-07-08T07:45:00Z", null, 50.0)),
        403);
    assertError(
        api.send("PATCH", "api/v1/incidents/" + incident, reviewer, "{\"title\":\"changed\"}"),
        403);
    assertError(api.post("api/v1/cases", api.token("admin"), "{\"title\":\"admin case\"}"), 403);

    String sourceId =
        api.post(
                "api/v1/incidents/" + incident + "/sources",
                cw,
                "{\"kind\":\"WITNESS\",\"name\":\"Nurse on duty\"}")
            .json()
            .getString("id");
    assertError(
        api.send("PUT", "api/v1/sources/" + sourceId + "/grade", cw, "{\"reliability\":\"A\"}"),
        403);
    Api.Answer graded =
        api.send(
            "PUT", "api/v1/sources/" + sourceId + "/grade", reviewer, "{\"reliability\":\"B\"}");
    assertThat(graded.status()).as(graded.body()).isEqualTo(200);
    assertThat(graded.json().getString("reliability")).isEqualTo("B");
  }

  @Test
  void incidentListIsFilteredSearchedAndPaged() {
    Api api = api();
    String cw = api.token("caseworker");
    String caseId = openCase(cw, "List " + UUID.randomUUID());
    for (int i = 0; i < 3; i++) {
      recordIncident(cw, caseId);
    }
    String marker = "Toretsk-" + UUID.randomUUID().toString().substring(0, 6);
    api.post(
        "api/v1/cases/" + caseId + "/incidents",
        cw,
        incidentJson("Shelling of " + marker, "2023-06-01T10:00:00Z", null, 48.4));

    JsonObject page =
        api.get("api/v1/incidents?caseId=" + caseId + "&size=2&sort=occurredFrom,asc", cw).json();
    assertThat(page.getInt("total")).isEqualTo(4);
    assertThat(page.getJsonArray("items")).hasSize(2);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("title")).contains(marker);

    assertThat(api.get("api/v1/incidents?q=" + marker.toLowerCase(), cw).json().getInt("total"))
        .isEqualTo(1);
    assertThat(
            api.get("api/v1/incidents?caseId=" + caseId + "&from=2024-01-01&to=2024-12-31", cw)
                .json()
                .getInt("total"))
        .isEqualTo(3);
    assertThat(
            api.get("api/v1/incidents?caseId=" + caseId + "&status=VERIFIED", cw)
                .json()
                .getInt("total"))
        .isZero();
    assertError(api.get("api/v1/incidents?status=DONE", cw), 400);
    assertError(api.get("api/v1/incidents?from=yesterday", cw), 400);
  }

  @Test
  void vocabulariesHaveEnglishAndUkrainianLabels() {
    JsonArray weapons =
        api()
            .get("api/v1/vocabularies/weapons", api().token("caseworker"))
            .structure()
            .asJsonArray();
    assertThat(weapons.getValuesAs(JsonObject.class))
        .anySatisfy(
            t -> {
              assertThat(t.getString("code")).isEqualTo("ISKANDER_M");
              assertThat(t.getJsonObject("labels").getString("uk")).contains("Іскандер");
            });
    assertError(api().get("api/v1/vocabularies/colours", api().token("caseworker")), 404);
  }

  @Test
  void administratorsMaintainVocabulariesAndRetiredTermsAreRefusedForNewIncidents() {
    Api api = api();
    String admin = api.token("admin");
    String cw = api.token("caseworker");
    String code = "THERMOBARIC_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    String term =
        "{\"labels\":{\"en\":\"Thermobaric weapon\",\"uk\":\"Термобарична зброя\"},\"active\":true}";
    assertError(api.send("PUT", "api/v1/vocabularies/weapons/" + code, cw, term), 403);
    Api.Answer added = api.send("PUT", "api/v1/vocabularies/weapons/" + code, admin, term);
    assertThat(added.status()).as(added.body()).isEqualTo(200);

    String caseId = openCase(cw, "Vocabulary " + UUID.randomUUID());
    String withTerm =
        incidentJson("Thermobaric strike", "2024-07-08T07:45:00Z", null, 50.0)
            .replace("CRUISE_MISSILE", code);
    assertThat(api.post("api/v1/cases/" + caseId + "/incidents", cw, withTerm).status())
        .isEqualTo(201);

    api.send("PUT", "api/v1/vocabularies/weapons/" + code, admin, term.replace("true", "false"));
    Api.Answer refused = api.post("api/v1/cases/" + caseId + "/incidents", cw, withTerm);
    assertError(refused, 400);
    assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("weapon");
    assertError(api.send("PUT", "api/v1/vocabularies/weapons/bad%20code", admin, term), 400);
  }

  @Test
  void aLikelyDuplicateIsFoundBeforeSavingAndCanBeLinkedAsTheSameEvent() {
    Api api = api();
    String cw = api.token("caseworker");
    String caseId = openCase(cw, "Duplicates " + UUID.randomUUID());
    String first = recordIncident(cw, caseId);

    JsonArray near =
        api.get(
                "api/v1/incidents/similar?caseId="
                    + caseId
                    + "&from=2024-07-08T12:00:00Z&latitude=50.46&longitude=30.49",
                cw)
            .structure()
            .asJsonArray();
    assertThat(near.getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("id"))
        .containsExactly(first);
    assertThat(
            api.get(
                    "api/v1/incidents/similar?caseId="
                        + caseId
                        + "&from=2024-07-08&latitude=49.99&longitude=36.23",
                    cw)
                .structure()
                .asJsonArray())
        .isEmpty();
    assertThat(
            api.get(
                    "api/v1/incidents/similar?caseId="
                        + caseId
                        + "&from=2024-07-09&latitude=50.46&longitude=30.49",
                    cw)
                .structure()
                .asJsonArray())
        .isEmpty();

    String second = recordIncident(cw, caseId);
    Api.Answer linked =
        api.send(
            "PUT",
            "api/v1/incidents/" + second + "/same-event",
            cw,
            "{\"incidentId\":\"" + first + "\"}");
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    assertThat(linked.json().getString("sameEventAs")).isEqualTo(first);
    assertError(
        api.send(
            "PUT",
            "api/v1/incidents/" + second + "/same-event",
            cw,
            "{\"incidentId\":\"" + second + "\"}"),
        400);
  }

  @Test
  void aCaseworkerCannotTouchACaseTheyAreNotOn() {
    Api api = api();
    String admin = api.token("admin");
    String other = "cw-" + UUID.randomUUID().toString().substring(0, 6);
    api.post(
        "api/v1/users",
        admin,
        "{\"username\":\""
            + other
            + "\",\"displayName\":\"Other caseworker\",\"roles\":[\"CASEWORKER\"],\"password\":\"other caseworker pass 1\"}");
    String outsider = api.token(other, "other caseworker pass 1");

    String cw = api.token("caseworker");
    String caseId = openCase(cw, "Not yours " + UUID.randomUUID());
    String incident = recordIncident(cw, caseId);

    assertError(
        api.send("PATCH", "api/v1/incidents/" + incident, outsider, "{\"title\":\"taken over\"}"),
        404);
    assertError(
        api.post(
            "api/v1/cases/" + caseId + "/incidents",
            outsider,
            incidentJson("Planted", "2024-07-08T07:45:00Z", null, 50.0)),
        404);
    assertError(api.send("PUT", "api/v1/cases/" + caseId + "/team/" + other, outsider, "{}"), 404);
    assertThat(api.get("api/v1/incidents/" + incident, cw).json().getString("title"))
        .isEqualTo("Strike on a children's hospital");
  }
}
