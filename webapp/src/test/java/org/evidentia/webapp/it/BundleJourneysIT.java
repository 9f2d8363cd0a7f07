package org.evidentia.webapp.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case bundles in the browser: the legal analyst exports the demo case (all incidents, since
 * whether any is VERIFIED depends on which journeys ran before), watches it finish, downloads it;
 * the real launcher's verify-bundle says it is intact, and its summary PDF shows the matrix and
 * every evidence hash. The caseworker sees the bundles but cannot export. The check page tells the
 * downloaded bundle from a copy with one byte changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BundleJourneysIT {

  static final String DEMO_CASE = "EVD-2026-0001";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  private static Browser browser;

  /** The bundle the analyst downloaded, for the later steps. */
  private static Path downloaded;

  private static Path work;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start();
    work = Files.createTempDirectory("bundle-journey");
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

  private String demoCaseId() {
    Api api = new Api(deployment);
    Api.Answer found = api.get("api/v1/cases?size=50&q=" + DEMO_CASE, api.token("analyst"));
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    return found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("reference").equals(DEMO_CASE))
        .findFirst()
        .orElseThrow(() -> new AssertionError("demo case missing"))
        .getString("id");
  }

  /**
   * Gives the demo hospital strike a photo of its own, so the bundle always carries at least one
   * evidence original whatever other journeys ran before.
   */
  private void addPhoto() throws Exception {
    Api api = new Api(deployment);
    String token = api.token("caseworker");
    Api.Answer found =
        api.get(
            "api/v1/incidents?size=50&q="
                + java.net.URLEncoder.encode(ReviewJourneysIT.HOSPITAL, StandardCharsets.UTF_8),
            token);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    String incidentId =
        found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getString("title").equals(ReviewJourneysIT.HOSPITAL))
            .findFirst()
            .orElseThrow(() -> new AssertionError("demo incident missing"))
            .getString("id");
    Multipart form =
        new Multipart()
            .field("kind", "PHOTO")
            .field("collectedBy", "caseworker")
            .file(
                "bundle-journey-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".jpg",
                "image/jpeg",
                EvidenceApiIT.photo(50.4647, 30.4796));
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url("api/v1/incidents/" + incidentId + "/evidence")))
            .timeout(java.time.Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", form.contentType())
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
            .build();
    java.net.http.HttpResponse<String> answer =
        java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
  }

  /** The repository root: the launcher lives there, next to the webapp module. */
  private static Path root() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  }

  record Run(int exit, String output) {}

  private static Run run(Path dir, long timeoutMinutes, String... command)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    // Read while it runs, so a chatty build cannot block on a full pipe.
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
              } catch (IOException e) {
                // the process is gone
              }
            });
    reader.start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish: " + output);
    }
    reader.join(10_000);
    return new Run(process.exitValue(), output.toString(StandardCharsets.UTF_8));
  }

  /** The entry at this path inside the bag, whatever the bag's top directory is called. */
  private static ZipEntry entry(ZipFile zip, String path) {
    return zip.stream()
        .filter(e -> e.getName().equals(path) || e.getName().endsWith("/" + path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " missing from the bundle"));
  }

  private static byte[] read(ZipFile zip, String path) throws IOException {
    try (InputStream in = zip.getInputStream(entry(zip, path))) {
      return in.readAllBytes();
    }
  }

  /** The bundle's summary, taken out of the ZIP. */
  private static Path summaryPdf() throws IOException {
    Path pdf = work.resolve("summary.pdf");
    if (!Files.exists(pdf)) {
      try (ZipFile zip = new ZipFile(downloaded.toFile())) {
        Files.write(pdf, read(zip, "data/summary.pdf"));
      }
    }
    return pdf;
  }

  private static void requireDownload() {
    if (downloaded == null) {
      throw new AssertionError("no bundle was downloaded: the export journey failed before");
    }
  }

  @Test
  @Order(1)
  void theAnalystExportsTheDemoCaseDownloadsItAndTheLauncherSaysItIsIntact() throws Exception {
    String caseId = demoCaseId();
    addPhoto();
    Page analyst = browser.loggedIn(deployment.toString(), "analyst");
    analyst.navigate(url("intake/case.xhtml?id=" + caseId));
    assertThat(analyst.locator("#bundlesTitle")).hasText("Case bundles");
    analyst.click("#caseBundles\\:exportBundle");
    assertThat(analyst.locator("#exportTitle")).containsText(DEMO_CASE);
    Browser.settle(analyst);

    // All incidents: the unverified ones are marked, and the page says so before anything starts.
    Locator all = analyst.locator("label[for=\"export:incidents:1\"]");
    for (int attempt = 1; ; attempt++) {
      all.click();
      Browser.settle(analyst);
      try {
        assertThat(analyst.locator("#export\\:allWarning"))
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(4_000));
        break;
      } catch (AssertionError notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
    assertThat(analyst.locator("#export\\:allWarning")).containsText("UNVERIFIED");
    Browser.confirm(analyst, "#export\\:exportButton", "#export\\:start");

    // The bundle's page: progress until DONE, then the download.
    assertThat(analyst.locator("#bundleTitle")).containsText(DEMO_CASE);
    assertThat(analyst.locator("#bundle\\:progress")).isVisible();
    assertThat(analyst.locator("#bundleStatus"))
        .hasAttribute(
            "data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(180_000));
    assertThat(analyst.locator("#bundle\\:progress")).containsText("100%");
    String sha256 = analyst.locator("#sha256").textContent().strip();
    assertThat(sha256).matches("[0-9a-f]{64}");

    Download download = analyst.waitForDownload(() -> analyst.click("#bundle\\:download"));
    Path zip = work.resolve(download.suggestedFilename());
    download.saveAs(zip);
    assertThat(zip.getFileName().toString()).endsWith(".zip");
    java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(zip)) {
      in.transferTo(new java.security.DigestOutputStream(OutputStream.nullOutputStream(), digest));
    }
    assertThat(java.util.HexFormat.of().formatHex(digest.digest())).isEqualTo(sha256);
    downloaded = zip;

    // The case page lists it, done, with its short hash and the full one in the title.
    analyst.navigate(url("intake/case.xhtml?id=" + caseId));
    Locator row = analyst.locator("#caseBundles\\:table tr.bundle-DONE").first();
    assertThat(row).isVisible();
    assertThat(analyst.locator("#caseBundles\\:table .bundle-hash[title=\"" + sha256 + "\"]"))
        .hasCount(1);

    // The summary shows the matrix and every evidence item's hash, as case.json lists them.
    List<String> hashes = new ArrayList<>();
    try (ZipFile bag = new ZipFile(zip.toFile())) {
      JsonObject caseJson =
          Json.createReader(
                  new StringReader(new String(read(bag, "data/case.json"), StandardCharsets.UTF_8)))
              .readObject();
      for (JsonObject incident : caseJson.getJsonArray("incidents").getValuesAs(JsonObject.class)) {
        for (JsonObject item : incident.getJsonArray("evidence").getValuesAs(JsonObject.class)) {
          hashes.add(item.getJsonObject("item").getString("sha256"));
        }
      }
    }
    assertThat(hashes).as("evidence originals in the bundle").isNotEmpty();
    String text;
    try (PDDocument pdf = Loader.loadPDF(summaryPdf().toFile())) {
      text = new PDFTextStripper().getText(pdf);
    }
    // Long hashes wrap across lines: compare without any whitespace.
    String compact = text.replaceAll("\\s+", "");
    assertThat(text).contains("Classification matrix");
    for (String hash : hashes) {
      assertThat(compact).as("the summary shows evidence hash " + hash).contains(hash);
    }

    // The recipient's check: the real launcher, offline.
    Run verify = run(root(), 15, "./evidentia", "verify-bundle", zip.toString());
    assertThat(verify.exit()).as(verify.output()).isZero();
    assertThat(verify.output()).contains("INTACT").doesNotContain("NOT INTACT");
  }

  @Test
  @Order(2)
  void theSummaryPdfPassesPdfinfoAndQpdf() throws Exception {
    requireDownload();
    Path pdf = summaryPdf();
    for (String tool : List.of("pdfinfo", "qpdf")) {
      boolean present = Files.isExecutable(Path.of("/usr/bin", tool));
      if (Boolean.getBoolean("evidentia.pdf.tools.required")) {
        assertThat(present).as(tool + " is required (apt-get install qpdf poppler-utils)").isTrue();
      }
      Assumptions.assumeTrue(present, tool + " not installed; PDF tool checks skipped");
    }
    Run info = run(work, 2, "pdfinfo", pdf.toString());
    assertThat(info.exit()).as(info.output()).isZero();
    assertThat(info.output()).contains("Pages:");
    Run check = run(work, 2, "qpdf", "--check", pdf.toString());
    assertThat(check.exit()).as(check.output()).isZero();
  }

  @Test
  @Order(3)
  void theCaseworkerSeesTheBundlesButCannotExport() {
    String caseId = demoCaseId();
    Page caseworker = browser.loggedIn(deployment.toString(), "caseworker");
    caseworker.navigate(url("intake/case.xhtml?id=" + caseId));
    assertThat(caseworker.locator("#bundlesTitle")).hasText("Case bundles");
    assertThat(caseworker.locator("#caseBundles\\:table")).isVisible();
    if (downloaded != null) {
      assertThat(caseworker.locator("#caseBundles\\:table tr.bundle-DONE").first()).isVisible();
    }
    assertThat(caseworker.locator("#caseBundles\\:exportBundle")).hasCount(0);

    // A forged address gets the refusal, not the form.
    caseworker.navigate(url("bundle/export.xhtml?caseId=" + caseId));
    assertThat(caseworker.locator("#error403")).isVisible();
    assertThat(caseworker.locator("#export\\:exportButton")).hasCount(0);
  }

  /** Chooses a ZIP on the check page and sends it, as the evidence journeys upload. */
  private static void check(Page page, Path file) {
    Browser.upload(page, "#check\\:file", file);
    Browser.settle(page);
  }

  @Test
  @Order(4)
  void theCheckPageTellsTheBundleFromATamperedCopy() throws Exception {
    requireDownload();
    Path tampered = work.resolve("tampered-" + downloaded.getFileName());
    try (ZipFile zip = new ZipFile(downloaded.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
      String target = entry(zip, "data/case.json").getName();
      for (ZipEntry e : zip.stream().toList()) {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        if (e.getName().equals(target)) {
          // One byte, well inside the file; the ZIP itself stays sound.
          bytes[bytes.length / 2] ^= 0x01;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }

    Page reviewer = browser.loggedIn(deployment.toString(), "reviewer1");
    reviewer.locator("#shell\\:menu a:has-text(\"Check a bundle\")").click();
    assertThat(reviewer.locator("#verifyTitle")).hasText("Check a case bundle");
    Browser.settle(reviewer);

    check(reviewer, downloaded);
    assertThat(reviewer.locator("#verdict"))
        .hasText("INTACT", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    assertThat(reviewer.locator("#problems li")).hasCount(0);

    check(reviewer, tampered);
    assertThat(reviewer.locator("#verdict"))
        .hasText("NOT INTACT", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    assertThat(reviewer.locator("#problems")).containsText("data/case.json");
  }

  /** A fresh browser profile logged in with a fixture's account. */
  private Page loggedIn(String username, String password) {
    Page page = browser.newPage();
    page.navigate(url("login.xhtml"));
    page.fill("#login\\:username", username);
    page.fill("#login\\:password", password);
    page.click("#login\\:submit");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    return page;
  }

  /**
   * Clicks until the element shows: the page's script may not be wired at the first click. A
   * checkbox already ticked by an earlier click whose answer was slow is not clicked again (that
   * would untick it).
   */
  private static void clickUntil(Page page, String target, String shown) {
    boolean checkbox = target.endsWith(".ui-chkbox-box");
    for (int attempt = 1; ; attempt++) {
      if (!checkbox || page.locator(target + ".ui-state-active").count() == 0) {
        page.click(target);
      }
      Browser.settle(page);
      try {
        assertThat(page.locator(shown))
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(4_000));
        return;
      } catch (AssertionError notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
  }

  /** A fresh case whose new legal analyst may see protected identities, logged in. */
  private Page analystWhoMayReveal(String[] caseIdOut) {
    Api api = new Api(deployment);
    ReviewFixture fixture = new ReviewFixture(api, "admin", Api.DEMO_PASSWORD);
    ReviewFixture.User caseworker = fixture.user("bundle-cw", "CASEWORKER");
    ReviewFixture.User analyst = fixture.user("bundle-an", "LEGAL_ANALYST");
    String caseId = fixture.openCase(caseworker);
    Api.Answer joined =
        api.send(
            "PUT",
            "api/v1/cases/" + caseId + "/team/" + analyst.name(),
            caseworker.token(),
            "{\"mayViewProtectedIdentities\":true,\"password\":\""
                + ReviewFixture.PASSWORD
                + "\"}");
    assertThat(joined.status()).as(joined.body()).isEqualTo(200);
    fixture.incident(caseworker, caseId);
    caseIdOut[0] = caseId;
    return loggedIn(analyst.name(), ReviewFixture.PASSWORD);
  }

  @Test
  @Order(5)
  void revealingIdentitiesNeedsAReasonAndThePassword() {
    String[] caseId = new String[1];
    Page page = analystWhoMayReveal(caseId);
    page.navigate(url("bundle/export.xhtml?caseId=" + caseId[0]));
    assertThat(page.locator("#exportTitle")).isVisible();
    Browser.settle(page);

    // Verified incidents by default: there are none yet, and the page says what to do.
    Browser.confirm(page, "#export\\:exportButton", "#export\\:start");
    assertThat(page.locator("#export\\:messages")).containsText("no VERIFIED incident");

    // All incidents, names revealed: the reason and the password come into view.
    clickUntil(page, "label[for=\"export:incidents:1\"]", "#export\\:allWarning");
    clickUntil(page, "#export\\:reveal .ui-chkbox-box", "#export\\:reason");
    // The confirmation says in so many words that names will be revealed.
    clickUntil(page, "#export\\:exportButton", "#export\\:start");
    assertThat(page.locator("#export\\:confirmReveal")).isVisible();
    assertThat(page.locator("#export\\:start")).hasText("Reveal identities and export");
    page.click("#export\\:start");
    assertThat(page.locator("#export\\:reasonMessage")).containsText("say why");

    // A reason and the password: the export starts, and its page says names are revealed.
    String reason = "The prosecutor needs the witness's name to summon her.";
    Browser.settle(page);
    page.fill("#export\\:reason", reason);
    page.fill("#export\\:password", ReviewFixture.PASSWORD);
    Browser.confirm(page, "#export\\:exportButton", "#export\\:start");
    assertThat(page.locator("#bundleTitle")).isVisible();
    assertThat(page.locator("#bundle\\:state")).containsText("Revealed");
    assertThat(page.locator("#bundle\\:state")).containsText(reason);
    assertThat(page.locator("#bundleStatus"))
        .hasAttribute(
            "data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(180_000));
  }

  @Test
  @Order(6)
  void aWrongPasswordIsRefusedBesideThePasswordAndTheReasonIsKept() {
    String[] caseId = new String[1];
    Page page = analystWhoMayReveal(caseId);
    page.navigate(url("bundle/export.xhtml?caseId=" + caseId[0]));
    assertThat(page.locator("#exportTitle")).isVisible();
    Browser.settle(page);
    clickUntil(page, "label[for=\"export:incidents:1\"]", "#export\\:allWarning");
    clickUntil(page, "#export\\:reveal .ui-chkbox-box", "#export\\:reason");
    String reason = "The prosecutor needs the witness's name to summon her.";
    // A reason, a wrong password: refused beside the password, the reason kept.
    Browser.settle(page);
    page.fill("#export\\:reason", reason);
    page.fill("#export\\:password", "not my password");
    Browser.confirm(page, "#export\\:exportButton", "#export\\:start");
    assertThat(page.locator("#export\\:passwordMessage")).containsText("password does not match");
    assertThat(page.locator("#export\\:reason")).hasValue(reason);
  }

  /**
   * A failed export is restarted from its page, by the analyst who asked for it: the evidence file
   * it stopped on is missing, the page names the item; once the file is back and checked, Restart
   * (confirmed in its dialog) runs it to DONE. Another analyst on the team sees no Restart.
   */
  @Test
  @Order(7)
  void aFailedExportIsRestartedFromItsPageByItsRequester() throws Exception {
    Api api = new Api(deployment);
    ReviewFixture fx = new ReviewFixture(api, "admin", Api.DEMO_PASSWORD);
    BundleFixture f = new BundleFixture(fx, java.net.URI.create(deployment.toString()));
    f.cw = fx.user("restart-cw", "CASEWORKER");
    f.analyst = fx.user("restart-an", "LEGAL_ANALYST");
    ReviewFixture.User colleague = fx.user("restart-an2", "LEGAL_ANALYST");
    f.caseId = fx.openCase(f.cw, f.analyst, colleague);
    ReviewFixture.Incident incident = fx.incident(f.cw, f.caseId);
    String item = f.upload(f.cw, incident, "restart me.jpg", BundleFixture.randomBytes(4_000));
    String dataDir = System.getenv("EVIDENTIA_DATA_DIR");
    assertThat(dataDir).as("EVIDENTIA_DATA_DIR is set by the pom").isNotBlank();
    Path stored =
        BundleFixture.original(Path.of(dataDir), f.evidence(f.cw, item).getString("sha256"));
    byte[] bytes = Files.readAllBytes(stored);
    Files.delete(stored);
    String id;
    try {
      id = f.exported(f.analyst, BundleFixture.options("ALL", false, null, null));
      assertThat(f.awaitFinished(f.analyst, id).getString("status")).isEqualTo("FAILED");
    } finally {
      Files.write(stored, bytes);
    }
    Api.Answer check = api.post("api/v1/evidence/" + item + "/integrity-check", f.cw.token(), null);
    assertThat(check.json().getString("integrity")).as(check.body()).isEqualTo("OK");

    Page other = loggedIn(colleague.name(), ReviewFixture.PASSWORD);
    other.navigate(url("bundle/bundle.xhtml?id=" + id));
    assertThat(other.locator("#bundleStatus")).hasAttribute("data-status", "FAILED");
    assertThat(other.locator("#bundle\\:restart")).hasCount(0);
    other.close();

    Page page = loggedIn(f.analyst.name(), ReviewFixture.PASSWORD);
    page.navigate(url("bundle/bundle.xhtml?id=" + id));
    assertThat(page.locator("#bundleStatus")).hasAttribute("data-status", "FAILED");
    assertThat(page.locator("#bundle\\:error")).containsText(item);
    Browser.settle(page);
    clickUntil(page, "#bundle\\:restart", "#bundleRestart\\:confirmRestart");
    page.click("#bundleRestart\\:confirmRestart");
    assertThat(page.locator("#bundleStatus"))
        .hasAttribute(
            "data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(180_000));
    assertThat(page.locator("#sha256")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
    page.close();
  }
}
