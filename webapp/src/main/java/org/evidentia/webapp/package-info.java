/**
 * The deployable application: assembles the modules into one WAR and owns what is shared at run
 * time: configuration and the datasource, start-up (Flyway, then the modules), authentication for
 * pages and the API, the REST application and its error bodies, the layout, login, dashboard and
 * error pages.
 */
package org.evidentia.webapp;
