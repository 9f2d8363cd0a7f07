package org.evidentia.webapp.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a person does in the browser: log in, look around, switch language, be refused, log out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneysIT {

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
    Page page = browser.newPage();
    page.navigate(url(""));
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\.xhtml.*"));
    String before = sessionId(page);
    page.fill("#login\\:username", username);
    page.fill("#login\\:password", Api.DEMO_PASSWORD);
    page.click("#login\\:submit");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    // A session id known before login is worthless after it.
    assertThat(sessionId(page)).isNotNull().isNotEqualTo(before);
    return page;
  }

  private static String sessionId(Page page) {
    return page.context().cookies().stream()
        .filter(c -> c.name.equals("JSESSIONID"))
        .map(c -> c.value)
        .findFirst()
        .orElse(null);
  }

  @Test
  void caseworkerLogsInSeesTheDashboardAndLogsOut() {
    Page page = loggedIn("caseworker");
    assertThat(page.locator("#dashboardTitle")).hasText("Dashboard");
    assertThat(page.locator("#currentUser")).containsText("Olena Caseworker");
    // The menu offers only what a caseworker may use.
    assertThat(page.locator("#shell\\:menu")).containsText("API tokens");
    assertThat(page.locator("#shell\\:menu")).not().containsText("Administration");

    page.click("#session\\:logout");
    assertThat(page.locator("#loggedOut")).isVisible();
    page.navigate(url("index.xhtml"));
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\.xhtml.*"));
    page.context().close();

    Api api = new Api(deployment);
    JsonObject logouts = api.get("api/v1/audit?q=LOGOUT&size=50", api.token("admin")).json();
    assertThat(logouts.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(e -> assertThat(e.getString("actor")).isEqualTo("caseworker"));
  }

  @Test
  void anInjectedInlineScriptDoesNotRunAndTheJourneysWouldNotice() {
    Page page = browser.newPage();
    page.navigate(url("login.xhtml"));
    // As markup injected into the page would: a script element without the answer's nonce.
    page.evaluate(
        "() => { const s = document.createElement('script');"
            + " s.textContent = 'window.injected = true;'; document.body.appendChild(s); }");
    page.waitForCondition(() -> !browser.cspViolations().isEmpty());
    assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
    assertThat(browser.takeCspViolations()).anySatisfy(v -> assertThat(v).contains("script-src"));
    // The page's own scripts, carrying the nonce, did run: PrimeFaces is there.
    assertThat(page.evaluate("() => typeof window.PrimeFaces")).isEqualTo("object");
    page.context().close();
  }

  @Test
  void anErrorPageRunsItsScriptsUnderThePolicyToo() {
    Page page = loggedIn("caseworker");
    Response missing = page.navigate(url("no-such-page.xhtml"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.headerValue("content-security-policy")).contains("'nonce-");
    // The shell's menu is a PrimeFaces widget, set up by a script that carries the nonce.
    page.waitForFunction("() => window.PrimeFaces && Object.keys(PrimeFaces.widgets).length > 0");
    Browser.settle(page);
    assertThat(browser.cspViolations()).noneMatch(v -> v.contains("no-such-page"));
    page.context().close();
  }

  @Test
  void wrongPasswordSaysOnlyThatLoginFailed() {
    Page page = browser.newPage();
    page.navigate(url("login.xhtml"));
    page.fill("#login\\:username", "caseworker");
    page.fill("#login\\:password", "not the password");
    page.click("#login\\:submit");
    assertThat(page.locator("#login\\:messages")).containsText("Login failed");
    assertThat(page.locator("#login\\:messages")).not().containsText("caseworker");
    assertThat(page.locator("#dashboardTitle")).hasCount(0);
    page.context().close();
  }

  @Test
  void languageChoiceSticksForTheUserAcrossLogins() {
    Page page = loggedIn("reviewer2");
    page.click("#session\\:langUk");
    assertThat(page.locator("#dashboardTitle")).hasText("Панель");
    assertThat(page.locator("html")).hasAttribute("lang", "uk");
    page.click("#session\\:logout");
    page.context().close();

    Page again = loggedIn("reviewer2");
    assertThat(again.locator("#dashboardTitle")).hasText("Панель");
    again.click("#session\\:langEn");
    assertThat(again.locator("#dashboardTitle")).hasText("Dashboard");
    again.context().close();
  }

  @Test
  void caseworkerIsRefusedTheAuditPageAndTheAttemptIsRecorded() {
    Page page = loggedIn("caseworker");
    Response response = page.navigate(url("audit/log.xhtml"));
    assertThat(response.status()).isEqualTo(403);
    assertThat(page.locator("#error403")).containsText("Not allowed");
    page.context().close();

    Api api = new Api(deployment);
    JsonObject audit = api.get("api/v1/audit?q=page%20refused&size=5", api.token("admin")).json();
    assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("actor")).isEqualTo("caseworker");
              assertThat(e.getString("targetId")).contains("/audit/log.xhtml");
            });
  }

  @Test
  void adminVerifiesTheAuditChainAndSearchesTheLog() {
    Page page = loggedIn("admin");
    page.locator("#shell\\:menu").getByText("Administration").hover();
    page.locator("#shell\\:menu").getByText("Audit log").click();
    assertThat(page.locator("h1")).hasText("Audit log");
    page.click("#audit\\:verify");
    assertThat(page.locator("#audit\\:verification")).containsText("The chain is intact");
    page.locator("#audit\\:query").pressSequentially("LOGIN_SUCCEEDED");
    assertThat(page.locator("#audit\\:entries tbody tr").first()).containsText("LOGIN_SUCCEEDED");
    page.context().close();
  }

  @Test
  void adminOpensAnAccountFromTheAccountsPage() {
    Page page = loggedIn("admin");
    page.navigate(url("identity/admin/accounts.xhtml"));
    Browser.openDialog(page, "#accounts\\:new", "#newAccount\\:username");
    page.click("#newAccount\\:roles label:has-text('Caseworker')");
    // Under CI load the dialog's form was seen to lose typed text to a late script (the cause is
    // not
    // found yet): type, wait a moment, and type again if it is gone, before sending.
    for (int attempt = 1; attempt <= 3; attempt++) {
      page.fill("#newAccount\\:username", "x");
      page.fill("#newAccount\\:displayName", "Browser Person");
      page.fill("#newAccount\\:password_input, #newAccount\\:password", "short");
      page.waitForTimeout(500);
      if ("Browser Person".equals(page.inputValue("#newAccount\\:displayName"))
          && "x".equals(page.inputValue("#newAccount\\:username"))) {
        break;
      }
    }
    page.click("#newAccount\\:create");
    // The refusal is shown on its field, nothing is opened, and what was typed is still there.
    assertThat(page.locator("#newAccount")).containsText("username must be 2 to 64 characters");
    assertThat(page.locator("#newAccount\\:displayName")).hasValue("Browser Person");

    String username = "browser-" + System.currentTimeMillis() % 100000;
    page.fill("#newAccount\\:username", username);
    // Passwords are never sent back to the browser, so it is typed again.
    page.fill("#newAccount\\:password_input, #newAccount\\:password", "short");
    page.click("#newAccount\\:create");
    assertThat(page.locator("#newAccount")).containsText("password must be at least 12 characters");

    page.fill("#newAccount\\:password_input, #newAccount\\:password", "a long browser passphrase");
    page.click("#newAccount\\:create");
    assertThat(page.locator(".ui-growl")).containsText("opened");
    page.locator("#accounts\\:query").pressSequentially(username);
    assertThat(page.locator("#accounts\\:table")).containsText("Browser Person");
    page.context().close();
  }

  @Test
  void aForgedFormIsRefusedWithAFriendlyPageAndChangesNothing() {
    Page page = loggedIn("admin");
    page.navigate(url("identity/tokens.xhtml"));
    page.evaluate(
        "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
            + ".forEach(i => i.value = 'forged-view-state')");
    page.click("#newToken\\:create");
    assertThat(page.locator("#errorexpired")).containsText("expired");
    page.navigate(url("identity/tokens.xhtml"));
    assertThat(page.locator("#newToken\\:issued")).hasCount(0);
    page.context().close();
  }

  @Test
  void caseworkerRecordsAWholeIncidentAndATeammateSeesOnlyThePseudonym() {
    Page page = loggedIn("caseworker");
    page.locator("#shell\\:menu").getByText("Cases").click();
    Browser.openDialog(page, "#cases\\:open", "#openCase\\:title");
    String title = "Browser case " + System.currentTimeMillis() % 100000;
    page.fill("#openCase\\:title", title);
    page.fill("#openCase\\:summary", "Recorded through the browser test");
    page.click("#openCase\\:create");
    assertThat(page.locator("#caseTitle")).containsText(title);

    page.click("#tabs\\:incidents\\:record");
    assertThat(page.locator("#incidentTitle")).isVisible();
    // Leaflet and our map script ran under the page's script policy.
    assertThat(page.locator("#picker.leaflet-container")).isVisible();
    page.fill("#incident\\:title", "Strike on the toxicology ward <script>alert('x')</script>");
    page.fill("#incident\\:narrative", "A missile hit the ward during the morning round.");
    page.fill("#incident\\:location_placeName", "Children's hospital");
    page.fill("#incident\\:location_region", "Kyiv city");
    page.fill("#incident\\:location_latitude", "50.4497");
    page.fill("#incident\\:location_longitude", "30.4765");
    Browser.choose(page, "incident:incidentType", "Attack on a medical facility");
    Browser.choose(page, "incident:weapon", "Cruise missile");
    Browser.typeDate(page, "incident:occurred_from_input", "2024-07-08 07:45");
    page.click("#incident\\:save");
    // Saved: the page is now the incident's own, and the text shows as typed, escaped.
    assertThat(page.locator("#incidentStatus")).hasText("Reported");
    assertThat(page.locator("#incidentTitle")).containsText("<script>alert('x')</script>");

    Browser.choose(page, "newSource:kind", "Official statement");
    page.fill("#newSource\\:name", "Ministry of Health");
    page.click("#newSource\\:add");
    assertThat(page.locator("#newSource\\:messages")).containsText("Source added");
    assertThat(page.locator("#sources\\:table")).containsText("Ministry of Health");

    Browser.choose(page, "newClaim:sourceId", "Ministry of Health");
    page.fill("#newClaim\\:killed_min", "2");
    page.fill("#newClaim\\:injured_min", "8");
    page.fill("#newClaim\\:injured_max", "16");
    Browser.typeDate(page, "newClaim:asOf_input", "2024-07-08");
    page.click("#newClaim\\:add");
    assertThat(page.locator("#newClaim\\:messages")).containsText("Figures added");
    assertThat(page.locator("#claims\\:table")).containsText("8–16");

    Browser.choose(page, "newPerson:role", "Witness");
    page.fill("#newPerson\\:protectedIdentity_name", "Witness Browser-Name");
    page.click("#newPerson\\:add");
    assertThat(page.locator("#newPerson\\:messages")).containsText("added");
    assertThat(page.locator("#persons\\:table")).containsText("Witness Browser-Name");
    String pseudonym =
        page.locator("#persons\\:table tbody tr td strong").first().textContent().strip();
    assertThat(pseudonym).matches("W-\\d{4}");
    String incidentUrl = page.url();

    // A reviewer joins the team without the right to see identities.
    page.locator("a.breadcrumb, .breadcrumb a").first().click();
    page.locator("#tabs a:has-text('Team')").click();
    page.fill("#tabs\\:team\\:username", "reviewer1");
    page.click("#tabs\\:team\\:saveMember");
    assertThat(page.locator("#tabs\\:team\\:members")).containsText("reviewer1");
    page.context().close();

    Page reviewer = loggedIn("reviewer1");
    reviewer.navigate(incidentUrl);
    assertThat(reviewer.locator("#persons\\:table")).containsText(pseudonym);
    assertThat(reviewer.locator("body")).not().containsText("Witness Browser-Name");
    reviewer.context().close();
  }

  private void fillIncident(Page page, String title, String latitude) {
    page.fill("#incident\\:title", title);
    page.fill("#incident\\:location_locality", "Toretsk");
    page.fill("#incident\\:location_latitude", latitude);
    page.fill("#incident\\:location_longitude", "37.8470");
    Browser.typeDate(page, "incident:occurred_from_input", "2023-06-01 09:30");
  }

  @Test
  void aDoubleClickedSaveRecordsOneIncidentAndALikelyDuplicateIsShownFirst() {
    Api api = new Api(deployment);
    String token = api.token("caseworker");
    String caseId =
        api.post("api/v1/cases", token, "{\"title\":\"Double click " + System.nanoTime() + "\"}")
            .json()
            .getString("id");
    Page page = loggedIn("caseworker");

    page.navigate(url("intake/incident.xhtml?caseId=" + caseId));
    fillIncident(page, "Shelling of the market", "48.3975");
    page.dblclick("#incident\\:save");
    assertThat(page.locator("#incidentStatus")).hasText("Reported");
    assertThat(api.get("api/v1/incidents?caseId=" + caseId, token).json().getInt("total"))
        .isEqualTo(1);

    // The same day, a few hundred metres away: shown before anything is saved.
    page.navigate(url("intake/incident.xhtml?caseId=" + caseId));
    fillIncident(page, "Shelling near the market", "48.4001");
    page.click("#incident\\:save");
    assertThat(page.locator("#incident\\:similar")).containsText("Shelling of the market");
    assertThat(api.get("api/v1/incidents?caseId=" + caseId, token).json().getInt("total"))
        .isEqualTo(1);
    page.click("#incident\\:similar button");
    assertThat(page.locator("#incidentStatus")).hasText("Reported");
    JsonObject list =
        api.get("api/v1/incidents?caseId=" + caseId + "&sort=createdAt,desc", token).json();
    assertThat(list.getInt("total")).isEqualTo(2);
    assertThat(list.getJsonArray("items").getJsonObject(0).getString("sameEventAs")).isNotBlank();
    page.context().close();
  }
}
