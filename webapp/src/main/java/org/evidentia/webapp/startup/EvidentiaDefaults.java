package org.evidentia.webapp.startup;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that follow from other settings, below every other configuration source: the data
 * directory resolved once against the working directory, the H2 database inside it, the datasource
 * class that fits the database URL, and demo mode (on for the embedded H2 default, off for any
 * other database). Environment variables ({@code EVIDENTIA_DB_URL}...) and {@code -D} properties
 * override each of them.
 */
public class EvidentiaDefaults implements ConfigSource {

  public static final String DATA_DIR = "evidentia.data.dir";
  public static final String DB_URL = "evidentia.db.url";
  static final String DB_CLASS = "evidentia.db.class";
  static final String DB_USER = "evidentia.db.user";
  static final String DB_PASSWORD = "evidentia.db.password";
  public static final String DEMO = "evidentia.demo";

  private static final Set<String> NAMES =
      Set.of(DATA_DIR, DB_URL, DB_CLASS, DB_USER, DB_PASSWORD, DEMO);

  @Override
  public Set<String> getPropertyNames() {
    return NAMES;
  }

  @Override
  public String getValue(String name) {
    return switch (name) {
      case DATA_DIR -> dataDir().toString();
      case DB_URL -> defaultUrl();
      case DB_CLASS ->
          effectiveUrl().startsWith("jdbc:postgresql:")
              ? "org.postgresql.ds.PGSimpleDataSource"
              : "org.h2.jdbcx.JdbcDataSource";
      case DB_USER, DB_PASSWORD -> "evidentia";
      case DEMO -> Boolean.toString(effectiveUrl().startsWith("jdbc:h2:"));
      default -> null;
    };
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        DATA_DIR, getValue(DATA_DIR),
        DB_URL, getValue(DB_URL),
        DB_CLASS, getValue(DB_CLASS),
        DB_USER, getValue(DB_USER),
        DB_PASSWORD, getValue(DB_PASSWORD),
        DEMO, getValue(DEMO));
  }

  @Override
  public int getOrdinal() {
    return 50;
  }

  @Override
  public String getName() {
    return "evidentia-derived-defaults";
  }

  /** The data directory as configured, made absolute against the working directory. */
  public static Path dataDir() {
    return Path.of(setting(DATA_DIR, "EVIDENTIA_DATA_DIR", "data")).toAbsolutePath().normalize();
  }

  private static String defaultUrl() {
    // Review actions wait for the incident's row lock; H2 gives up after 1 s by default.
    // H2 writes committed transactions to its file up to 500 ms later by default, so a kill lost
    // writes already acknowledged (CrashIT); WRITE_DELAY=0 writes each commit before it returns.
    return "jdbc:h2:file:"
        + dataDir().resolve("db").resolve("evidentia")
        + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
  }

  private static String effectiveUrl() {
    return setting(DB_URL, "EVIDENTIA_DB_URL", defaultUrl());
  }

  private static String setting(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
