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
 * The access-control table ({@link AccessControlTable}) on H2: every endpoint that takes an id,
 * called by every kind of team member and by callers outside the team; refused calls change
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  @Test
  void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
    Api api = new Api(deployment);
    AccessControlTable table =
        new AccessControlTable(
            new ReviewFixture(api, "admin", Api.DEMO_PASSWORD), URI.create(deployment.toString()));
    table.check();
  }
}
