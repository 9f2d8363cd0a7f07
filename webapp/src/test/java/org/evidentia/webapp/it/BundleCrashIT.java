package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.junit.jupiter.api.Test;

/**
 * Bundles on PostgreSQL, and a server killed while one is written: the WAR in its own process on a
 * fresh schema. An export is run to DONE and checked; then one large enough to be caught RUNNING is
 * cut off by {@code kill -9}; after a restart on the same schema and data directory it is FAILED as
 * interrupted, nothing of it is offered, and restarting it gives a bundle that verifies. Skipped
 * unless {@code EVIDENTIA_TEST_PG_URL} is set.
 */
class BundleCrashIT {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  /** Three originals of this size make the copy last seconds, long enough to be caught. */
  private static final long LARGE = 200L * 1024 * 1024;

  @Test
  void anExportCutOffByACrashIsFailedNeverOfferedAndRestarts() throws Exception {
    Path data = Files.createTempDirectory("evidentia-bundle-crash");
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_DATA_DIR", data.toString());
      // A cut-off export is noticed once its heartbeat is this old (30 s by default).
      env.put("EVIDENTIA_BUNDLE_STALE_AFTER", "PT6S");
      env.put("EVIDENTIA_EVIDENCE_MAX_SIZE", Long.toString(LARGE + 1024));
      // No scheduled fixity run re-hashing the large files while the test times the export.
      env.put("EVIDENTIA_EVIDENCE_FIXITY_INTERVAL", "PT24H");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

      String bundleId;
      User la;
      try (PayaraProcess first = PayaraProcess.start("bundle-crash-1", env)) {
        ReviewFixture fx = new ReviewFixture(first.api(), ADMIN, ADMIN_PASSWORD);
        BundleFixture f = new BundleFixture(fx, first.base());
        f.cw = fx.user("cw", "CASEWORKER");
        la = fx.user("la", "LEGAL_ANALYST");
        f.analyst = la;
        f.caseId = fx.openCase(f.cw, la);
        Incident incident = fx.incident(f.cw, f.caseId);
        f.upload(f.cw, incident, "small photo.jpg", BundleFixture.randomBytes(5_000));

        // A first export, to DONE on PostgreSQL.
        String small = f.exported(la, BundleFixture.options("ALL", false, null, null));
        JsonObject done = f.awaitDone(la, small);
        Path bag =
            BundleFixture.unzip(
                BundleFixture.download(http, first.base(), la.token(), small, done));
        BundleFixture.checksumTools(bag);
        BundleFixture.locVerifies(bag);

        for (int i = 0; i < 3; i++) {
          f.upload(
              f.cw,
              incident,
              "large recording " + i + ".bin",
              LARGE,
              () -> BundleFixture.randomStream(LARGE));
        }
        bundleId = f.exported(la, BundleFixture.options("ALL", false, null, null));
        JsonObject running = awaitRunningWithProgress(f, la, bundleId);
        // The first run of an export is attempt 1.
        Path partial = BundleFixture.bundles(data).resolve(bundleId + ".1.zip.partial");
        first.kill();
        assertThat(partial).as("caught mid-way: " + running).exists();
        assertThat(BundleFixture.bundles(data).resolve(bundleId + ".zip")).doesNotExist();
      }

      try (PayaraProcess second = PayaraProcess.start("bundle-crash-2", env)) {
        Api api = second.api();
        // Any instance's sweep fails it once its heartbeat is older than stale-after.
        JsonObject status =
            BundleFixture.awaitFinished(api, la.token(), bundleId, Duration.ofMinutes(1));
        assertThat(status.getString("status")).as(status.toString()).isEqualTo("FAILED");
        assertThat(status.getString("error")).contains("interrupted");
        assertThat(BundleFixture.bundles(data).resolve(bundleId + ".1.zip.partial")).doesNotExist();
        assertThat(BundleFixture.bundles(data).resolve(bundleId + ".zip")).doesNotExist();
        Api.Answer content = api.get("api/v1/bundles/" + bundleId + "/content", la.token());
        assertThat(content.status()).as(content.body()).isEqualTo(409);

        Api.Answer restarted =
            api.post("api/v1/bundles/" + bundleId + "/restart", la.token(), "{}");
        assertThat(restarted.status()).as(restarted.body()).isEqualTo(202);
        JsonObject done =
            BundleFixture.awaitFinished(api, la.token(), bundleId, Duration.ofMinutes(5));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
        Path zip = BundleFixture.download(http, second.base(), la.token(), bundleId, done);
        Path bag = BundleFixture.unzip(zip);
        BundleFixture.checksumTools(bag);
        BundleFixture.locVerifies(bag);
        BundleFixture.ourVerifierAgrees(bag, zip);
        Files.delete(zip);
        deleteTree(bag.getParent());
        Api.Answer chain = api.get("api/v1/audit/verification", api.token(ADMIN, ADMIN_PASSWORD));
        assertThat(chain.json().getBoolean("valid")).as(chain.body()).isTrue();
      }
    } finally {
      // Over a gigabyte of originals and bundles: not left in the temporary directory.
      deleteTree(data);
    }
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (java.util.stream.Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Polls quickly until the export is RUNNING with some progress saved. */
  private static JsonObject awaitRunningWithProgress(BundleFixture f, User la, String bundleId)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(120);
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      last = f.status(la, bundleId);
      String status = last.getString("status");
      if (status.equals("RUNNING") && last.getJsonNumber("progress").doubleValue() > 0) {
        return last;
      }
      assertThat(status)
          .as("the export ended before it could be caught RUNNING: " + last)
          .isIn("QUEUED", "RUNNING");
      Thread.sleep(50);
    }
    throw new AssertionError("never RUNNING with progress within 120 s; last: " + last);
  }
}
