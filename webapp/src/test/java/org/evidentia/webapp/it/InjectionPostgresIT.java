package org.evidentia.webapp.it;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Injection on PostgreSQL ({@link Injection}), in a server process whose log file the test reads:
 * metacharacters in every list parameter, and CR/LF in names forging no log line. Skipped unless
 * {@code EVIDENTIA_TEST_PG_URL} is set.
 */
class InjectionPostgresIT {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  @Test
  void metacharactersAndNewlinesOnPostgres() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_DATA_DIR", Files.createTempDirectory("evidentia-inject-pg").toString());
      try (PayaraProcess server = PayaraProcess.start("inject-pg", env)) {
        Injection injection =
            new Injection(new ReviewFixture(server.api(), ADMIN, ADMIN_PASSWORD), server.base());
        injection.metacharactersInEveryListParameter();
        injection.newlinesInNamesForgeNoLogLines(server.log());
      }
    }
  }
}
