package org.evidentia.webapp.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code /health/ready}: up once start-up has finished and while the database answers, so a load
 * balancer sends no request to an instance that cannot serve it.
 */
@ApplicationScoped
@org.eclipse.microprofile.health.Readiness
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private volatile boolean started;

  void ready() {
    started = true;
  }

  @Override
  public HealthCheckResponse call() {
    boolean database;
    try (Connection connection = dataSource.getConnection()) {
      database = connection.isValid(2);
    } catch (Exception e) {
      database = false;
    }
    return HealthCheckResponse.named("evidentia")
        .status(started && database)
        .withData("started", started)
        .withData("database", database)
        .build();
  }
}
