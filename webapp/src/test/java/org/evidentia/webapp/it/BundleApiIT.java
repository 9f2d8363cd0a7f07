package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case bundles through the API of the real WAR: accepted, polled, downloaded, unpacked and checked
 * with sha256sum/sha512sum and the Library of Congress verifier; what each option puts in; who is
 * refused and how it is audited; and exports that fail on an evidence file missing or altered on
 * disk, leaving nothing that looks like a bundle behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BundleApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.evidentia();
  }

  @ArquillianResource URL deployment;

  /** One rich case, built once: test order is not fixed, so no test changes it. */
  private static BundleFixture shared;

  private Api api() {
    return new Api(deployment);
  }

  private URI base() {
    return URI.create(deployment.toString());
  }

  private ReviewFixture fx() {
    return new ReviewFixture(api(), "admin", Api.DEMO_PASSWORD);
  }

  private synchronized BundleFixture shared() {
    if (shared == null) {
      BundleFixture f = new BundleFixture(fx(), base()).build();
      // Nothing is EXPORTED before the first export.
      for (String id : f.allEvidence()) {
        assertThat(f.custodyTypes(f.cw, id)).doesNotContain("EXPORTED");
      }
      shared = f;
    }
    return shared;
  }

  private static Path dataDir() {
    String dir = System.getenv("EVIDENTIA_DATA_DIR");
    assertThat(dir).as("EVIDENTIA_DATA_DIR is set by the pom").isNotBlank();
    return Path.of(dir).toAbsolutePath().normalize();
  }

  private static void assertError(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).doesNotContain("Exception");
  }

  private List<JsonObject> audit(BundleFixture f, String query) {
    return f.cf.audit(query);
  }

  private void auditChainValid(BundleFixture f) {
    Api.Answer verification = f.api.get("api/v1/audit/verification", f.fx.adminToken());
    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.json().getBoolean("valid")).as(verification.body()).isTrue();
  }

  // ---- a bundle of the verified incidents --------------------------------------------------

  @Test
  void verifiedBundleIsPolledDownloadedAndVerifiesWithIndependentTools() throws Exception {
    BundleFixture f = shared();
    String id = f.exported(f.analyst, "{}");
    JsonObject done = f.awaitDone(f.analyst, id);
    assertThat(done.getJsonNumber("progress").doubleValue()).isEqualTo(1.0);
    assertThat(done.getString("sha256")).matches("[0-9a-f]{64}");
    assertThat(done.getString("incidents")).isEqualTo("VERIFIED");
    assertThat(done.getInt("incidentCount")).isEqualTo(1);
    assertThat(done.getInt("unverifiedCount")).isZero();
    assertThat(done.getInt("evidenceCount")).isEqualTo(BundleFixture.AWKWARD_NAMES.size());
    assertThat(done.isNull("error")).isTrue();

    // Any member of the case team may download it, not only the exporter.
    Path zip = f.download(f.rev1, id, done);
    Path bag = BundleFixture.unzip(zip);
    BundleFixture.checksumTools(bag);
    BundleFixture.locVerifies(bag);
    BundleFixture.ourVerifierAgrees(bag, zip);
    BundleFixture.tamperingIsCaught(bag);
    manifestPathsNameRealFiles(bag);

    // The EXPORTED event on every item in it, and on nothing else.
    for (String item : f.verifiedEvidence.values()) {
      assertThat(custodyMentioning(f, item, id)).containsExactly("EXPORTED");
    }
    assertThat(custodyMentioning(f, f.reportedEvidence, id)).isEmpty();

    // Only the verified incident; persons as pseudonyms.
    String caseJson = Files.readString(bag.resolve("data/case.json"), StandardCharsets.UTF_8);
    JsonObject doc = ReviewFixture.parse(caseJson);
    assertThat(doc.getString("bundleId")).isEqualTo(id);
    List<JsonObject> incidents = doc.getJsonArray("incidents").getValuesAs(JsonObject.class);
    assertThat(incidents).hasSize(1);
    JsonObject incident = incidents.get(0);
    assertThat(incident.getString("marking")).isEqualTo("VERIFIED");
    assertThat(incident.getJsonObject("incident").getString("id")).isEqualTo(f.verified.id());
    JsonObject person = incident.getJsonArray("persons").getJsonObject(0);
    assertThat(person.getString("pseudonym")).isEqualTo(f.pseudonym);
    assertThat(person.isNull("protectedIdentity")).isTrue();
    assertThat(incident.getJsonObject("review").getString("status")).isEqualTo("VERIFIED");
    assertThat(incident.getJsonObject("review").getJsonArray("signOffs")).hasSize(2);
    JsonObject classification = incident.getJsonArray("classifications").getJsonObject(0);
    assertThat(classification.getJsonArray("links")).hasSize(1);

    // The uploaders' names survive in the data; their files sit in the bag under safe names.
    List<JsonObject> evidence = incident.getJsonArray("evidence").getValuesAs(JsonObject.class);
    assertThat(evidence).hasSize(BundleFixture.AWKWARD_NAMES.size());
    assertThat(evidence.stream().map(e -> e.getJsonObject("item").getString("originalFileName")))
        .contains("photo with spaces.jpg", "100% proof.jpg", "свідчення очевидця.jpg");
    for (JsonObject e : evidence) {
      Path file = bag.resolve(e.getString("bagPath"));
      assertThat(file).as(e.getString("bagPath")).isRegularFile();
      assertThat(BundleFixture.sha256(file)).isEqualTo(e.getJsonObject("item").getString("sha256"));
      assertThat(e.getString("bagPath")).doesNotContain("\n", "\r", "%");
    }
    assertThat(evidence.stream().map(e -> e.getString("bagPath")))
        .anySatisfy(p -> assertThat(p).endsWith("-photo with spaces.jpg"))
        .anySatisfy(p -> assertThat(p).endsWith("-свідчення очевидця.jpg"));

    BundleFixture.conformsToSchema(caseJson);
    protectedNameNowhere(zip, f.protectedName);
    auditExtractHashesRecompute(bag);

    // Downloading is audited; the finished bundle is recorded with its hash.
    assertThat(audit(f, id))
        .extracting(e -> e.getString("action"))
        .contains("BUNDLE_REQUESTED", "BUNDLE_EXPORTED", "BUNDLE_DOWNLOADED");
    assertThat(audit(f, id))
        .filteredOn(e -> e.getString("action").equals("BUNDLE_EXPORTED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("actor")).isEqualTo(f.analyst.name());
              assertThat(e.getString("details")).contains(done.getString("sha256"));
            });
    // The bundle is listed for the case team.
    Api.Answer list = f.api.get("api/v1/cases/" + f.caseId + "/bundles", f.cw.token());
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains(id);
    auditChainValid(f);
  }

  private static List<String> custodyMentioning(BundleFixture f, String evidenceId, String id) {
    Api.Answer answer = f.api.get("api/v1/evidence/" + evidenceId + "/custody", f.cw.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(e -> !e.isNull("details") && e.getString("details").contains(id))
        .map(e -> e.getString("type"))
        .toList();
  }

  /** Every manifest line, percent-decoded as RFC 8493 says, names a file that is there. */
  private static void manifestPathsNameRealFiles(Path bag) throws IOException {
    for (String manifest : List.of("manifest-sha256.txt", "manifest-sha512.txt")) {
      List<String> lines = Files.readAllLines(bag.resolve(manifest), StandardCharsets.UTF_8);
      assertThat(lines).isNotEmpty();
      for (String line : lines) {
        String path = line.substring(line.indexOf("  ") + 2);
        String decoded = path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
        assertThat(bag.resolve(decoded)).as(manifest + ": " + line).isRegularFile();
      }
    }
  }

  /** The protected name is in no entry of the ZIP, the PDF's text included. */
  private static void protectedNameNowhere(Path zip, String name) throws IOException {
    byte[] needle = name.getBytes(StandardCharsets.UTF_8);
    for (Map.Entry<String, byte[]> entry : BundleFixture.entries(zip).entrySet()) {
      assertThat(indexOf(entry.getValue(), needle)).as(entry.getKey()).isEqualTo(-1);
      if (entry.getKey().endsWith(".pdf")) {
        try (PDDocument pdf = Loader.loadPDF(entry.getValue())) {
          assertThat(new PDFTextStripper().getText(pdf)).doesNotContain(name);
        }
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Each entry's hash recomputed from the canonical form the extract documents. */
  private static void auditExtractHashesRecompute(Path bag) throws Exception {
    JsonObject extract = BundleFixture.json(bag.resolve("data/audit-extract.json"));
    assertThat(extract.getString("hashAlgorithm")).isEqualTo("SHA-256");
    List<JsonObject> entries = extract.getJsonArray("entries").getValuesAs(JsonObject.class);
    assertThat(entries).isNotEmpty();
    JsonObject previous = null;
    int linked = 0;
    for (JsonObject e : entries) {
      StringBuilder canonical = new StringBuilder();
      canonical.append(field(Long.toString(e.getJsonNumber("sequence").longValue())));
      for (String name :
          List.of(
              "recordedAt",
              "actor",
              "action",
              "targetType",
              "targetId",
              "address",
              "details",
              "previousHash")) {
        JsonValue value = e.get(name);
        canonical.append(
            value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? "-\n"
                : field(((JsonString) value).getString()));
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String hash =
          HexFormat.of()
              .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
      assertThat(hash)
          .as("hash of entry " + e.getJsonNumber("sequence"))
          .isEqualTo(e.getString("hash"));
      if (previous != null) {
        long gap =
            e.getJsonNumber("sequence").longValue()
                - previous.getJsonNumber("sequence").longValue();
        assertThat(gap).as("entries are in order").isPositive();
        if (gap == 1) {
          assertThat(e.getString("previousHash")).isEqualTo(previous.getString("hash"));
          linked++;
        }
      }
      previous = e;
    }
    assertThat(linked).as("consecutive entries to check the links with").isPositive();
  }

  private static String field(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length + ":" + value + "\n";
  }

  // ---- ALL incidents -----------------------------------------------------------------------

  @Test
  void allIncidentsMarkTheUnverifiedOneInEveryFile() throws Exception {
    BundleFixture f = shared();
    String id = f.exported(f.analyst, BundleFixture.options("ALL", false, null, null));
    JsonObject done = f.awaitDone(f.analyst, id);
    assertThat(done.getInt("incidentCount")).isEqualTo(2);
    assertThat(done.getInt("unverifiedCount")).isEqualTo(1);
    Path zip = f.download(f.analyst, id, done);
    Path bag = BundleFixture.unzip(zip);
    BundleFixture.checksumTools(bag);
    BundleFixture.locVerifies(bag);

    String caseJson = Files.readString(bag.resolve("data/case.json"), StandardCharsets.UTF_8);
    BundleFixture.conformsToSchema(caseJson);
    JsonObject doc = ReviewFixture.parse(caseJson);
    assertThat(doc.getJsonObject("options").getInt("unverifiedIncidents")).isEqualTo(1);
    JsonObject reported =
        doc.getJsonArray("incidents").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getJsonObject("incident").getString("id").equals(f.reported.id()))
            .findFirst()
            .orElseThrow();
    assertThat(reported.getString("marking")).isEqualTo("UNVERIFIED");
    // Both sources' claims, though they disagree.
    assertThat(reported.getJsonArray("claims").getValuesAs(JsonObject.class))
        .extracting(c -> c.getJsonObject("killed").getInt("min"))
        .containsExactlyInAnyOrder(1, 5);
    assertThat(reported.getJsonArray("sources")).hasSize(2);

    List<List<String>> custody =
        ClassificationFixture.parseCsv(
            Files.readString(bag.resolve("data/custody-log.csv"), StandardCharsets.UTF_8));
    int marking = custody.get(0).indexOf("incident_marking");
    int evidence = custody.get(0).indexOf("evidence_id");
    assertThat(marking).isNotNegative();
    assertThat(custody.subList(1, custody.size()))
        .allSatisfy(
            row ->
                assertThat(row.get(marking))
                    .isEqualTo(
                        row.get(evidence).equals(f.reportedEvidence) ? "UNVERIFIED" : "VERIFIED"))
        .anySatisfy(row -> assertThat(row.get(evidence)).isEqualTo(f.reportedEvidence));

    JsonObject extract = BundleFixture.json(bag.resolve("data/audit-extract.json"));
    assertThat(extract.getJsonArray("unverifiedIncidents").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly(f.reported.id());

    String matrixText = Files.readString(bag.resolve("data/matrix.csv"), StandardCharsets.UTF_8);
    List<List<String>> matrix =
        ClassificationFixture.parseCsv(
            matrixText.startsWith("\uFEFF") ? matrixText.substring(1) : matrixText);
    int column = matrix.get(1).indexOf(f.reported.id());
    assertThat(column).as("the unverified incident is a matrix column").isPositive();
    assertThat(matrix.get(2).get(4)).isEqualTo("incident status");
    assertThat(matrix.get(2).get(column)).startsWith("NOT VERIFIED");
    assertThat(matrix.get(2).get(matrix.get(1).indexOf(f.verified.id()))).isEqualTo("VERIFIED");

    // Its evidence was exported this time.
    assertThat(custodyMentioning(f, f.reportedEvidence, id)).containsExactly("EXPORTED");
    protectedNameNowhere(zip, f.protectedName);
  }

  // ---- revealing protected identities ------------------------------------------------------

  @Test
  void revealingIdentitiesNeedsTheRightThePasswordAndAReason() throws Exception {
    BundleFixture f = shared();
    String reason = "the prosecutor's office asked for the witness by name " + f.caseId;

    assertError(
        f.export(f.plainAnalyst, BundleFixture.options(null, true, reason, ReviewFixture.PASSWORD)),
        403);
    assertThat(audit(f, f.caseId))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("BUNDLE_REFUSED");
              assertThat(e.getString("actor")).isEqualTo(f.plainAnalyst.name());
              assertThat(e.getString("details")).contains("protected identities");
            });

    assertError(f.export(f.analyst, BundleFixture.options(null, true, reason, "wrong")), 403);
    assertThat(audit(f, f.caseId))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("BUNDLE_REFUSED");
              assertThat(e.getString("actor")).isEqualTo(f.analyst.name());
              assertThat(e.getString("details")).contains("password");
            });
    Api.Answer noReason =
        f.export(f.analyst, BundleFixture.options(null, true, null, ReviewFixture.PASSWORD));
    assertError(noReason, 400);
    assertThat(ReviewFixture.violationFields(noReason)).containsExactly("reason");

    String id =
        f.exported(f.analyst, BundleFixture.options(null, true, reason, ReviewFixture.PASSWORD));
    JsonObject done = f.awaitDone(f.analyst, id);
    assertThat(done.getBoolean("revealProtectedIdentities")).isTrue();
    assertThat(done.getString("reason")).isEqualTo(reason);
    assertThat(done.toString()).doesNotContain(ReviewFixture.PASSWORD);
    Path bag = BundleFixture.unzip(f.download(f.analyst, id, done));
    BundleFixture.checksumTools(bag);
    String caseJson = Files.readString(bag.resolve("data/case.json"), StandardCharsets.UTF_8);
    BundleFixture.conformsToSchema(caseJson);
    JsonObject person =
        ReviewFixture.parse(caseJson)
            .getJsonArray("incidents")
            .getJsonObject(0)
            .getJsonArray("persons")
            .getJsonObject(0);
    assertThat(person.getJsonObject("protectedIdentity").getString("name"))
        .isEqualTo(f.protectedName);
    assertThat(ReviewFixture.parse(caseJson).getJsonObject("options").getString("reason"))
        .isEqualTo(reason);
    assertThat(caseJson).doesNotContain(ReviewFixture.PASSWORD);
    assertThat(audit(f, id))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("BUNDLE_REQUESTED");
              assertThat(e.getString("details")).contains("REVEALED").contains(reason);
            });
    auditChainValid(f);
  }

  // ---- who may export, and bad requests ----------------------------------------------------

  @Test
  void onlyLegalAnalystsOnTheTeamExportAndOnlyTheTeamSeesBundles() throws Exception {
    BundleFixture f = shared();
    assertError(f.export(f.cw, "{}"), 403);
    assertError(f.export(f.rev1, "{}"), 403);
    assertThat(audit(f, f.caseId))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("BUNDLE_REFUSED");
              assertThat(e.getString("actor")).isEqualTo(f.cw.name());
            });
    assertError(f.export(f.outsider, "{}"), 404);

    String id = f.exported(f.plainAnalyst, "{}");
    JsonObject done = f.awaitDone(f.plainAnalyst, id);
    assertError(f.api.get("api/v1/bundles/" + id, f.outsider.token()), 404);
    assertError(f.content(f.outsider, id), 404);
    assertError(f.api.post("api/v1/bundles/" + id + "/restart", f.outsider.token(), "{}"), 404);
    assertThat(f.api.get("api/v1/cases/" + f.caseId + "/bundles", f.outsider.token()).status())
        .isEqualTo(404);
    // A DONE export is not restarted.
    assertError(f.api.post("api/v1/bundles/" + id + "/restart", f.plainAnalyst.token(), "{}"), 409);
    assertThat(f.status(f.plainAnalyst, id).getString("sha256"))
        .isEqualTo(done.getString("sha256"));
    assertError(f.api.get("api/v1/bundles/no-such-bundle", f.analyst.token()), 404);
  }

  @Test
  void badOptionsAreRefused() {
    BundleFixture f = shared();
    assertError(f.export(f.analyst, "{\"incidents\": "), 400);
    Api.Answer french = f.export(f.analyst, "{\"language\":\"fr\"}");
    assertError(french, 400);
    assertThat(ReviewFixture.violationFields(french))
        .anySatisfy(v -> assertThat(v).contains("language"));
    assertError(f.export(f.analyst, "{\"incidents\":\"SOME\"}"), 400);
  }

  @Test
  void aCaseWithoutVerifiedIncidentsSaysSo() throws Exception {
    ReviewFixture fx = fx();
    User cw = fx.user("cw", "CASEWORKER");
    User la = fx.user("la", "LEGAL_ANALYST");
    String caseId = fx.openCase(cw, la);
    fx.incident(cw, caseId);
    Api.Answer refused = fx.api.post("api/v1/cases/" + caseId + "/bundles", la.token(), "{}");
    assertError(refused, 409);
    assertThat(refused.json().getString("message")).contains("no VERIFIED incident");
    // Exporting ALL is possible, the incident marked.
    Api.Answer all =
        fx.api.post(
            "api/v1/cases/" + caseId + "/bundles",
            la.token(),
            BundleFixture.options("ALL", false, null, null));
    assertThat(all.status()).as(all.body()).isEqualTo(202);
    JsonObject done =
        BundleFixture.awaitFinished(
            fx.api, la.token(), all.json().getString("id"), java.time.Duration.ofSeconds(120));
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getInt("unverifiedCount")).isEqualTo(1);
  }

  // ---- failures on disk --------------------------------------------------------------------

  /** A small case of its own, exported with ALL so no review is needed. */
  private record Small(ReviewFixture fx, BundleFixture f, Incident incident, List<String> ids) {}

  private Small small() {
    ReviewFixture fx = fx();
    BundleFixture f = new BundleFixture(fx, base());
    f.cw = fx.user("cw", "CASEWORKER");
    f.analyst = fx.user("la", "LEGAL_ANALYST");
    f.caseId = fx.openCase(f.cw, f.analyst);
    Incident incident = fx.incident(f.cw, f.caseId);
    List<String> ids = new ArrayList<>();
    ids.add(f.upload(f.cw, incident, "first.jpg", BundleFixture.randomBytes(3_000)));
    ids.add(f.upload(f.cw, incident, "second file.jpg", BundleFixture.randomBytes(3_100)));
    return new Small(fx, f, incident, ids);
  }

  private static void nothingLeftFor(String bundleId) throws IOException {
    Path dir = BundleFixture.bundles(dataDir());
    assertThat(dir.resolve(bundleId + ".zip")).doesNotExist();
    // Nor the partial file of any attempt (<id>.<attempt>.zip.partial).
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(bundleId) && name.endsWith(".partial"));
    }
  }

  @Test
  void aMissingEvidenceFileStopsTheExportAndNamesTheItem() throws Exception {
    Small s = small();
    BundleFixture f = s.f();
    String victim = s.ids().get(1);
    Path stored = BundleFixture.original(dataDir(), f.evidence(f.cw, victim).getString("sha256"));
    byte[] bytes = Files.readAllBytes(stored);
    Files.delete(stored);
    String id;
    try {
      id = f.exported(f.analyst, BundleFixture.options("ALL", false, null, null));
      JsonObject failed = f.awaitFinished(f.analyst, id);
      assertThat(failed.getString("status")).isEqualTo("FAILED");
      assertThat(failed.getString("error")).contains(victim);
      assertThat(failed.isNull("sha256")).isTrue();
      nothingLeftFor(id);
      assertError(f.content(f.analyst, id), 409);
      for (String item : s.ids()) {
        assertThat(custodyMentioning(f, item, id)).isEmpty();
      }
      assertThat(audit(f, id)).extracting(e -> e.getString("action")).contains("BUNDLE_FAILED");
    } finally {
      Files.write(stored, bytes);
    }
    // Restored and checked again (a fixity run may have seen it missing meanwhile): it restarts.
    Api.Answer check =
        f.api.post("api/v1/evidence/" + victim + "/integrity-check", f.cw.token(), null);
    assertThat(check.json().getString("integrity")).as(check.body()).isEqualTo("OK");
    Api.Answer restarted = f.api.post("api/v1/bundles/" + id + "/restart", f.analyst.token(), "{}");
    assertThat(restarted.status()).as(restarted.body()).isEqualTo(202);
    JsonObject done = f.awaitDone(f.analyst, id);
    Path bag = BundleFixture.unzip(f.download(f.analyst, id, done));
    BundleFixture.checksumTools(bag);
    BundleFixture.locVerifies(bag);
    for (String item : s.ids()) {
      assertThat(custodyMentioning(f, item, id)).containsExactly("EXPORTED");
    }
    auditChainValid(f);
  }

  @Test
  void anAlteredEvidenceFileFailsTheExportAndTheItemsIntegrity() throws Exception {
    Small s = small();
    BundleFixture f = s.f();
    String victim = s.ids().get(0);
    Path stored = BundleFixture.original(dataDir(), f.evidence(f.cw, victim).getString("sha256"));
    byte[] bytes = Files.readAllBytes(stored);
    byte[] altered = bytes.clone();
    altered[100] ^= 0x01;
    stored.toFile().setWritable(true, true);
    Files.write(stored, altered);
    String id;
    try {
      id = f.exported(f.analyst, BundleFixture.options("ALL", false, null, null));
      JsonObject failed = f.awaitFinished(f.analyst, id);
      assertThat(failed.getString("status")).isEqualTo("FAILED");
      assertThat(failed.getString("error")).contains(victim);
      nothingLeftFor(id);
      assertError(f.content(f.analyst, id), 409);
      assertThat(f.evidence(f.cw, victim).getString("integrity")).isEqualTo("FAILED");
    } finally {
      Files.write(stored, bytes);
    }
    // Restored but not re-checked: the item is still refused, so the restart fails again.
    Api.Answer again = f.api.post("api/v1/bundles/" + id + "/restart", f.analyst.token(), "{}");
    assertThat(again.status()).as(again.body()).isEqualTo(202);
    JsonObject refused = f.awaitFinished(f.analyst, id);
    assertThat(refused.getString("status")).isEqualTo("FAILED");
    assertThat(refused.getString("error")).contains(victim).contains("integrity");
    nothingLeftFor(id);
    // Once a check finds the original intact again, the restart succeeds.
    Api.Answer check =
        f.api.post("api/v1/evidence/" + victim + "/integrity-check", f.cw.token(), null);
    assertThat(check.json().getString("integrity")).as(check.body()).isEqualTo("OK");
    assertThat(f.api.post("api/v1/bundles/" + id + "/restart", f.analyst.token(), "{}").status())
        .isEqualTo(202);
    JsonObject done = f.awaitDone(f.analyst, id);
    Path bag = BundleFixture.unzip(f.download(f.analyst, id, done));
    BundleFixture.checksumTools(bag);
    BundleFixture.locVerifies(bag);
    auditChainValid(f);
  }

  // ---- a double click ----------------------------------------------------------------------

  /**
   * Two identical requests at once: the second is refused while the first waits or runs (409,
   * saying so), unless both slip past that check together, in which case both bundles are whole.
   * Either way nothing is corrupted and every accepted export verifies on its own.
   */
  @Test
  void aDoubleClickNeverCorruptsAnExport() throws Exception {
    BundleFixture f = shared();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Api.Answer> click = () -> f.export(f.analyst, "{}");
      Future<Api.Answer> first = pool.submit(click);
      Future<Api.Answer> second = pool.submit(click);
      List<Api.Answer> answers = List.of(first.get(), second.get());
      List<String> accepted = new java.util.ArrayList<>();
      for (Api.Answer answer : answers) {
        assertThat(answer.status()).as(answer.body()).isIn(202, 409);
        if (answer.status() == 409) {
          assertThat(answer.json().getString("message")).contains("already");
        } else {
          accepted.add(answer.json().getString("id"));
        }
      }
      assertThat(accepted).isNotEmpty().doesNotHaveDuplicates();
      for (String id : accepted) {
        JsonObject done = f.awaitDone(f.analyst, id);
        Path bag = BundleFixture.unzip(f.download(f.analyst, id, done));
        BundleFixture.checksumTools(bag);
        BundleFixture.locVerifies(bag);
        assertThat(BundleFixture.json(bag.resolve("data/case.json")).getString("bundleId"))
            .isEqualTo(id);
        for (String item : f.verifiedEvidence.values()) {
          assertThat(custodyMentioning(f, item, id)).containsExactly("EXPORTED");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
