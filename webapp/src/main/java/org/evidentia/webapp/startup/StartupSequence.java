package org.evidentia.webapp.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.kernel.ApplicationStarted;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Start-up in a fixed order: migrate the schema with Flyway before anything touches the database,
 * then let the modules prepare their data, then serve. A failed migration stops the deployment.
 */
@WebListener
public class StartupSequence implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = EvidentiaDefaults.DB_URL)
  String databaseUrl;

  @Inject
  @ConfigProperty(name = EvidentiaDefaults.DEMO)
  boolean demo;

  @Inject
  @ConfigProperty(name = "evidentia.session.idle-minutes")
  int idleMinutes;

  @Inject Event<ApplicationStarted> started;

  @Inject @org.eclipse.microprofile.health.Readiness ReadinessCheck readiness;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    LOG.info("Evidentia data directory: " + EvidentiaDefaults.dataDir());
    LOG.info("Evidentia database: " + databaseUrl);
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        "Database schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migrations applied now)");
    event.getServletContext().setSessionTimeout(idleMinutes);
    started.fire(new ApplicationStarted(demo));
    readiness.ready();
    LOG.info("Evidentia is ready" + (demo ? " (DEMO MODE)" : ""));
  }
}
