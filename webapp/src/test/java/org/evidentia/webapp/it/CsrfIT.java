package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged Faces postbacks: the "open a case" form posted with a logged-in session's cookie but a
 * made-up ViewState, none at all, or one taken from another session, opens no case. The same post
 * with the page's own ViewState does (so the forged posts are otherwise right). Faces keeps the
 * view state on the server (the ViewState is a random key, not the state itself).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  @Test
  void postbacksWithoutTheSessionsOwnViewStateChangeNothing() {
    String base = deployment.toString().replaceAll("/?$", "/");
    Api api = new Api(deployment);
    String token = api.token("caseworker");
    try (Browser browser = Browser.start()) {
      Page victim = browser.loggedIn(base, "caseworker");
      Page other = browser.loggedIn(base, "caseworker");
      victim.navigate(base + "intake/cases.xhtml");
      other.navigate(base + "intake/cases.xhtml");
      String own = viewState(victim);
      String foreign = viewState(other);

      // Server-side state: a short random key per view, not a serialized (or guessable) state.
      assertThat(own).isNotEqualTo(foreign).hasSizeLessThan(100).hasSizeGreaterThan(10);
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < 5; i++) {
        victim.navigate(base + "intake/cases.xhtml");
        keys.add(viewState(victim));
      }
      assertThat(keys).hasSize(5);
      own = viewState(victim);

      String forgedTitle = "Forged " + UUID.randomUUID();
      for (String forged : new String[] {"-1:-1", "1234567890:987654321", "", foreign, null}) {
        APIResponse answer = post(victim, base, forgedTitle, forged);
        assertThat(answer.status()).isLessThan(500);
        assertThat(answer.text()).doesNotContain(forgedTitle);
      }
      String stateless = "stateless";
      post(victim, base, forgedTitle, stateless);
      assertThat(cases(api, token, forgedTitle)).as("cases opened by forged posts").isZero();

      // The same post with the page's own ViewState opens the case: the forged ones were refused
      // for their ViewState alone.
      String realTitle = "Real " + UUID.randomUUID();
      APIResponse real = post(victim, base, realTitle, own);
      assertThat(real.status()).isEqualTo(200);
      assertThat(cases(api, token, realTitle)).isEqualTo(1);
    }
  }

  private static String viewState(Page page) {
    return page.locator("#openCase input[name='" + VIEW_STATE + "']").inputValue();
  }

  /** The PrimeFaces AJAX post of the "open case" dialog, sent with the page's cookies. */
  private static APIResponse post(Page page, String base, String title, String viewState) {
    FormData form =
        FormData.create()
            .set("jakarta.faces.partial.ajax", "true")
            .set("jakarta.faces.source", "openCase:create")
            .set("jakarta.faces.partial.execute", "@all")
            .set("jakarta.faces.partial.render", "openCase")
            .set("openCase:create", "openCase:create")
            .set("openCase", "openCase")
            .set("openCase:title", title)
            .set("openCase:summary", "posted by CsrfIT");
    if (viewState != null) {
      form.set(VIEW_STATE, viewState);
    }
    return page.context()
        .request()
        .post(
            base + "intake/cases.xhtml",
            RequestOptions.create()
                .setHeader("Faces-Request", "partial/ajax")
                .setHeader("X-Requested-With", "XMLHttpRequest")
                .setForm(form)
                .setMaxRedirects(0));
  }

  private static int cases(Api api, String token, String title) {
    return api.get("api/v1/cases?q=" + ClassificationFixture.enc(title), token)
        .json()
        .getInt("total");
  }
}
