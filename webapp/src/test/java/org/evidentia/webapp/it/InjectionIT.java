package org.evidentia.webapp.it;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injection on H2 ({@link Injection}): SQL and LIKE metacharacters in every list parameter, and
 * names with CR/LF (the audit log here; the server log in {@link InjectionPostgresIT}, whose server
 * writes to a file the test can read).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InjectionIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  private Injection injection() {
    Api api = new Api(deployment);
    return new Injection(
        new ReviewFixture(api, "admin", Api.DEMO_PASSWORD), URI.create(deployment.toString()));
  }

  @Test
  void metacharactersInListParametersAreRefusedOrMatchedLiterally() {
    injection().metacharactersInEveryListParameter();
  }

  @Test
  void newlinesInNamesForgeNoAuditEntries() throws Exception {
    injection().newlinesInNamesForgeNoLogLines(null);
  }
}
