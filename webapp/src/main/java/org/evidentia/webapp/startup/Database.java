package org.evidentia.webapp.startup;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource, chosen by configuration alone: H2 under the data directory by default,
 * PostgreSQL when {@code EVIDENTIA_DB_URL} names one. Every module's persistence unit uses it.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${MPCONFIG=evidentia.db.class}",
    url = "${MPCONFIG=evidentia.db.url}",
    user = "${MPCONFIG=evidentia.db.user}",
    password = "${MPCONFIG=evidentia.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/evidentia";
}
