package org.evidentia.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evidentia.webapp.it.ReviewFixture.Incident;
import org.evidentia.webapp.it.ReviewFixture.User;
import org.junit.jupiter.api.Test;

/**
 * The operator's backup and restore drill ({@code ops/backup.sh}, {@code ops/restore-drill.sh}) on
 * PostgreSQL: a backup taken while the server runs restores into a fresh database and directory
 * where every evidence hash and the audit chain verify; a backup with one altered evidence file
 * fails the drill, which names the file. Runs whenever {@code EVIDENTIA_TEST_PG_URL} is set.
 */
class BackupRestoreIT {

  private static final String ADMIN = "backup-admin";
  private static final String ADMIN_PASSWORD = "backup admin passphrase 1";
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  record Run(int exit, String output) {}

  @Test
  void backupTakenWhileRunningPassesTheDrillAndAnAlteredFileFailsIt() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      Path data = Files.createTempDirectory("evidentia-backup-it");
      env.put("EVIDENTIA_DATA_DIR", data.toString());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_TWO_FACTOR_REQUIRED_ROLES", "none");
      Path backup = Files.createTempDirectory("evidentia-backup-it-dest").resolve("backup");
      List<String> shas = new ArrayList<>();
      try (PayaraProcess server = PayaraProcess.start("backup-origin", env)) {
        ReviewFixture fx = new ReviewFixture(server.api(), ADMIN, ADMIN_PASSWORD);
        User caseworker = fx.user("backup-cw", "CASEWORKER");
        Incident incident = fx.incident(caseworker, fx.openCase(caseworker));
        for (int i = 0; i < 3; i++) {
          byte[] bytes =
              ("evidence file " + i + " for the backup test\n")
                  .repeat(50 + i)
                  .getBytes(StandardCharsets.UTF_8);
          Api.Answer uploaded =
              Uploads.upload(server.base(), caseworker, incident, "photo-" + i + ".jpg", bytes);
          assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
          shas.add(sha256(bytes));
        }

        // Online: the server keeps running while the backup is taken.
        Map<String, String> backupEnv = new HashMap<>(schema.env());
        backupEnv.put("EVIDENTIA_DATA_DIR", data.toString());
        Run made = run(backupEnv, "ops/backup.sh", backup.toString());
        assertThat(made.exit()).as(made.output()).isZero();
      }
      String manifest = Files.readString(backup.resolve("MANIFEST"));
      assertThat(manifest)
          .contains("database: postgresql", "evidence-files: 3", "database-dump-sha256: ");
      assertThat(backup.resolve("database.dump")).isNotEmptyFile();

      List<String> databasesBefore = drillDatabases(schema);
      Map<String, String> drillEnv = drillEnv(schema);
      Run passed = run(drillEnv, "ops/restore-drill.sh", backup.toString());
      assertThat(passed.exit()).as(passed.output()).isZero();
      assertThat(passed.output())
          .contains("offline: 3 contents in the database, 3 plain files hash right")
          .contains("server: 3 contents re-hashed, 0 failed")
          .contains("audit chain: valid")
          .contains("RESTORE DRILL: PASS (3 evidence contents verified");

      // One byte of one file changed in a copy of the backup.
      Path tampered = backup.resolveSibling("tampered");
      Run copied = run(Map.of(), "cp", "-a", backup.toString(), tampered.toString());
      assertThat(copied.exit()).as(copied.output()).isZero();
      String victim = shas.get(1);
      Path file =
          tampered.resolve(
              "evidence/originals/"
                  + victim.substring(0, 2)
                  + "/"
                  + victim.substring(2, 4)
                  + "/"
                  + victim);
      byte[] bytes = Files.readAllBytes(file);
      bytes[0] ^= 1;
      assertThat(file.toFile().setWritable(true)).isTrue(); // the store keeps originals read-only
      Files.write(file, bytes);
      Run failed = run(drillEnv, "ops/restore-drill.sh", tampered.toString());
      assertThat(failed.exit()).as(failed.output()).isEqualTo(1);
      assertThat(failed.output())
          .contains("FAIL: evidence content " + victim + ": file originals/")
          .contains("server: 3 contents re-hashed, 1 failed")
          .contains("FAIL: fixity: content " + victim + " (photo-1.jpg)")
          .contains("RESTORE DRILL: FAIL");
      for (String other : List.of(shas.get(0), shas.get(2))) {
        assertThat(failed.output()).doesNotContain("FAIL: evidence content " + other);
      }

      // The drills left no database behind.
      assertThat(drillDatabases(schema)).isEqualTo(databasesBefore);
    }
  }

  private static Map<String, String> drillEnv(PgSchema schema) {
    Map<String, String> env = new HashMap<>();
    env.put("EVIDENTIA_DB_USER", schema.user());
    env.put("EVIDENTIA_DB_PASSWORD", "unused-with-trust-auth");
    env.put("EVIDENTIA_WAR", System.getProperty("evidentia.war"));
    env.put("EVIDENTIA_PAYARA_MICRO", System.getProperty("payara.microJar"));
    env.put("EVIDENTIA_PREBOOT_COMMANDS", System.getProperty("payara.bootCommands"));
    return env;
  }

  private static List<String> drillDatabases(PgSchema schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = schema.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT datname FROM pg_database WHERE datname LIKE 'evidentia_drill_%'"
                        + " ORDER BY datname")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /** Runs a command from the project root with these variables added; output and error merged. */
  private static Run run(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(command));
    if (line.get(0).startsWith("ops/")) {
      line.set(0, ROOT.resolve(line.get(0)).toString());
    }
    Path output = Files.createTempFile("evidentia-backup-it-", ".out");
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    List.of("EVIDENTIA_DB_URL", "EVIDENTIA_DB_USER", "EVIDENTIA_DB_PASSWORD", "EVIDENTIA_DATA_DIR")
        .forEach(builder.environment()::remove);
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(6, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(
          String.join(" ", command) + " did not end in 6 minutes:\n" + Files.readString(output));
    }
    return new Run(process.exitValue(), Files.readString(output));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
