package org.evidentia.webapp.it;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The access-control table ({@link AccessControlTable}) on PostgreSQL: the WAR in its own process
 * on a fresh schema, the first administrator from {@code EVIDENTIA_ADMIN_*}. Skipped unless {@code
 * EVIDENTIA_TEST_PG_URL} is set.
 */
class AccessControlPostgresIT {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  @Test
  void everyEndpointAnswersEachCallerAsTheTableSaysOnPostgres() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_DATA_DIR", Files.createTempDirectory("evidentia-access-pg").toString());
      try (PayaraProcess server = PayaraProcess.start("access-pg", env)) {
        AccessControlTable table =
            new AccessControlTable(
                new ReviewFixture(server.api(), ADMIN, ADMIN_PASSWORD), server.base());
        table.check();
      }
    }
  }
}
