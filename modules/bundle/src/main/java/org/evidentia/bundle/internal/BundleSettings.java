package org.evidentia.bundle.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where bundles are written and who they say they come from (bag-info.txt). */
@ApplicationScoped
class BundleSettings {

  @Inject
  @ConfigProperty(name = "evidentia.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "evidentia.organization", defaultValue = "Evidentia (demo installation)")
  String organization;

  @Inject
  @ConfigProperty(name = "evidentia.organization.contact")
  Optional<String> contact;

  @Inject
  @ConfigProperty(name = "evidentia.organization.email")
  Optional<String> email;

  /** The bundles directory, created when missing. */
  Path directory() {
    Path dir = Path.of(dataDir).toAbsolutePath().normalize().resolve("bundles");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the bundles directory " + dir, e);
    }
  }

  /** The finished ZIP. */
  Path file(String bundleId) {
    return directory().resolve(bundleId + ".zip");
  }

  /**
   * The ZIP while one run writes it: never offered, removed when the export fails or is cut off.
   * Named by attempt, so a late writer of an earlier run never touches a newer run's file.
   */
  Path partial(String bundleId, int attempt) {
    return directory().resolve(bundleId + "." + attempt + ".zip.partial");
  }

  String organization() {
    return organization;
  }

  /** The contact person named in bag-info.txt, or empty. */
  String contact() {
    return contact.orElse("");
  }

  String email() {
    return email.orElse("");
  }
}
