package org.evidentia.webapp.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL schema {@code evd_it_<random>} in the database of {@code
 * EVIDENTIA_TEST_PG_URL} (as {@code EVIDENTIA_TEST_PG_USER}, default {@code postgres}, trust
 * authentication), dropped with everything in it on {@link #close()}. {@link #create()} skips the
 * calling test (or test class, from {@code @BeforeAll}) when {@code EVIDENTIA_TEST_PG_URL} is not
 * set.
 */
final class PgSchema implements AutoCloseable {

  static final String URL_VARIABLE = "EVIDENTIA_TEST_PG_URL";

  private static final String PG_URL = System.getenv(URL_VARIABLE);
  private static final String PG_USER =
      System.getenv().getOrDefault("EVIDENTIA_TEST_PG_USER", "postgres");

  private final String name;

  private PgSchema(String name) {
    this.name = name;
  }

  /** Whether {@code EVIDENTIA_TEST_PG_URL} is set, that is whether PostgreSQL tests run. */
  static boolean configured() {
    return PG_URL != null && !PG_URL.isBlank();
  }

  /** Creates the schema, or skips the test (a JUnit assumption) when PostgreSQL is not set up. */
  static PgSchema create() throws SQLException {
    Assumptions.assumeTrue(configured(), URL_VARIABLE + " not set: PostgreSQL run skipped");
    PgSchema schema =
        new PgSchema("evd_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    schema.execute("CREATE SCHEMA " + schema.name);
    return schema;
  }

  /** The schema's name, to qualify tables in SQL. */
  String name() {
    return name;
  }

  /** The JDBC URL of the test database with {@code currentSchema} set to this schema. */
  String jdbcUrl() {
    return PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  String user() {
    return PG_USER;
  }

  /** The variables that point Evidentia at this schema. */
  Map<String, String> env() {
    return Map.of(
        "EVIDENTIA_DB_URL",
        jdbcUrl(),
        "EVIDENTIA_DB_USER",
        PG_USER,
        "EVIDENTIA_DB_PASSWORD",
        "unused-with-trust-auth");
  }

  /** A connection to the test database (its default schema, so qualify with {@link #name()}). */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(PG_URL, PG_USER, "");
  }

  private void execute(String statement) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /** Drops the schema and everything in it. */
  @Override
  public void close() throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }

  @Override
  public String toString() {
    return name;
  }
}
