package org.evidentia.webapp.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
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
 * Evidence in the browser: a caseworker uploads a photo on the incident page and follows it to its
 * own page (hashes, what the file says against the claims, custody, download, integrity check); a
 * reviewer on the team sees the evidence but no upload form; anyone else gets the 404 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceJourneysIT {

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
    // One slash between them: the API does not match a path with "//" in it.
    return deployment.toString().replaceAll("/+$", "") + "/" + path;
  }

  private Page loggedIn(String username) {
    Page page = browser.newPage();
    page.navigate(url("login.xhtml"));
    page.fill("#login\\:username", username);
    page.fill("#login\\:password", Api.DEMO_PASSWORD);
    page.click("#login\\:submit");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    return page;
  }

  private record Incident(String caseId, String id, String sourceId) {}

  /** A case with an incident at Ohmatdyt on 8 July 2024, 07:45 UTC, and one source. */
  private Incident incident(Api api, String token) {
    Api.Answer opened =
        api.post(
            "api/v1/cases",
            token,
            "{\"title\":\"Evidence journey " + UUID.randomUUID() + "\",\"summary\":\"browser\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.json().getString("id");
    Api.Answer recorded =
        api.post(
            "api/v1/cases/" + caseId + "/incidents",
            token,
            "{\"title\":\"Strike on the children's hospital\","
                + "\"occurred\":{\"from\":\"2024-07-08T07:45:00Z\",\"precision\":\"EXACT\"},"
                + "\"location\":{\"placeName\":\"Ohmatdyt\",\"country\":\"Ukraine\","
                + "\"locality\":\"Kyiv\",\"latitude\":50.4647,\"longitude\":30.4796,"
                + "\"precision\":\"EXACT\"}}");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    String incidentId = recorded.json().getString("id");
    Api.Answer source =
        api.post(
            "api/v1/incidents/" + incidentId + "/sources",
            token,
            "{\"kind\":\"WITNESS\",\"name\":\"Nurse on duty\"}");
    assertThat(source.status()).as(source.body()).isEqualTo(201);
    return new Incident(caseId, incidentId, source.json().getString("id"));
  }

  /** An upload through the API, as a script or another tool would send it. */
  private Api.Answer upload(String token, String incidentId, Multipart form) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url("api/v1/incidents/" + incidentId + "/evidence")))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
      return new Api.Answer(response.statusCode(), response.body(), response);
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException("upload failed", e);
    }
  }

  private static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }

  private static Path original(String sha256) {
    String dir = System.getenv("EVIDENTIA_DATA_DIR");
    assertThat(dir).as("EVIDENTIA_DATA_DIR is set by the pom").isNotBlank();
    return Path.of(dir)
        .toAbsolutePath()
        .normalize()
        .resolve("evidence/originals")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private static void sendFile(Page page, Path file) {
    Browser.upload(page, "#newEvidence\\:file", file);
  }

  @Test
  void caseworkerUploadsAPhotoAndFollowsItFromHashToDownload() throws Exception {
    Api api = new Api(deployment);
    String token = api.token("caseworker");
    Incident incident = incident(api, token);
    byte[] photo = EvidenceApiIT.photo(50.4501, 30.4812);
    String hash = sha256(photo);
    Path file = Files.createTempDirectory("evidence-journey").resolve("ward.jpg");
    Files.write(file, photo);

    Page page = loggedIn("caseworker");
    // The integrity alarm is on the dashboard, for the caseworker's cases.
    assertThat(page.locator("main")).containsText("Items that failed the integrity check");
    page.navigate(url("intake/incident.xhtml?id=" + incident.id()));
    assertThat(page.locator("#evidenceTitle")).hasText("Evidence");
    assertThat(page.locator("#evidenceList\\:table")).containsText("No evidence yet.");

    // Over the limit (8 MiB in the tests): refused in the browser before anything is sent.
    assertThat(page.locator("#newEvidence")).containsText("Up to 8.0 MiB per file.");
    Path tooBig = file.resolveSibling("too-big.bin");
    Files.write(tooBig, new byte[9 * 1024 * 1024]);
    for (int attempt = 1; ; attempt++) {
      page.setInputFiles("#newEvidence\\:file_input", tooBig);
      try {
        assertThat(page.locator("#newEvidence .ui-fileupload-messages"))
            .containsText(
                "Larger than the limit per file; not sent: too-big.bin",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                    .setTimeout(4_000));
        break;
      } catch (AssertionError notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
    assertThat(page.locator("#newEvidence\\:file .ui-fileupload-row")).hasCount(0);
    page.reload();

    // Without a kind the file is refused on the field, and nothing is received.
    sendFile(page, file);
    assertThat(page.locator("#newEvidence")).containsText("Choose the kind of evidence.");
    assertThat(page.locator("#newEvidence\\:received")).not().containsText("ward.jpg");

    Browser.choose(page, "newEvidence:kind", "Photo");
    page.fill("#newEvidence\\:description", "Toxicology ward after the strike");
    Browser.choose(page, "newEvidence:sourceId", "Nurse on duty");
    Browser.typeDate(page, "newEvidence:obtainedAt_input", "2024-07-08 12:00");
    sendFile(page, file);
    Locator received = page.locator("#newEvidence\\:received");
    assertThat(received).containsText("ward.jpg");
    assertThat(received).containsText(hash);
    assertThat(received).not().containsText("uploaded before");
    Locator table = page.locator("#evidenceList\\:table");
    assertThat(table).containsText("ward.jpg");
    assertThat(table).containsText("Toxicology ward after the strike");
    assertThat(table).containsText("image/jpeg");
    assertThat(table).containsText(hash.substring(0, 12));
    assertThat(table.locator(".ev-copy").first()).hasAttribute("data-copy", hash);
    // The thumbnail comes from the page session, not from the token-only API.
    Locator thumbnail = table.locator("img.ev-thumb").first();
    assertThat(thumbnail).isVisible();
    page.waitForCondition(
        () -> ((Number) thumbnail.evaluate("i => i.complete ? i.naturalWidth : 0")).intValue() > 0);

    // The same bytes again: received as its own item, with a notice naming the first.
    sendFile(page, file);
    assertThat(received.locator(".ev-duplicate").first())
        .containsText("The same file was uploaded before.");
    assertThat(received.locator(".ev-duplicate a").first()).hasText("ward.jpg");
    assertThat(page.locator("#evidenceList\\:table tbody tr")).hasCount(2);

    // The item's own page: the hash in full, what the file says against the claims, custody.
    table.locator("a.ev-name").last().click();
    assertThat(page.locator("#itemTitle")).hasText("ward.jpg");
    assertThat(page.locator("#sha256")).hasText(hash);
    assertThat(page.locator("#sha512")).hasText(Pattern.compile("^[0-9a-f]{128}$"));
    assertThat(page.locator("#capturedAt")).containsText("2024-07-08 10:40:00 UTC");
    assertThat(page.locator("#position")).hasText("50.45010, 30.48120");
    assertThat(page.locator("#distance")).containsText("km");
    assertThat(page.locator("#captureToObtained")).containsText("1 h 20 min");
    assertThat(page.locator("#device")).hasText("Apple iPhone 12");
    // 1.6 km from the incident's coordinates: highlighted for the reviewer.
    assertThat(page.locator("#rowPlace")).hasClass(Pattern.compile(".*ev-differs.*"));
    Locator custody = page.locator("#custody");
    assertThat(custody).containsText("Received");
    assertThat(custody).containsText("Viewed");
    assertThat(custody).containsText("caseworker");

    Download download = page.waitForDownload(() -> page.click("#item\\:download"));
    byte[] downloaded = Files.readAllBytes(download.path());
    assertThat(sha256(downloaded)).isEqualTo(hash);
    assertThat(download.suggestedFilename()).isEqualTo("ward.jpg");

    page.click("#item\\:check");
    assertThat(page.locator("#item\\:checkResult")).containsText("Intact");
    assertThat(page.locator("#custody")).containsText("Original downloaded");
    assertThat(page.locator("#custody")).containsText("Integrity checked");

    // A page upload that announces more than the limit is refused before the body is spooled.
    byte[] oversized = new byte[8 * 1024 * 1024 + 1024 * 1024 + 64 * 1024];
    APIResponse refused =
        page.request()
            .post(
                url("intake/incident.xhtml?id=" + incident.id()),
                RequestOptions.create()
                    .setHeader("Content-Type", "multipart/form-data; boundary=evidentia")
                    .setData(oversized));
    assertThat(refused.status()).isEqualTo(413);

    // What the store keeps on disk is exactly these bytes, named by their hash.
    Path stored = original(hash);
    assertThat(stored).exists();
    assertThat(sha256(Files.readAllBytes(stored))).isEqualTo(hash);
    page.context().close();
  }

  @Test
  void aReviewerOnTheTeamSeesTheEvidenceButNoUploadFormAndOutsidersGetNotFound() throws Exception {
    Api api = new Api(deployment);
    String token = api.token("caseworker");
    Incident incident = incident(api, token);
    Api.Answer member =
        api.send("PUT", "api/v1/cases/" + incident.caseId() + "/team/reviewer1", token, "{}");
    assertThat(member.status()).as(member.body()).isIn(200, 201);
    Api.Answer uploaded =
        upload(
            token,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("sourceId", incident.sourceId())
                .field("graphic", "true")
                .file("injured.jpg", "image/jpeg", EvidenceApiIT.photo(50.4647, 30.4796)));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    String evidenceId = uploaded.json().getString("id");
    // A redacted copy whose name is markup and claims another type than it is.
    String hostile = "<img src=x onerror=alert(1)>.pdf";
    Api.Answer copy =
        upload(
            token,
            incident.id(),
            new Multipart()
                .field("kind", "PHOTO")
                .field("sourceId", incident.sourceId())
                .field("derivedFrom", evidenceId)
                .file(hostile, "application/pdf", EvidenceApiIT.photo(50.4647, 30.4796)));
    assertThat(copy.status()).as(copy.body()).isEqualTo(201);

    Page reviewer = loggedIn("reviewer1");
    reviewer.navigate(url("intake/incident.xhtml?id=" + incident.id()));
    Locator table = reviewer.locator("#evidenceList\\:table");
    assertThat(table).containsText("injured.jpg");
    assertThat(table).containsText("Graphic content");
    assertThat(reviewer.locator("#newEvidence")).hasCount(0);
    // The name is shown as text, never as markup; the copy links to its original.
    Locator copyRow = table.locator("tbody tr", new Locator.LocatorOptions().setHasText(hostile));
    assertThat(copyRow.locator("a.ev-name")).hasText(hostile);
    assertThat(table.locator("img[src='x']")).hasCount(0);
    assertThat(copyRow).containsText("The file name claims a different type than the content is.");
    assertThat(copyRow).containsText("Redacted working copy");
    assertThat(copyRow.locator(".ev-flag-redacted a"))
        .hasAttribute("href", Pattern.compile(".*evidence/item\\.xhtml\\?id=" + evidenceId));
    assertThat(reviewer.locator("#newEvidence\\:file_input")).hasCount(0);
    // Graphic content: no picture until asked for.
    Locator graphicRow =
        table.locator("tbody tr", new Locator.LocatorOptions().setHasText("injured.jpg"));
    assertThat(graphicRow.locator("img.ev-thumb")).hasCount(0);
    graphicRow.locator(".ev-reveal").click();
    assertThat(graphicRow.locator("img.ev-thumb")).isVisible();
    reviewer.context().close();

    Page outsider = loggedIn("reviewer2");
    Response refused = outsider.navigate(url("evidence/item.xhtml?id=" + evidenceId));
    assertThat(refused.status()).isEqualTo(404);
    assertThat(outsider.locator("#error404")).isVisible();
    Response thumbnail = outsider.navigate(url("evidence/thumbnail?id=" + evidenceId));
    assertThat(thumbnail.status()).isEqualTo(404);
    outsider.context().close();
  }

  @Test
  void anHtmlFileIsDownloadedFromItsPageAsBytesToSaveNeverAsAPage() throws Exception {
    Api api = new Api(deployment);
    String token = api.token("caseworker");
    Incident incident = incident(api, token);
    byte[] html =
        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Api.Answer uploaded =
        upload(
            token,
            incident.id(),
            new Multipart()
                .field("kind", "DOCUMENT")
                .field("sourceId", incident.sourceId())
                .file("saved page.html", "text/html", html));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    assertThat(uploaded.json().getString("mediaType")).isEqualTo("text/html");

    Page page = loggedIn("caseworker");
    page.navigate(url("evidence/item.xhtml?id=" + uploaded.json().getString("id")));
    Download[] download = new Download[1];
    Response answer =
        page.waitForResponse(
            r -> r.url().contains("evidence/item.xhtml") && "POST".equals(r.request().method()),
            () -> download[0] = page.waitForDownload(() -> page.click("#item\\:download")));
    assertThat(Files.readAllBytes(download[0].path())).isEqualTo(html);
    assertThat(download[0].suggestedFilename()).isEqualTo("saved page.html");
    assertThat(answer.headerValue("content-type")).startsWith("application/octet-stream");
    assertThat(answer.headerValue("content-disposition")).startsWith("attachment");
    assertThat(answer.headerValue("x-content-type-options")).isEqualTo("nosniff");
    assertThat(answer.headerValue("content-security-policy")).contains("sandbox");
    page.context().close();
  }
}
