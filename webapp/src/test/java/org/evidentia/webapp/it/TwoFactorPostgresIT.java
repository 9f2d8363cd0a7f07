package org.evidentia.webapp.it;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link TwoFactorIT} on PostgreSQL (a fresh schema, demo mode on): the row lock that makes a code
 * good once, and the migration. Skipped unless {@code EVIDENTIA_TEST_PG_URL} is set.
 */
class TwoFactorPostgresIT extends TwoFactorIT {

  private PgSchema schema;

  @Override
  Map<String, String> environment() throws Exception {
    schema = PgSchema.create();
    Map<String, String> env = super.environment();
    env.putAll(schema.env());
    return env;
  }

  @Override
  String name() {
    return "two-factor-pg";
  }

  /** The server first, then its schema. */
  @Override
  @AfterAll
  void stop() throws Exception {
    super.stop();
    if (schema != null) {
      schema.close();
    }
  }
}
