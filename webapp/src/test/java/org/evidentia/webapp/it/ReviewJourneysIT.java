package org.evidentia.webapp.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Review in the browser: the demo case's Ohmatdyt hospital strike goes from REPORTED to VERIFIED
 * through the incident page, the queue and the workspace of two reviewers, and ends in the
 * caseworker's inbox and the audit log; an incomplete sign-off is refused on its fields and keeps
 * what was typed. ClassificationJourneysIT adds evidence to the hospital strike and classifies it,
 * before or after this journey: the sign-off re-checks the hashes of whatever evidence there is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewJourneysIT {

  static final String HOSPITAL = "Cruise missile strike on Ohmatdyt children's hospital, Kyiv";
  static final String COORDINATED = "Coordinated missile attack on Kyiv, Dnipro and Kryvyi Rih";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private String url(String path) {
    return deployment.toString().replaceAll("/?$", "/") + path;
  }

  private Page loggedIn(String username) {
    return browser.loggedIn(deployment.toString(), username);
  }

  /** The demo incident with this title, as the caseworker sees it through the API. */
  private JsonObject demoIncident(Api api, String token, String title) {
    Api.Answer found =
        api.get(
            "api/v1/incidents?size=50&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8),
            token);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    return found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("title").equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("demo incident missing: " + title));
  }

  /** Presses "Re-check hashes" of every evidence item in the workspace, waiting for each answer. */
  private static void recheckHashes(Page page) {
    int items = page.locator("#evidenceTable tbody tr").count();
    for (int i = 0; i < items; i++) {
      Locator row = page.locator("#evidenceTable tbody tr").nth(i);
      row.locator("button[id$=':check']").click();
      assertThat(page.locator("#evidenceTable tbody tr").nth(i).locator(".review-checked"))
          .isVisible();
    }
  }

  /** Grades the one source and claim, fills the checklist, a key fact and the rationale. */
  private static void fillSignOff(Page page, String fact, String rationale) {
    Browser.choose(page, "review:sources:0:grade", "B – Usually reliable");
    Browser.choose(page, "review:sources:0:claims:0:credibility", "2 – Probably true");
    Browser.choose(page, "review:sourceAnalysis_result", "Confirmed");
    page.fill(
        "#review\\:sourceAnalysis_note",
        "Amnesty International's annual report, read in the original and in the news summary.");
    // ClassificationJourneysIT may have added photos to the incident before: their integrity is
    // checked before a sign-off, and the technical analysis applies whether or not there are any.
    recheckHashes(page);
    Browser.choose(page, "review:technicalAnalysis_result", "Confirmed");
    page.fill(
        "#review\\:technicalAnalysis_note", "Files, where there are any, match their hashes.");
    Browser.choose(page, "review:contentAnalysis_result", "Confirmed");
    page.fill("#review\\:contentAnalysis_note", "Date, place and toll agree with the narrative.");
    page.fill("#review\\:fact\\:0\\:statement", fact);
    Browser.choose(page, "review:fact:0:credibility", "2 – Probably true");
    page.fill("#review\\:rationale", rationale);
  }

  @Test
  void theHospitalStrikeGoesFromReportedToVerifiedThroughTwoReviewers() {
    Api api = new Api(deployment);
    JsonObject hospital = demoIncident(api, api.token("caseworker"), HOSPITAL);
    String id = hospital.getString("id");
    assertThat(hospital.getString("status"))
        .as("the demo hospital incident must still be REPORTED when this journey starts")
        .isEqualTo("REPORTED");
    String incidentPage = url("intake/incident.xhtml?id=" + id);
    String workspace = url("verification/review.xhtml?id=" + id);

    // The caseworker submits it from the incident page, with a note, after a confirmation.
    Page caseworker = loggedIn("caseworker");
    caseworker.navigate(incidentPage);
    assertThat(caseworker.locator("#reviewStatus")).hasText("Reported");
    Browser.openDialog(caseworker, "#reviewSubmit\\:openSubmit", "#reviewSubmit\\:note");
    caseworker.fill("#reviewSubmit\\:note", "Source and casualty figures are complete.");
    caseworker.click("#reviewSubmit\\:submit");
    assertThat(caseworker.locator("#reviewSubmit\\:messages")).containsText("Submitted for review");
    assertThat(caseworker.locator("#reviewStatus")).hasText("Under review");
    assertThat(caseworker.locator("#incidentStatus")).hasText("Under review");
    assertThat(caseworker.locator("#reviewSubmit\\:signOffCount")).hasText("0 of 2 sign-offs");
    assertThat(caseworker.locator("#timeline")).containsText("Submit for review");
    // No decision for the caseworker: no workspace link, no submit any more.
    assertThat(caseworker.locator("#reviewSubmit\\:openWorkspace")).hasCount(0);
    assertThat(caseworker.locator("#reviewSubmit\\:openSubmit")).hasCount(0);
    // The workspace reads the same for them, without a single decision.
    caseworker.navigate(workspace);
    assertThat(caseworker.locator("#workspaceTitle")).containsText(HOSPITAL);
    assertThat(caseworker.locator("#review\\:readOnly")).isVisible();
    assertThat(caseworker.locator("#review\\:signOff")).hasCount(0);
    assertThat(caseworker.locator("#review\\:reject")).hasCount(0);
    assertThat(caseworker.locator("#review\\:checklist")).hasCount(0);
    assertThat(caseworker.locator("#shell\\:menu")).not().containsText("Review queue");
    caseworker.context().close();

    // The first reviewer finds it in the queue, with no sign-off so far.
    Page reviewer1 = loggedIn("reviewer1");
    reviewer1.locator("#shell\\:menu").getByText("Review queue").click();
    assertThat(reviewer1.locator("#queueTitle")).isVisible();
    reviewer1.locator("#queue\\:query").pressSequentially("Ohmatdyt");
    assertThat(reviewer1.locator("#queue\\:table tbody tr")).hasCount(1);
    assertThat(reviewer1.locator("#queue\\:table")).containsText("0/2");
    assertThat(reviewer1.locator("#queue\\:table")).containsText("in review");
    reviewer1.locator("#queue\\:table a.review-open").click();
    assertThat(reviewer1.locator("#workspaceTitle")).containsText(HOSPITAL);
    assertThat(reviewer1.locator("#recordWeapon")).hasText("Cruise missile");
    fillSignOff(reviewer1, "A cruise missile hit Ohmatdyt hospital on 8 July 2024.", "One NGO.");
    Browser.confirm(reviewer1, "#review\\:signOff", "#review\\:confirmYes");
    assertThat(reviewer1.locator("#review\\:done")).containsText("1 of 2 sign-offs");
    assertThat(reviewer1.locator("#review\\:signOffCount")).hasText("1 of 2 sign-offs");
    // The same reviewer cannot sign off twice; the page says why instead of offering it.
    assertThat(reviewer1.locator("#review\\:signOff")).hasCount(0);
    assertThat(reviewer1.locator("#review\\:blocked")).containsText("signed off this incident");
    reviewer1.navigate(url("verification/queue.xhtml"));
    reviewer1.locator("#queue\\:view .ui-button:has-text('Signed off by me')").click();
    assertThat(reviewer1.locator("#queue\\:table")).containsText(HOSPITAL);
    assertThat(reviewer1.locator("#queue\\:table")).containsText("1/2");
    reviewer1.context().close();

    // The second reviewer signs off too: two of two, verified.
    Page reviewer2 = loggedIn("reviewer2");
    reviewer2.navigate(url("verification/queue.xhtml"));
    reviewer2.locator("#queue\\:query").pressSequentially("Ohmatdyt");
    assertThat(reviewer2.locator("#queue\\:table tbody tr")).hasCount(1);
    assertThat(reviewer2.locator("#queue\\:table")).containsText("1/2");
    reviewer2.locator("#queue\\:table a.review-open").click();
    assertThat(reviewer2.locator("#workspaceTitle")).containsText(HOSPITAL);
    // The first reviewer's grade of the source is shown, not given for the second: each grades.
    assertThat(reviewer2.locator("#review\\:sources\\:0\\:grade_label")).hasText("Choose…");
    assertThat(reviewer2.locator("#review")).containsText("Graded before: B – Usually reliable");
    fillSignOff(
        reviewer2,
        "Two people died and more than 100 were injured.",
        "The report is consistent with the narrative; the toll is the report's own.");
    Browser.confirm(reviewer2, "#review\\:signOff", "#review\\:confirmYes");
    assertThat(reviewer2.locator("#review\\:done")).containsText("Verified");
    assertThat(reviewer2.locator("#workspaceStatus")).hasText("Verified");

    // The incident page's timeline: the submission and both sign-offs, with their checklists.
    reviewer2.navigate(incidentPage);
    assertThat(reviewer2.locator("#reviewStatus")).hasText("Verified");
    assertThat(reviewer2.locator("#timeline li")).hasCount(3);
    assertThat(reviewer2.locator("#timeline li").nth(0)).containsText("reviewer2");
    assertThat(reviewer2.locator("#timeline li").nth(0)).containsText("Under review → Verified");
    assertThat(reviewer2.locator("#timeline li").nth(1)).containsText("reviewer1");
    assertThat(reviewer2.locator("#timeline li").nth(1)).containsText("Sign off");
    assertThat(reviewer2.locator("#timeline li").nth(2)).containsText("Submit for review");
    reviewer2.locator("#timeline li").nth(1).locator("summary").click();
    assertThat(reviewer2.locator("#timeline li").nth(1))
        .containsText("Date, place and toll agree with the narrative.");
    assertThat(reviewer2.locator("#timeline li").nth(1)).containsText("A cruise missile hit");
    reviewer2.context().close();

    // The caseworker hears of it in the inbox; opening it marks it read.
    Page inbox = loggedIn("caseworker");
    assertThat(inbox.locator("#shell\\:menu")).containsText(Pattern.compile("Inbox \\(\\d+\\)"));
    inbox.locator("#shell\\:menu").getByText("Inbox").click();
    assertThat(inbox.locator("#inboxTitle")).isVisible();
    assertThat(inbox.locator("#inbox\\:table tr.review-unread").first()).containsText(HOSPITAL);
    assertThat(inbox.locator("#inbox\\:table tr.review-unread").first()).containsText("Verified");
    assertThat(inbox.locator("#inbox\\:table tr.review-unread").first())
        .containsText("The report is consistent with the narrative");
    inbox.locator("#inbox\\:table tr.review-unread a.review-open").first().click();
    assertThat(inbox.locator("#incidentTitle")).hasText(HOSPITAL);
    inbox.navigate(url("verification/inbox.xhtml"));
    assertThat(inbox.locator("#inbox\\:table tr.review-read").first()).containsText(HOSPITAL);
    inbox.context().close();

    // The audit log has both sign-offs.
    Page admin = loggedIn("admin");
    admin.navigate(url("audit/log.xhtml"));
    admin.locator("#audit\\:query").pressSequentially("REVIEW_SIGN_OFF");
    assertThat(admin.locator("#audit\\:entries tbody tr:has-text('" + id + "')")).hasCount(2);
    assertThat(admin.locator("#audit\\:entries tbody tr:has-text('" + id + "')").first())
        .containsText("REVIEW_SIGN_OFF");
    admin.context().close();
  }

  @Test
  void anIncompleteSignOffIsRefusedOnItsFieldsAndKeepsWhatWasTyped() {
    Api api = new Api(deployment);
    String token = api.token("caseworker");
    JsonObject incident = demoIncident(api, token, COORDINATED);
    String id = incident.getString("id");
    if (incident.getString("status").equals("REPORTED")) {
      Api.Answer submitted =
          api.post("api/v1/incidents/" + id + "/review/actions", token, "{\"action\":\"SUBMIT\"}");
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }

    Page reviewer = loggedIn("reviewer2");
    reviewer.navigate(url("verification/review.xhtml?id=" + id));
    assertThat(reviewer.locator("#workspaceTitle")).containsText(COORDINATED);
    Browser.choose(reviewer, "review:sources:0:grade", "C – Fairly reliable");
    reviewer.fill("#review\\:sourceAnalysis_note", "Amnesty International, as summarised.");
    reviewer.fill("#review\\:fact\\:0\\:statement", "Missiles struck three cities on 8 July.");
    reviewer.fill("#review\\:rationale", "Half done on purpose.");
    Browser.confirm(reviewer, "#review\\:signOff", "#review\\:confirmYes");

    assertThat(reviewer.locator("#review\\:messages")).containsText("Nothing was recorded");
    assertThat(reviewer.locator("[data-field='checklist.sourceAnalysis.result']"))
        .containsText("record the result of the source analysis");
    assertThat(reviewer.locator("[data-field='checklist.contentAnalysis.result']")).isVisible();
    assertThat(reviewer.locator("[data-field^='checklist.claimGrades.']"))
        .containsText("grade the credibility");
    assertThat(reviewer.locator("[data-field='checklist.keyFacts[0].credibility']"))
        .containsText("credibility");
    // Everything typed is still there.
    assertThat(reviewer.locator("#review\\:sources\\:0\\:grade_label"))
        .hasText("C – Fairly reliable");
    assertThat(reviewer.locator("#review\\:sourceAnalysis_note"))
        .hasValue("Amnesty International, as summarised.");
    assertThat(reviewer.locator("#review\\:fact\\:0\\:statement"))
        .hasValue("Missiles struck three cities on 8 July.");
    assertThat(reviewer.locator("#review\\:rationale")).hasValue("Half done on purpose.");
    // And nothing was recorded: still no sign-off.
    assertThat(reviewer.locator("#review\\:signOffCount")).hasText("0 of 2 sign-offs");
    reviewer.context().close();

    // Someone outside the case team gets the 404 page for the workspace.
    Page outsider = loggedIn("admin");
    com.microsoft.playwright.Response answer =
        outsider.navigate(url("verification/review.xhtml?id=" + id));
    assertThat(answer.status()).isEqualTo(404);
    outsider.context().close();
  }
}
