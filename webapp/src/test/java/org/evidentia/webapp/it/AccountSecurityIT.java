package org.evidentia.webapp.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
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
 * Brute-force throttling, sessions and account administration on the real WAR: a throttled token
 * request, ending sessions and tokens, a password reset and the forced change, the notice of failed
 * logins, and roles changed only with the administrator's password again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

  private static final String PASSWORD = "a fresh long passphrase 31";

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

  private Api api() {
    return new Api(deployment);
  }

  private String url(String path) {
    return deployment.toString().replaceAll("/?$", "/") + path;
  }

  private static String json(String... pairs) {
    var body = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.add(pairs[i], pairs[i + 1]);
    }
    return body.build().toString();
  }

  /** A new caseworker account with {@link #PASSWORD}. */
  private String newAccount(String prefix) {
    Api api = api();
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("displayName", "Person " + username)
            .add("roles", Json.createArrayBuilder().add("CASEWORKER"))
            .add("password", PASSWORD)
            .build()
            .toString();
    Api.Answer created = api.post("api/v1/users", api.token("admin"), body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return username;
  }

  private List<JsonObject> audit(String query) {
    Api api = api();
    return api.get("api/v1/audit?q=" + query + "&size=50", api.token("admin"))
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private Page loggedIn(String username, String password) {
    Page page = browser.newPage();
    page.navigate(url("login.xhtml"));
    page.fill("#login\\:username", username);
    page.fill("#login\\:password", password);
    page.click("#login\\:submit");
    return page;
  }

  private void assertOnLoginPage(Page page) {
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
  }

  @Test
  void throttledTokenRequestIs429UncheckedAndRecoversAfterTheDelay() throws Exception {
    Api api = api();
    String username = newAccount("throttled");
    for (int i = 0; i < 5; i++) {
      Api.Answer wrong =
          api.post(
              "api/v1/tokens", null, json("username", username, "password", "wrong password " + i));
      assertThat(wrong.status()).as(wrong.body()).isEqualTo(401);
    }
    // The right password does not help while throttled: it is not even checked.
    Api.Answer throttled =
        api.post("api/v1/tokens", null, json("username", username, "password", PASSWORD));
    assertThat(throttled.status()).as(throttled.body()).isEqualTo(429);
    assertThat(throttled.json().getString("error")).isEqualTo("too_many_attempts");
    int retryAfter = Integer.parseInt(throttled.header("Retry-After"));
    assertThat(retryAfter).isBetween(1, 2);
    assertThat(audit("LOGIN_THROTTLED"))
        .anySatisfy(e -> assertThat(e.getString("targetId")).isEqualTo(username));

    Thread.sleep(retryAfter * 1000L + 300);
    assertThat(api.token(username, PASSWORD)).startsWith("evd_");
  }

  @Test
  void rolesChangeOnlyWithTheAdministratorsPasswordAgain() {
    Api api = api();
    String admin = api.token("admin");
    String username = newAccount("promoted");
    String path = "api/v1/users/" + username;
    Api.Answer without =
        api.send("PATCH", path, admin, "{\"roles\":[\"CASEWORKER\",\"REVIEWER\"]}");
    assertThat(without.status()).as(without.body()).isEqualTo(403);
    assertThat(without.json().getString("message")).contains("password");
    Api.Answer wrong =
        api.send(
            "PATCH",
            path,
            admin,
            "{\"roles\":[\"CASEWORKER\",\"REVIEWER\"],\"password\":\"not the password\"}");
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(403);
    assertThat(api.get(path, admin).json().getJsonArray("roles")).hasSize(1);
    assertThat(audit("ACCOUNT_CHANGE_REFUSED"))
        .anySatisfy(e -> assertThat(e.getString("targetId")).isEqualTo(username));
    // The wrong password itself is audited too, though the change was rolled back.
    assertThat(audit("roles%20change"))
        .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("LOGIN_FAILED"));

    Api.Answer right =
        api.send(
            "PATCH",
            path,
            admin,
            "{\"roles\":[\"CASEWORKER\",\"REVIEWER\"],\"password\":\"" + Api.DEMO_PASSWORD + "\"}");
    assertThat(right.status()).as(right.body()).isEqualTo(200);
    assertThat(right.json().getJsonArray("roles")).hasSize(2);
    // The same roles again, or another field alone, need no password.
    assertThat(api.send("PATCH", path, admin, "{\"displayName\":\"Renamed\"}").status())
        .isEqualTo(200);
  }

  @Test
  void disablingAnAccountEndsItsTokensAndBrowserSessions() {
    Api api = api();
    String admin = api.token("admin");
    String username = newAccount("disabled");
    String token = api.token(username, PASSWORD);
    assertThat(api.get("api/v1/tokens", token).status()).isEqualTo(200);
    Page page = loggedIn(username, PASSWORD);
    assertThat(page.locator("#dashboardTitle")).isVisible();
    assertThat(api.get("api/v1/users/" + username + "/sessions", admin).structure().asJsonArray())
        .hasSize(1);

    Api.Answer disabled =
        api.send("PATCH", "api/v1/users/" + username, admin, "{\"enabled\":false}");
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(api.send("PATCH", "api/v1/users/" + username, admin, "{\"enabled\":true}").status())
        .isEqualTo(200);

    // Enabled again, but what was issued before stays dead.
    assertThat(api.get("api/v1/tokens", token).status()).isEqualTo(401);
    page.navigate(url("index.xhtml"));
    assertOnLoginPage(page);
    page.context().close();
    assertThat(api.get("api/v1/users/" + username + "/sessions", admin).structure().asJsonArray())
        .isEmpty();
  }

  @Test
  void administratorEndsOneSessionOfAUser() {
    Api api = api();
    String admin = api.token("admin");
    String username = newAccount("ended");
    Page first = loggedIn(username, PASSWORD);
    assertThat(first.locator("#dashboardTitle")).isVisible();
    Page second = loggedIn(username, PASSWORD);
    assertThat(second.locator("#dashboardTitle")).isVisible();
    List<JsonObject> sessions =
        api.get("api/v1/users/" + username + "/sessions", admin)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(sessions).hasSize(2);
    assertThat(sessions.get(0).getString("userAgent")).isNotBlank();
    String newest = sessions.get(0).getString("id");

    Api.Answer ended =
        api.send("DELETE", "api/v1/users/" + username + "/sessions/" + newest, admin, null);
    assertThat(ended.status()).as(ended.body()).isEqualTo(204);
    assertThat(
            api.send("DELETE", "api/v1/users/" + username + "/sessions/" + newest, admin, null)
                .status())
        .isEqualTo(404);

    second.navigate(url("index.xhtml"));
    assertOnLoginPage(second);
    first.navigate(url("index.xhtml"));
    assertThat(first.locator("#dashboardTitle")).isVisible();
    // A caseworker may not end other people's sessions.
    assertThat(
            api.send(
                    "DELETE",
                    "api/v1/users/" + username + "/sessions",
                    api.token("caseworker"),
                    null)
                .status())
        .isEqualTo(403);
    first.context().close();
    second.context().close();
    assertThat(audit("SESSION_ENDED"))
        .anySatisfy(e -> assertThat(e.getString("targetId")).isEqualTo(username));
  }

  @Test
  void resetPasswordMustBeChangedAtTheNextLoginBeforeAnythingElse() {
    Api api = api();
    String admin = api.token("admin");
    String username = newAccount("reset");
    String oldToken = api.token(username, PASSWORD);

    Api.Answer weak =
        api.post(
            "api/v1/users/" + username + "/password",
            admin,
            json("temporaryPassword", "password1234"));
    assertThat(weak.status()).as(weak.body()).isEqualTo(400);
    Api.Answer reset = api.post("api/v1/users/" + username + "/password", admin, "{}");
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    String temporary = reset.json().getString("temporaryPassword");
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);

    assertThat(api.get("api/v1/tokens", oldToken).status()).isEqualTo(401);
    assertThat(
            api.post("api/v1/tokens", null, json("username", username, "password", PASSWORD))
                .status())
        .isEqualTo(401);
    Api.Answer pending =
        api.post("api/v1/tokens", null, json("username", username, "password", temporary));
    assertThat(pending.status()).as(pending.body()).isEqualTo(403);
    assertThat(pending.json().getString("message")).contains("change it");

    Page page = loggedIn(username, temporary);
    assertThat(page).hasURL(Pattern.compile(".*/password\\.xhtml.*"));
    assertThat(page.locator("#pending")).isVisible();
    // Nothing else is reachable until the change.
    page.navigate(url("intake/cases.xhtml"));
    assertThat(page).hasURL(Pattern.compile(".*/password\\.xhtml.*"));

    page.fill("#password\\:currentPassword_input, #password\\:currentPassword", temporary);
    page.fill("#password\\:newPassword_input, #password\\:newPassword", "my own new passphrase 9");
    page.fill("#password\\:repeated_input, #password\\:repeated", "a different passphrase 9");
    page.click("#password\\:change");
    assertThat(page.locator("#password")).containsText("differ");

    page.fill("#password\\:currentPassword_input, #password\\:currentPassword", "not it at all 5");
    page.fill("#password\\:newPassword_input, #password\\:newPassword", "my own new passphrase 9");
    page.fill("#password\\:repeated_input, #password\\:repeated", "my own new passphrase 9");
    page.click("#password\\:change");
    assertThat(page.locator("#password")).containsText("current password is wrong");

    page.fill("#password\\:currentPassword_input, #password\\:currentPassword", temporary);
    page.fill("#password\\:newPassword_input, #password\\:newPassword", "my own new passphrase 9");
    page.fill("#password\\:repeated_input, #password\\:repeated", "my own new passphrase 9");
    page.click("#password\\:change");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    assertThat(page.locator("#notices")).containsText("changed");
    page.navigate(url("intake/cases.xhtml"));
    assertThat(page).hasURL(Pattern.compile(".*/intake/cases\\.xhtml.*"));
    page.context().close();

    assertThat(api.token(username, "my own new passphrase 9")).startsWith("evd_");
    assertThat(audit("PASSWORD_RESET"))
        .anySatisfy(e -> assertThat(e.getString("targetId")).isEqualTo(username));
    assertThat(audit("PASSWORD_CHANGED"))
        .anySatisfy(e -> assertThat(e.getString("targetId")).isEqualTo(username));
    assertThat(audit("PASSWORD_CHANGE_REFUSED"))
        .anySatisfy(e -> assertThat(e.getString("targetId")).isEqualTo(username));
  }

  @Test
  void failedLoginsAreToldAtTheNextLoginOnce() {
    String username = newAccount("notice");
    Page failing = loggedIn(username, "not my password 1");
    assertThat(failing.locator("#login\\:messages")).containsText("Login failed");
    failing.fill("#login\\:username", username);
    failing.fill("#login\\:password", "not my password 2");
    failing.click("#login\\:submit");
    assertThat(failing.locator("#login\\:messages")).containsText("Login failed");
    failing.context().close();

    Page page = loggedIn(username, PASSWORD);
    assertThat(page.locator("#earlierFailures"))
        .containsText("2 failed sign-in attempt(s) since your last sign-in");
    // The address is the one the server saw (the test browser may come through a proxy).
    assertThat(page.locator("#earlierFailures")).containsText(" from ");
    page.click("#session\\:logout");
    page.context().close();

    Page again = loggedIn(username, PASSWORD);
    assertThat(again.locator("#dashboardTitle")).isVisible();
    assertThat(again.locator("#earlierFailures")).hasCount(0);
    again.context().close();
  }

  @Test
  void throttledPageLoginSaysHowLongToWait() {
    String username = newAccount("waiting");
    Page page = browser.newPage();
    page.navigate(url("login.xhtml"));
    // Five failures are free; then the delay doubles from one second, so however slow the
    // browser, an attempt soon lands inside it.
    for (int i = 0; i < 12; i++) {
      page.fill("#login\\:username", username);
      page.fill("#login\\:password", "not my password " + i);
      page.click("#login\\:submit");
      assertThat(page.locator("#login\\:messages")).isVisible();
      if (page.locator("#login\\:messages").textContent().contains("Too many")) {
        break;
      }
    }
    assertThat(page.locator("#login\\:messages")).containsText("Too many failed attempts");
    page.context().close();
  }

  @Test
  void adminResetsAPasswordOnTheAccountsPageAndSeesTheMadeUpOneOnce() {
    String username = newAccount("desk");
    Page user = loggedIn(username, PASSWORD);
    assertThat(user.locator("#dashboardTitle")).isVisible();

    Page admin = loggedIn("admin", Api.DEMO_PASSWORD);
    assertThat(admin.locator("#dashboardTitle")).isVisible();
    admin.navigate(url("identity/admin/accounts.xhtml"));
    admin.locator("#accounts\\:query").pressSequentially(username);
    // The search answers after a pause: wait for the one row left, then use that row's button.
    assertThat(admin.locator("#accounts\\:table tbody tr")).hasCount(1);
    assertThat(admin.locator("#accounts\\:table")).containsText("Person " + username);
    Browser.settle(admin);
    Browser.openDialog(
        admin,
        "#accounts\\:table tbody tr:has-text('"
            + username
            + "') button[title='Sessions, tokens and password']",
        "#access\\:accessUser");
    assertThat(admin.locator("#access\\:accessUser")).hasText(username);
    assertThat(admin.locator("#access\\:sessions tbody tr")).hasCount(1);

    admin.click("#access\\:reset");
    assertThat(admin.locator("#access\\:messages")).containsText("reset");
    assertThat(admin.locator("#access\\:generatedPassword")).isVisible();
    String temporary = admin.locator("#access\\:generatedPassword").textContent().strip();
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
    assertThat(admin.locator("#access\\:sessions")).containsText("No live sessions");
    admin.context().close();

    user.navigate(url("index.xhtml"));
    assertOnLoginPage(user);
    user.context().close();
    Page again = loggedIn(username, temporary);
    assertThat(again).hasURL(Pattern.compile(".*/password\\.xhtml.*"));
    again.context().close();
  }
}
