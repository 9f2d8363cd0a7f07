package org.evidentia.webapp.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR as Maven built it: tests run against exactly what ships. */
final class Deployments {

  private Deployments() {}

  static WebArchive evidentia() {
    File war = new File(System.getProperty("evidentia.war", "target/evidentia.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.create(ZipImporter.class, "evidentia.war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
