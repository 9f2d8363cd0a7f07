package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidentia behind a proxy that terminates TLS ({@code EVIDENTIA_HTTP_BEHIND_TLS=true}): the proxy
 * speaks plain HTTP to Payara, yet the browser must get a Secure session cookie, and answers to
 * what the proxy says came over HTTPS pin the browser to TLS.
 */
class BehindTlsProxyIT {

  private static PayaraProcess server;

  @BeforeAll
  static void start() throws Exception {
    server = PayaraProcess.start("behind-tls", Map.of("EVIDENTIA_HTTP_BEHIND_TLS", "true"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theSessionCookieIsSecureAndForwardedHttpsIsPinnedToTls() throws Exception {
    HttpResponse<String> forwarded = get("https");
    assertThat(forwarded.statusCode()).isEqualTo(200);
    assertThat(sessionCookie(forwarded))
        .containsIgnoringCase("Secure")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");
    assertThat(forwarded.headers().firstValue("Strict-Transport-Security"))
        .hasValue("max-age=31536000");

    // Whatever the proxy says, the cookie stays Secure; only HSTS follows what it says.
    HttpResponse<String> plain = get(null);
    assertThat(sessionCookie(plain)).containsIgnoringCase("Secure");
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static HttpResponse<String> get(String forwardedProto) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.base().resolve("login.xhtml"))
            .timeout(Duration.ofSeconds(30));
    if (forwardedProto != null) {
      request.header("X-Forwarded-Proto", forwardedProto);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sessionCookie(HttpResponse<?> answer) {
    List<String> cookies = answer.headers().allValues("Set-Cookie");
    return cookies.stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
  }
}
