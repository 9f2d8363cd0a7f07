package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of answer carries the security headers: a page, a static resource, an API answer, an
 * API error and a page refused to an anonymous caller.
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
            api.get("audit/log.xhtml", null));
    assertThat(answers.get(0).status()).isEqualTo(200);
    assertThat(answers.get(1).status()).isEqualTo(200);
    assertThat(answers.get(2).status()).isEqualTo(404);
    assertThat(answers.get(3).status()).isEqualTo(401);
    for (Api.Answer answer : answers) {
      assertThat(answer.header("Content-Security-Policy"))
          .as(answer.raw().uri().toString())
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'")
          .contains("form-action 'self'");
      assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
  }
}
