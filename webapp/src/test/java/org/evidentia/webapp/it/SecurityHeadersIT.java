package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of answer carries the security headers: a page, a static resource, an API answer, an
 * API error, a missing resource and a page refused to an anonymous caller. None names the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  @Test
  void pagesResourcesApiAnswersAndErrorsAllCarryTheHeaders() {
    Api api = new Api(deployment);
    String token = api.token("caseworker", Api.DEMO_PASSWORD);
    List<Api.Answer> answers =
        List.of(
            api.get("login.xhtml", null),
            api.get("api/v1/cases", token),
            api.get("api/v1/cases/no-such-case", token),
            api.get("api/v1/cases", null),
            api.get("audit/log.xhtml", null),
            api.get("jakarta.faces.resource/maps.js.xhtml?ln=intake", null),
            api.get("jakarta.faces.resource/no-such-file.js.xhtml?ln=intake", null));
    assertThat(answers.get(0).status()).isEqualTo(200);
    assertThat(answers.get(1).status()).isEqualTo(200);
    assertThat(answers.get(2).status()).isEqualTo(404);
    assertThat(answers.get(3).status()).isEqualTo(401);
    assertThat(answers.get(5).status()).isEqualTo(200);
    assertThat(answers.get(6).status()).isEqualTo(404);
    for (Api.Answer answer : answers) {
      String where = answer.raw().uri().toString();
      assertThat(answer.raw().headers().allValues("Content-Security-Policy")).as(where).hasSize(1);
      assertThat(answer.header("Content-Security-Policy"))
          .as(where)
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'")
          .contains("form-action 'self'")
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
      assertThat(answer.header("X-Frame-Options")).as(where).isEqualTo("DENY");
      assertThat(answer.header("X-Content-Type-Options")).as(where).isEqualTo("nosniff");
      assertThat(answer.header("Referrer-Policy"))
          .as(where)
          .isEqualTo("strict-origin-when-cross-origin");
      // Neither the server's name and version nor what it runs on.
      assertThat(answer.header("Server")).as(where).isNull();
      assertThat(answer.header("X-Powered-By")).as(where).isNull();
      // Plain HTTP, no proxy configured: nothing to pin to TLS.
      assertThat(answer.header("Strict-Transport-Security")).as(where).isNull();
    }
  }

  @Test
  void aPageAllowsOnlyItsOwnScriptsAndThoseCarryingThisAnswersNonce() {
    Api api = new Api(deployment);
    Api.Answer first = api.get("login.xhtml", null);
    Api.Answer second = api.get("login.xhtml", null);
    String nonce = nonce(first.header("Content-Security-Policy"));
    assertThat(nonce).isNotEqualTo(nonce(second.header("Content-Security-Policy")));
    // Every script element of the page carries it; no element has an inline handler.
    Matcher scripts = Pattern.compile("<script[^>]*>").matcher(first.body());
    int count = 0;
    while (scripts.find()) {
      count++;
      assertThat(scripts.group()).contains("nonce=\"" + nonce + "\"");
    }
    assertThat(count).isPositive();
    assertThat(first.body()).doesNotContainPattern("<[^>]+\\son[a-z]+=\"");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
    Api.Answer page = new Api(deployment).get("login.xhtml", null);
    String cookie =
        page.raw().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + page.raw().headers()));
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    // Plain HTTP here: a Secure cookie would never come back.
    assertThat(cookie).doesNotContainIgnoringCase("Secure");
  }

  @Test
  void aForwardedProtoIsNotBelievedWithoutAProxyConfigured() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(deployment.toString().replaceAll("/?$", "/") + "login.xhtml"))
                    .timeout(Duration.ofSeconds(30))
                    .header("X-Forwarded-Proto", "https")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(answer.headers().allValues("Set-Cookie"))
        .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
  }

  private static String nonce(String policy) {
    Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
    assertThat(nonce.find()).as(policy).isTrue();
    return nonce.group(1);
  }
}
