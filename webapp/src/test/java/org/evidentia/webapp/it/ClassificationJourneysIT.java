package org.evidentia.webapp.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Legal classification in the browser: a caseworker adds two photos to the demo hospital strike;
 * the legal analyst classifies it as an attack on a protected object (offered first), confirms it
 * and links the photos to three of its five elements; the case's evidence matrix shows the counts,
 * the two gaps and whether the incident is verified, a cell lists its evidence, and the downloaded
 * CSV says what the page says. The caseworker reads the classification but gets no form. Whatever
 * the review status of the incident (ReviewJourneysIT verifies it, before or after this journey).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassificationJourneysIT {

  static final String CRIME = "8(2)(b)(ix)";

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
    return deployment.toString().replaceAll("/+$", "") + "/" + path;
  }

  private JsonObject hospital(Api api, String token) {
    Api.Answer found =
        api.get(
            "api/v1/incidents?size=50&q="
                + URLEncoder.encode(ReviewJourneysIT.HOSPITAL, StandardCharsets.UTF_8),
            token);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    return found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("title").equals(ReviewJourneysIT.HOSPITAL))
        .findFirst()
        .orElseThrow(() -> new AssertionError("demo incident missing"));
  }

  private static void sendFile(Page page, Path file) {
    Browser.upload(page, "#newEvidence\\:file", file);
  }

  /** The active classification as the crime, on the incident page. */
  private static Locator classification(Page page) {
    return page.locator(
        "section.classification-item[data-crime=\"" + CRIME + "\"]:not(.classification-WITHDRAWN)");
  }

  private static void link(Page page, String element, String file, String note) {
    Locator button =
        classification(page).locator("tr[data-element=\"" + element + "\"] button.link-support");
    Browser.openDialog(page, selectorOf(button), "#classification\\:linkNote");
    assertThat(page.locator("#classification\\:elementCode_label")).containsText(element);
    Browser.choose(page, "classification:support", file);
    page.fill("#classification\\:linkNote", note);
    page.click("#classification\\:saveLink");
    assertThat(page.locator("#classification\\:messages"))
        .containsText("Support linked to " + element);
    assertThat(classification(page).locator("tr[data-element=\"" + element + "\"]"))
        .containsText(file);
  }

  /** A CSS selector for a link button of one element (ids in a repeat are generated). */
  private static String selectorOf(Locator button) {
    return "#" + button.getAttribute("id").replace(":", "\\:");
  }

  @Test
  void theAnalystClassifiesTheHospitalStrikeAndTheMatrixShowsItsGaps() throws Exception {
    Api api = new Api(deployment);
    String caseworkerToken = api.token("caseworker");
    JsonObject hospital = hospital(api, caseworkerToken);
    String id = hospital.getString("id");
    String caseId = hospital.getString("caseId");
    String incidentPage = url("intake/incident.xhtml?id=" + id);
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path dir = Files.createTempDirectory("classification-journey");
    Path ward = dir.resolve("ward-" + run + ".jpg");
    Files.write(ward, EvidenceApiIT.photo(50.4647, 30.4796));
    Path roof = dir.resolve("roof-" + run + ".jpg");
    Files.write(roof, EvidenceApiIT.photo(50.4648, 30.4797));

    // The caseworker adds two photos; the classification is there to read, without a form.
    Page caseworker = browser.loggedIn(deployment.toString(), "caseworker");
    caseworker.navigate(incidentPage);
    assertThat(caseworker.locator("#classificationTitle")).hasText("Legal classification");
    assertThat(caseworker.locator("#classification\\:proposeForm")).hasCount(0);
    for (Path file : List.of(ward, roof)) {
      Browser.choose(caseworker, "newEvidence:kind", "Photo");
      // Provenance: the caseworker collected it.
      Browser.choose(caseworker, "newEvidence:collectedBy", "caseworker");
      sendFile(caseworker, file);
      assertThat(caseworker.locator("#newEvidence\\:received"))
          .containsText(file.getFileName().toString());
    }

    // The analyst is offered the attack on a protected object first, and proposes it.
    Page analyst = browser.loggedIn(deployment.toString(), "analyst");
    analyst.navigate(incidentPage);
    Locator suggestion =
        analyst.locator("#classification\\:proposeForm .classification-suggestion");
    assertThat(suggestion.first()).containsText(CRIME);
    for (int attempt = 1; ; attempt++) {
      suggestion.first().click();
      try {
        assertThat(analyst.locator("#classification\\:crime_input"))
            .hasValue(
                java.util.regex.Pattern.compile("^8\\(2\\)\\(b\\)\\(ix\\) – "),
                new LocatorAssertions.HasValueOptions().setTimeout(4_000));
        break;
      } catch (AssertionError notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
    analyst.fill(
        "#classification\\:rationale",
        "A children's hospital, protected as such, was struck directly in daylight.");
    analyst.click("#classification\\:propose");
    assertThat(analyst.locator("#classification\\:messages")).containsText("Proposed as " + CRIME);
    assertThat(classification(analyst).locator(".classification-status")).hasText("Proposed");
    // Nothing suggests it any more.
    assertThat(analyst.locator("#classification\\:proposeForm")).not().containsText(CRIME + " – ");

    // Confirmed after a confirmation dialog.
    Browser.openDialog(
        analyst,
        selectorOf(classification(analyst).locator("button[id$=':confirm']")),
        "#classification\\:decide");
    analyst.click("#classification\\:decide");
    assertThat(analyst.locator("#classification\\:messages"))
        .containsText("Classification " + CRIME + " confirmed");
    assertThat(classification(analyst).locator(".classification-status")).hasText("Confirmed");
    String status = hospital(api, caseworkerToken).getString("status");
    if (!"VERIFIED".equals(status)) {
      assertThat(classification(analyst)).containsText("Incident not verified");
    }

    // The photos support the conduct, the protected status and the intent; 4 and 5 stay gaps.
    String ward1 = ward.getFileName().toString();
    String roof1 = roof.getFileName().toString();
    link(analyst, CRIME + "-1", ward1, "The strike on the toxicology ward.");
    link(analyst, CRIME + "-1", roof1, "The roof seen from the courtyard.");
    link(analyst, CRIME + "-2", roof1, "The red cross on the roof.");
    link(analyst, CRIME + "-3", ward1, "Daylight, a clear target.");
    assertThat(classification(analyst).locator(".classification-links"))
        .hasText("4 supporting links");

    // The case page leads to the matrix.
    analyst.navigate(url("intake/case.xhtml?id=" + caseId));
    analyst.click("#caseMatrixLink");
    assertThat(analyst.locator("#matrixTitle")).containsText("Evidence matrix");
    Locator column = analyst.locator("th.matrix-incident[data-incident=\"" + id + "\"]");
    assertThat(column).containsText(ReviewJourneysIT.HOSPITAL);
    status = hospital(api, caseworkerToken).getString("status");
    if ("VERIFIED".equals(status)) {
      assertThat(column).not().containsText("Incident not verified");
    } else {
      assertThat(column).containsText("Incident not verified");
    }
    String[] expected = {"2", "1", "1", "GAP", "GAP"};
    for (int n = 1; n <= 5; n++) {
      Locator cell =
          analyst.locator(
              "td.matrix-cell[data-incident=\""
                  + id
                  + "\"][data-element=\""
                  + CRIME
                  + "-"
                  + n
                  + "\"]");
      assertThat(cell)
          .hasText(expected[n - 1], new LocatorAssertions.HasTextOptions().setIgnoreCase(true));
      if (n >= 4) {
        assertThat(cell).hasClass(java.util.regex.Pattern.compile(".*matrix-gap.*"));
      }
    }

    // A cell lists the evidence behind its count.
    Locator first =
        analyst.locator(
            "td.matrix-cell[data-incident=\"" + id + "\"][data-element=\"" + CRIME + "-1\"] a");
    Browser.openDialog(analyst, selectorOf(first), "#cellLinks");
    Locator links = analyst.locator("#cellLinks li");
    assertThat(links).hasCount(2);
    assertThat(analyst.locator("#cellLinks")).containsText(ward1);
    assertThat(analyst.locator("#cellLinks")).containsText(roof1);
    assertThat(analyst.locator("#cellLinks")).containsText("The roof seen from the courtyard.");
    analyst.keyboard().press("Escape");

    // The page as read: incidents, their verified mark, and every cell.
    List<String> incidents = new ArrayList<>();
    List<Boolean> verified = new ArrayList<>();
    for (Locator th : analyst.locator("th.matrix-incident").all()) {
      incidents.add(th.locator(".matrix-incident-title").textContent().strip());
      verified.add(th.locator(".classification-unverified").count() == 0);
    }
    List<List<String>> pageRows = new ArrayList<>();
    for (Locator tr : analyst.locator("tr.matrix-row").all()) {
      List<String> row = new ArrayList<>();
      String element = tr.getAttribute("data-element");
      row.add(element == null ? "" : element);
      for (Locator td : tr.locator("td.matrix-cell").all()) {
        row.add(td.textContent().strip().toUpperCase(java.util.Locale.ROOT));
      }
      pageRows.add(row);
    }

    // The CSV downloaded from the page says the same.
    Download download = analyst.waitForDownload(() -> analyst.click("#matrix\\:csv"));
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    // Header rows: titles, ids, verified; a byte order mark first.
    List<List<String>> table = ClassificationFixture.parseCsv(csv.replaceFirst("^\uFEFF", ""));
    assertThat(table.get(0).subList(5, table.get(0).size())).isEqualTo(incidents);
    List<Boolean> csvVerified =
        table.get(2).subList(5, table.get(2).size()).stream()
            .map(s -> s.equals("VERIFIED"))
            .toList();
    assertThat(csvVerified).isEqualTo(verified);
    List<List<String>> csvRows = new ArrayList<>();
    for (List<String> row : table.subList(3, table.size())) {
      List<String> cells = new ArrayList<>();
      cells.add(row.get(2));
      row.subList(5, row.size()).forEach(c -> cells.add(c.toUpperCase(java.util.Locale.ROOT)));
      csvRows.add(cells);
    }
    assertThat(csvRows).isEqualTo(pageRows);

    // And the API's CSV is the same file.
    HttpResponse<String> fromApi =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create(url("api/v1/cases/" + caseId + "/matrix?lang=en")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + api.token("analyst"))
                    .header("Accept", "text/csv")
                    .header("Accept-Language", "en")
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(fromApi.statusCode()).as(fromApi.uri() + " " + fromApi.body()).isEqualTo(200);
    assertThat(fromApi.body()).isEqualTo(csv);

    // The caseworker reads the confirmed classification and its links, still without a form.
    caseworker.navigate(incidentPage);
    assertThat(classification(caseworker).locator(".classification-status")).hasText("Confirmed");
    assertThat(classification(caseworker)).containsText(ward1);
    assertThat(caseworker.locator("#classification\\:proposeForm")).hasCount(0);
    assertThat(caseworker.locator("button.link-support")).hasCount(0);
    assertThat(caseworker.locator("button[id$=':confirm'], button[id$=':withdraw']")).hasCount(0);
    caseworker.context().close();
    analyst.context().close();
  }
}
