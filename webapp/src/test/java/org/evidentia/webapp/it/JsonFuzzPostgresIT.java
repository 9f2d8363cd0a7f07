package org.evidentia.webapp.it;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonFuzzIT} on PostgreSQL, which refuses some text H2 stores (a NUL character). Skipped
 * unless {@code EVIDENTIA_TEST_PG_URL} is set.
 */
class JsonFuzzPostgresIT {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "first admin passphrase 1";

  @Test
  void everyJsonEndpointAnswersGeneratedBodiesWithAClear4xxOnPostgres() throws Exception {
    try (PgSchema schema = PgSchema.create()) {
      Map<String, String> env = new HashMap<>(schema.env());
      env.put("EVIDENTIA_ADMIN_USERNAME", ADMIN);
      env.put("EVIDENTIA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("EVIDENTIA_DATA_DIR", Files.createTempDirectory("evidentia-fuzz-pg").toString());
      try (PayaraProcess server = PayaraProcess.start("fuzz-pg", env)) {
        JsonFuzzIT.fuzz(new ReviewFixture(server.api(), ADMIN, ADMIN_PASSWORD), server.base());
      }
    }
  }
}
