package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidentia.webapp.it.ClassificationFixture.HOSPITALS;
import static org.evidentia.webapp.it.ClassificationFixture.element;

import com.microsoft.playwright.Page;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidentia.kernel.testing.AttackFiles;
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
 * Stored XSS in a real browser: script payloads in every text a user can enter (case, incident,
 * location, source, casualty note, person, evidence description and file name, review rationale,
 * classification rationale, element-link note, account display name), then every page that shows
 * them, for each role. No script runs (no {@code window.__xss}, no dialog), no payload becomes an
 * element or a javascript: link, and Faces evaluates no expression typed as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssJourneysIT {

  /** Each payload sets window.__xss if it runs; the EL one would print XEL1337 if evaluated. */
  static final String PAYLOAD =
      "<script>window.__xss=1</script>\"><img src=x onerror=window.__xss=1>"
          + "<svg onload=window.__xss=1>';window.__xss=1;//</textarea>{{constructor.constructor("
          + "'window.__xss=1')()}}XEL#{7*191}";

  static final String URL_PAYLOAD = "javascript:window.__xss=1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  @Test
  void payloadsInEveryTextFieldRunNowhere() throws Exception {
    String base = deployment.toString().replaceAll("/?$", "/");
    Api api = new Api(deployment);
    ReviewFixture fx = new ReviewFixture(api, "admin", Api.DEMO_PASSWORD);
    ClassificationFixture cf = new ClassificationFixture(fx, URI.create(base));
    // Fresh accounts, so that no other test finds this case in the demo accounts' lists.
    User cw = fx.user("xss-cw", "CASEWORKER");
    User rv = fx.user("xss-rv", "REVIEWER");
    User la = fx.user("xss-la", "LEGAL_ANALYST");

    // A member whose display name is a payload, on the team.
    User named = fx.user("xss-name", "CASEWORKER");
    assertOk(
        api.send(
            "PATCH",
            "api/v1/users/" + named.name(),
            fx.adminToken(),
            Json.createObjectBuilder().add("displayName", PAYLOAD).build().toString()));

    Api.Answer opened =
        api.post(
            "api/v1/cases",
            cw.token(),
            Json.createObjectBuilder()
                .add("title", "Case " + PAYLOAD)
                .add("summary", PAYLOAD)
                .build()
                .toString());
    assertOk(opened);
    String caseId = opened.json().getString("id");
    fx.join(cw, caseId, rv);
    fx.join(cw, caseId, la);
    fx.join(cw, caseId, named);

    Api.Answer recorded =
        api.post(
            "api/v1/cases/" + caseId + "/incidents",
            cw.token(),
            Json.createObjectBuilder()
                .add("title", "Incident " + PAYLOAD)
                .add("narrative", PAYLOAD)
                .add("allegedPerpetrator", PAYLOAD)
                .add(
                    "occurred",
                    Json.createObjectBuilder()
                        .add("from", "2024-07-08T07:45:00Z")
                        .add("precision", "EXACT"))
                .add(
                    "location",
                    Json.createObjectBuilder()
                        .add("placeName", PAYLOAD)
                        .add("country", "Ukraine")
                        .add("region", "Kyiv Oblast")
                        .add("locality", PAYLOAD)
                        .add("latitude", 50.45)
                        .add("longitude", 30.52))
                .add("incidentType", "ATTACK_ON_MEDICAL_FACILITY")
                .add("target", "HOSPITAL")
                .build()
                .toString());
    assertOk(recorded);
    String incidentId = recorded.json().getString("id");
    Api.Answer source =
        api.post(
            "api/v1/incidents/" + incidentId + "/sources",
            cw.token(),
            Json.createObjectBuilder()
                .add("kind", "MEDIA")
                .add("name", PAYLOAD)
                .add("reference", PAYLOAD)
                .add("url", URL_PAYLOAD)
                .build()
                .toString());
    if (source.status() == 400) {
      // A javascript: URL may be refused outright; the rest of the source is still recorded.
      source =
          api.post(
              "api/v1/incidents/" + incidentId + "/sources",
              cw.token(),
              Json.createObjectBuilder()
                  .add("kind", "MEDIA")
                  .add("name", PAYLOAD)
                  .add("reference", PAYLOAD)
                  .build()
                  .toString());
    }
    assertOk(source);
    String sourceId = source.json().getString("id");
    Incident incident = new Incident(caseId, incidentId, sourceId);
    assertOk(
        api.post(
            "api/v1/incidents/" + incidentId + "/casualty-claims",
            cw.token(),
            Json.createObjectBuilder()
                .add("sourceId", sourceId)
                .add("asOf", "2024-07-08")
                .add("population", "ALL")
                .add("killed", Json.createObjectBuilder().add("min", 1).add("max", 2))
                .add("note", PAYLOAD)
                .build()
                .toString()));
    assertOk(
        api.post(
            "api/v1/incidents/" + incidentId + "/persons",
            cw.token(),
            Json.createObjectBuilder()
                .add("role", "WITNESS")
                .add("ageGroup", "ADULT")
                .add(
                    "protectedIdentity",
                    Json.createObjectBuilder()
                        .add("name", PAYLOAD)
                        .add("contact", PAYLOAD)
                        .add("notes", PAYLOAD))
                .build()
                .toString()));
    byte[] photo = AttackFiles.jpeg(64, 48);
    Api.Answer evidence =
        Uploads.upload(
            URI.create(base), cw, incident, "<img src=x onerror=window.__xss=1>.jpg", photo);
    assertOk(evidence);
    String evidenceId = evidence.json().getString("id");

    // A review that asks for more, with the question as a payload: it reaches the inbox.
    fx.done(cw, incident, "SUBMIT");
    assertOk(
        fx.send(
            rv,
            incident,
            ReviewFixture.body("REQUEST_INFORMATION", "Question " + PAYLOAD, null, null)));
    String classificationId =
        cf.propose(la, incidentId, HOSPITALS, "Rationale " + PAYLOAD).json().getString("id");
    assertOk(
        cf.link(
            la,
            classificationId,
            Json.createObjectBuilder()
                .add("elementCode", element(HOSPITALS, 1))
                .add("evidenceId", evidenceId)
                .add("strength", "DIRECT")
                .add("note", PAYLOAD)
                .build()
                .toString()));

    Map<String, List<String>> pagesByUser =
        Map.of(
            cw.name(),
            List.of(
                "index.xhtml",
                "intake/cases.xhtml",
                "intake/case.xhtml?id=" + caseId,
                "intake/incident.xhtml?id=" + incidentId,
                "evidence/item.xhtml?id=" + evidenceId,
                "verification/inbox.xhtml",
                "classification/matrix.xhtml?caseId=" + caseId,
                "bundle/export.xhtml?caseId=" + caseId),
            rv.name(),
            List.of(
                "index.xhtml",
                "verification/queue.xhtml",
                "verification/review.xhtml?id=" + incidentId,
                "intake/incident.xhtml?id=" + incidentId),
            la.name(),
            List.of(
                "intake/incident.xhtml?id=" + incidentId,
                "classification/matrix.xhtml?caseId=" + caseId,
                "evidence/item.xhtml?id=" + evidenceId),
            "admin",
            List.of("identity/admin/accounts.xhtml", "audit/log.xhtml", "index.xhtml"));

    List<String> ran = new ArrayList<>();
    int visited = 0;
    try (Browser browser = Browser.start()) {
      for (Map.Entry<String, List<String>> entry : pagesByUser.entrySet()) {
        Page page =
            entry.getKey().equals("admin")
                ? browser.loggedIn(base, "admin")
                : PageAccessIT.login(browser, base, entry.getKey(), ReviewFixture.PASSWORD);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(
            dialog -> {
              dialogs.add(dialog.message());
              dialog.dismiss();
            });
        for (String path : entry.getValue()) {
          page.navigate(base + path);
          page.waitForLoadState();
          Browser.settle(page);
          visited++;
          String found = check(page, dialogs);
          if (found != null) {
            ran.add(entry.getKey() + " on " + path + ": " + found);
          }
        }
      }
    }
    assertThat(visited).isGreaterThanOrEqualTo(18);
    assertThat(ran).isEmpty();
  }

  /** What the page shows of a payload having run, or null when nothing did. */
  private static String check(Page page, List<String> dialogs) {
    Object flag = page.evaluate("() => window.__xss");
    if (flag != null) {
      return "window.__xss = " + flag;
    }
    if (!dialogs.isEmpty()) {
      return "a dialog opened: " + dialogs;
    }
    Object elements =
        page.evaluate(
            "() => Array.from(document.querySelectorAll('*')).filter(e =>"
                + " Array.from(e.attributes).some(a => a.value.includes('__xss')"
                + " && (a.name.startsWith('on') || a.name === 'href' || a.name === 'src')))"
                + ".map(e => e.outerHTML.substring(0, 200))");
    if (elements instanceof List<?> list && !list.isEmpty()) {
      return "payload became markup: " + list;
    }
    if (page.content().contains("XEL1337")) {
      return "an expression typed as text was evaluated";
    }
    if (page.url().contains("/errors/")) {
      return "the page failed: " + page.url();
    }
    return null;
  }

  private static void assertOk(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
  }
}
