package org.evidentia.webapp.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two-factor login under the default policy (reviewers, legal analysts and administrators must have
 * it), on a server of its own in demo mode on H2: the shared test server turns the policy off. A
 * reviewer's first login walks them through enrolment; afterwards each login and each token needs a
 * code that works once, or a recovery code that works once. Demo accounts are exempt. The codes are
 * computed here from the key the page shows, by a TOTP of the test's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorIT {

  private static final String PASSWORD = "long enough passphrase 9";

  private PayaraProcess server;
  private Api api;
  private Browser browser;

  /** The server's variables: demo mode and the default policy (no failsafe "none"). */
  Map<String, String> environment() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("EVIDENTIA_DEMO", "true");
    env.put("EVIDENTIA_TWO_FACTOR_REQUIRED_ROLES", null);
    return env;
  }

  String name() {
    return "two-factor";
  }

  @BeforeAll
  void start() throws Exception {
    Map<String, String> env = environment();
    browser = Browser.start();
    server = PayaraProcess.start(name(), env);
    api = server.api();
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void demoAccountsAreExemptInDemoMode() {
    assertThat(api.token("reviewer1")).startsWith("evd_");
    Page page = browser.loggedIn(server.base().toString(), "analyst");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    page.context().close();
  }

  @Test
  void aReviewersFirstLoginWalksThroughEnrolmentThenEveryLoginNeedsAFreshCode() throws Exception {
    String reviewer = newAccount("rev", "REVIEWER");

    // Not enrolled yet: no token, and a pointer to the browser.
    Api.Answer early = api.post("api/v1/tokens", null, credentials(reviewer, null));
    assertThat(early.status()).as(early.body()).isEqualTo(403);
    assertThat(early.json().getString("error")).isEqualTo("two_factor_enrolment_required");

    // First login: password, then enrolment before anything else.
    Page page = browser.newPage();
    passwordStep(page, reviewer);
    assertThat(page.locator("#enrol\\:qr svg")).isVisible();
    // Nothing else opens before the enrolment is done.
    page.navigate(server.base() + "index.xhtml");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\.xhtml.*"));
    com.microsoft.playwright.Response enrolPage = page.navigate(server.base() + "two-factor.xhtml");
    // The key is on the page: no cache may keep it.
    assertThat(enrolPage.headers().get("cache-control")).contains("no-store");
    assertThat(page.locator("#enrol\\:qr svg")).isVisible();
    Codes codes = new Codes(page.locator("#key").textContent().strip());
    assertThat(codes.key).matches("[A-Z2-7]{32}");
    page.fill("#enrol\\:value", codes.wrong());
    page.click("#enrol\\:confirm");
    assertThat(page.locator("#enrol\\:messages")).containsText("does not match");
    page.fill("#enrol\\:value", codes.next());
    page.click("#enrol\\:confirm");
    assertThat(page.locator(".recovery-code")).hasCount(10);
    List<String> recovery = new ArrayList<>(page.locator(".recovery-code").allTextContents());
    page.click("#continue");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    page.context().close();

    // The API: a code is asked for, works once.
    Api.Answer noCode = api.post("api/v1/tokens", null, credentials(reviewer, null));
    assertThat(noCode.status()).as(noCode.body()).isEqualTo(401);
    assertThat(noCode.json().getString("error")).isEqualTo("two_factor_required");
    String tokenCode = codes.next();
    Api.Answer withCode = api.post("api/v1/tokens", null, credentials(reviewer, tokenCode));
    assertThat(withCode.status()).as(withCode.body()).isEqualTo(201);
    Api.Answer replayed = api.post("api/v1/tokens", null, credentials(reviewer, tokenCode));
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(401);

    // A later login: a wrong code and a used one are refused (and audited), a fresh one works.
    page = browser.newPage();
    passwordStep(page, reviewer);
    page.fill("#code\\:value", codes.wrong());
    page.click("#code\\:submit");
    assertThat(page.locator("#code\\:messages")).containsText("wrong or was already used");
    page.fill("#code\\:value", tokenCode);
    page.click("#code\\:submit");
    assertThat(page.locator("#code\\:messages")).containsText("wrong or was already used");
    assertThat(page.locator("#dashboardTitle")).hasCount(0);
    page.fill("#code\\:value", codes.next());
    page.click("#code\\:submit");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    page.context().close();

    // A recovery code instead of the app: once.
    page = browser.newPage();
    passwordStep(page, reviewer);
    page.fill("#code\\:value", recovery.get(0));
    page.click("#code\\:submit");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    page.context().close();
    page = browser.newPage();
    passwordStep(page, reviewer);
    page.fill("#code\\:value", recovery.get(0));
    page.click("#code\\:submit");
    assertThat(page.locator("#code\\:messages")).containsText("wrong or was already used");
    page.context().close();
    Api.Answer byRecovery = api.post("api/v1/tokens", null, credentials(reviewer, recovery.get(1)));
    assertThat(byRecovery.status()).as(byRecovery.body()).isEqualTo(201);

    JsonObject audit =
        api.get("api/v1/audit?q=" + reviewer + "&size=100", api.token("admin")).json();
    List<String> entries =
        audit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action") + " " + e.getString("details", ""))
            .toList();
    assertThat(entries)
        .contains(
            "TWO_FACTOR_ENROLLED TOTP and recovery codes",
            "LOGIN_FAILED second factor: wrong code",
            "LOGIN_FAILED second factor: code already used",
            "LOGIN_FAILED second factor: recovery code already used",
            "LOGIN_FAILED API token request: second factor: code already used",
            "LOGIN_SUCCEEDED password and second factor");
    assertThat(entries).anyMatch(e -> e.startsWith("RECOVERY_CODE_USED"));

    // Phone and codes lost: an administrator resets it, and the next login enrols again.
    Api.Answer status = api.get("api/v1/users/" + reviewer + "/two-factor", api.token("admin"));
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    assertThat(status.json().getBoolean("enrolled")).isTrue();
    assertThat(status.json().getInt("recoveryCodesLeft")).isEqualTo(8);
    Api.Answer refused =
        api.send(
            "DELETE", "api/v1/users/" + reviewer + "/two-factor", api.token("reviewer1"), null);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    Api.Answer reset =
        api.send("DELETE", "api/v1/users/" + reviewer + "/two-factor", api.token("admin"), null);
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    assertThat(reset.json().getBoolean("enrolled")).isFalse();
    page = browser.newPage();
    passwordStep(page, reviewer);
    assertThat(page.locator("#enrol\\:qr svg")).isVisible();
    page.context().close();
  }

  @Test
  void aCaseworkerNeedsNoSecondFactorButMayEnrolOnTheAccountPage() throws Exception {
    String caseworker = newAccount("cw", "CASEWORKER");
    Page page = browser.newPage();
    passwordStep(page, caseworker);
    assertThat(page.locator("#dashboardTitle")).isVisible();
    page.navigate(server.base() + "identity/two-factor.xhtml");
    page.click("#twoFactor\\:start");
    assertThat(page.locator("#key")).isVisible();
    Codes codes = new Codes(page.locator("#key").textContent().strip());
    page.fill("#twoFactor\\:code", codes.next());
    page.click("#twoFactor\\:confirm");
    assertThat(page.locator(".recovery-code")).hasCount(10);
    assertThat(page.locator("#state")).containsText("is on");
    page.context().close();

    page = browser.newPage();
    passwordStep(page, caseworker);
    assertThat(page.locator("#code\\:value")).isVisible();
    page.fill("#code\\:value", codes.next());
    page.click("#code\\:submit");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    // Turning it off takes a fresh code; then the password is enough again.
    page.navigate(server.base() + "identity/two-factor.xhtml");
    page.fill("#twoFactor\\:code", codes.next());
    page.click("#twoFactor\\:remove");
    assertThat(page.locator("#state")).containsText("is off");
    page.context().close();
    assertThat(api.token(caseworker, PASSWORD)).startsWith("evd_");
  }

  private void passwordStep(Page page, String username) {
    page.navigate(server.base() + "login.xhtml");
    page.fill("#login\\:username", username);
    page.fill("#login\\:password", PASSWORD);
    page.click("#login\\:submit");
    page.waitForURL(url -> !url.contains("login.xhtml"));
  }

  private String newAccount(String prefix, String role) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created =
        api.post(
            "api/v1/users",
            api.token("admin"),
            Json.createObjectBuilder()
                .add("username", name)
                .add("displayName", "Two-factor test " + prefix)
                .add("roles", Json.createArrayBuilder().add(role))
                .add("password", PASSWORD)
                .build()
                .toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  private static String credentials(String username, String code) {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("username", username).add("password", PASSWORD);
    if (code != null) {
      body.add("code", code);
    }
    return body.build().toString();
  }

  /**
   * The authenticator app of the test: RFC 6238 with HMAC-SHA1, six digits, 30 s. Each code it
   * hands out is for a later step than the last (the server takes the next step too), waiting for
   * the clock when it must.
   */
  private static final class Codes {

    final String key;
    private final byte[] secret;
    private long lastStep;

    Codes(String key) {
      this.key = key;
      this.secret = base32(key);
      this.lastStep = step() - 1;
    }

    String next() throws InterruptedException {
      long wanted = lastStep + 1;
      while (step() + 1 < wanted) {
        Thread.sleep(500);
      }
      // Not the next step when the current one is still free: it stays good longer.
      wanted = Math.max(wanted, step());
      lastStep = wanted;
      return code(wanted);
    }

    /** A code no step around now has. */
    String wrong() {
      long now = step();
      for (int candidate = 0; ; candidate++) {
        String text = String.format(Locale.ROOT, "%06d", candidate);
        if (!text.equals(code(now - 1))
            && !text.equals(code(now))
            && !text.equals(code(now + 1))
            && !text.equals(code(now + 2))) {
          return text;
        }
      }
    }

    private static long step() {
      return System.currentTimeMillis() / 1000 / 30;
    }

    private String code(long step) {
      try {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
        return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    private static byte[] base32(String text) {
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
      ByteBuffer out = ByteBuffer.allocate(text.length());
      int buffer = 0;
      int bits = 0;
      for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
        buffer = buffer << 5 | alphabet.indexOf(c);
        bits += 5;
        if (bits >= 8) {
          out.put((byte) (buffer >> bits - 8));
          bits -= 8;
        }
      }
      byte[] bytes = new byte[out.position()];
      out.flip().get(bytes);
      return bytes;
    }
  }
}
