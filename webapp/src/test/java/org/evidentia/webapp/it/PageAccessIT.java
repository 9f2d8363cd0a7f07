package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * The pages that take an id, in a real browser: a team member sees the case's material on each; a
 * reviewer and a caseworker outside the team see none of it on any (the page fails as not found or
 * refused, and shows no title, file name or question of the case).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  @Test
  void pagesWithAnIdShowNothingToCallersOutsideTheTeam() throws Exception {
    String base = deployment.toString().replaceAll("/?$", "/");
    Api api = new Api(deployment);
    ReviewFixture fx = new ReviewFixture(api, "admin", Api.DEMO_PASSWORD);
    User cw = new User("caseworker", api.token("caseworker"));
    User rv = new User("reviewer1", api.token("reviewer1"));
    User la = new User("analyst", api.token("analyst"));
    User outsider = fx.user("page-out", "CASEWORKER");
    String marker = "Secret-" + UUID.randomUUID().toString().substring(0, 8);

    Api.Answer opened =
        api.post(
            "api/v1/cases",
            cw.token(),
            "{\"title\":\"Case " + marker + "\",\"summary\":\"" + marker + "\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.json().getString("id");
    fx.join(cw, caseId, rv);
    fx.join(cw, caseId, la);
    Incident incident = fx.incident(cw, caseId);
    api.send(
        "PATCH",
        "api/v1/incidents/" + incident.id(),
        cw.token(),
        "{\"title\":\"Incident " + marker + "\"}");
    Api.Answer evidence =
        Uploads.upload(URI.create(base), cw, incident, marker + ".jpg", AttackFiles.jpeg(32, 24));
    assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
    String evidenceId = evidence.json().getString("id");
    Api.Answer bundle =
        api.post("api/v1/cases/" + caseId + "/bundles", la.token(), "{\"incidents\":\"ALL\"}");
    assertThat(bundle.status()).as(bundle.body()).isEqualTo(202);
    String bundleId = bundle.json().getString("id");

    List<String> pages =
        List.of(
            "intake/case.xhtml?id=" + caseId,
            "intake/incident.xhtml?id=" + incident.id(),
            "intake/incident.xhtml?caseId=" + caseId,
            "evidence/item.xhtml?id=" + evidenceId,
            "verification/review.xhtml?id=" + incident.id(),
            "classification/matrix.xhtml?caseId=" + caseId,
            "bundle/export.xhtml?caseId=" + caseId,
            "bundle/bundle.xhtml?id=" + bundleId);
    List<String> wrong = new ArrayList<>();
    try (Browser browser = Browser.start()) {
      // The team sees the case on its pages (so that the refusals below mean something).
      Page member = browser.loggedIn(base, "caseworker");
      for (String path : List.of(pages.get(0), pages.get(1), pages.get(3))) {
        member.navigate(base + path);
        if (!member.content().contains(marker)) {
          wrong.add("caseworker on " + path + ": the team member does not see the case");
        }
      }
      Page reviewer2 = browser.loggedIn(base, "reviewer2");
      Page stranger = login(browser, base, outsider.name(), ReviewFixture.PASSWORD);
      for (Page page : List.of(reviewer2, stranger)) {
        for (String path : pages) {
          Response response = page.navigate(base + path);
          Browser.settle(page);
          String html = page.content();
          if (html.contains(marker)) {
            wrong.add(path + ": an outsider sees the case's material");
          }
          int status = response == null ? 0 : response.status();
          if (status == 200 && !page.url().contains("/errors/") && !refusedInPage(html)) {
            wrong.add(path + ": an outsider gets an ordinary page (" + status + ")");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** A page that answers 200 but only says that the record is not there or not for the caller. */
  private static boolean refusedInPage(String html) {
    String text = html.toLowerCase(java.util.Locale.ROOT);
    return text.contains("not found")
        || text.contains("was not found")
        || text.contains("not on the case team")
        || text.contains("no such");
  }

  static Page login(Browser browser, String base, String username, String password) {
    Page page = browser.newPage();
    page.navigate(base + "login.xhtml");
    page.fill("#login\\:username", username);
    page.fill("#login\\:password", password);
    page.click("#login\\:submit");
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
            page.locator("#dashboardTitle"))
        .isVisible();
    return page;
  }
}
