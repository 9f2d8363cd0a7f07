package org.evidentia.kernel.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * A real database for JPA tests, migrated with the same Flyway scripts as production: H2 always,
 * and PostgreSQL whenever {@code EVIDENTIA_TEST_PG_URL} is set (each test JVM then works in a
 * schema of its own, dropped at exit). Persistence units are the modules' own, switched to
 * resource-local transactions.
 */
public final class TestDatabase {

  private static final String PG_URL = System.getenv("EVIDENTIA_TEST_PG_URL");
  private static final Map<String, TestDatabase> OPEN = new ConcurrentHashMap<>();

  private final String name;
  private final String url;
  private final String user;
  private final Map<String, EntityManagerFactory> units = new ConcurrentHashMap<>();

  private TestDatabase(String name, String url, String user) {
    this.name = name;
    this.url = url;
    this.user = user;
  }

  /** The databases every JPA test runs against; a parameter source for parameterized tests. */
  public static Stream<TestDatabase> all() {
    Stream<TestDatabase> h2 = Stream.of(OPEN.computeIfAbsent("H2", k -> h2()));
    if (PG_URL == null || PG_URL.isBlank()) {
      return h2;
    }
    return Stream.concat(h2, Stream.of(OPEN.computeIfAbsent("PostgreSQL", k -> postgres())));
  }

  public static TestDatabase h2Only() {
    return OPEN.computeIfAbsent("H2", k -> h2());
  }

  /** A new, empty H2 database of its own, for tests that count rows. */
  public static TestDatabase freshH2() {
    return h2();
  }

  private static TestDatabase h2() {
    String url = "jdbc:h2:mem:evidentia-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return migrated(new TestDatabase("H2", url, "sa"), null);
  }

  private static TestDatabase postgres() {
    String schema = "evd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String user = System.getenv().getOrDefault("EVIDENTIA_TEST_PG_USER", "postgres");
    try (Connection c = DriverManager.getConnection(PG_URL, user, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + PG_URL + " is required but failed", e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Connection c = DriverManager.getConnection(PG_URL, user, "");
                      Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                  } catch (SQLException ignored) {
                    // the schema name is unique; a leftover harms no later run
                  }
                }));
    String sep = PG_URL.contains("?") ? "&" : "?";
    return migrated(
        new TestDatabase("PostgreSQL", PG_URL + sep + "currentSchema=" + schema, user), schema);
  }

  private static TestDatabase migrated(TestDatabase db, String schema) {
    var config =
        Flyway.configure().dataSource(db.url, db.user, "").locations("classpath:db/migration");
    if (schema != null) {
      config.schemas(schema);
    }
    config.load().migrate();
    return db;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, "");
  }

  public EntityManagerFactory unit(String unitName) {
    return units.computeIfAbsent(
        unitName,
        n -> {
          Map<String, Object> props = new HashMap<>();
          props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
          props.put("jakarta.persistence.jtaDataSource", "");
          props.put("jakarta.persistence.jdbc.url", url);
          props.put("jakarta.persistence.jdbc.user", user);
          props.put("jakarta.persistence.jdbc.password", "");
          props.put("eclipselink.logging.level", "WARNING");
          return Persistence.createEntityManagerFactory(n, props);
        });
  }

  /** Runs work in one resource-local transaction, committed if it returns normally. */
  public <T> T inTransaction(String unitName, Function<EntityManager, T> work) {
    EntityManager em = unit(unitName).createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Like {@link #inTransaction} for work that returns nothing. */
  public void run(String unitName, Consumer<EntityManager> work) {
    inTransaction(
        unitName,
        em -> {
          work.accept(em);
          return null;
        });
  }

  public boolean isPostgres() {
    return name.toLowerCase(Locale.ROOT).startsWith("postgres");
  }

  @Override
  public String toString() {
    return name;
  }
}
