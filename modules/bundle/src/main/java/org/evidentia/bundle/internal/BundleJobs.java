package org.evidentia.bundle.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidentia.bundle.api.Enums.BundleStatus;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.identity.api.Authenticator;
import org.evidentia.kernel.Acting;
import org.evidentia.kernel.ApplicationStarted;

/**
 * Runs exports in the background on the server's managed executor, each on behalf of the user who
 * asked for it, with the roles that user holds when it starts (a disabled account's export fails).
 */
@ApplicationScoped
class BundleJobs {

  private static final Logger LOG = Logger.getLogger(BundleJobs.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject BundleRecords records;

  @Inject BundleExporter exporter;

  @Inject BundleSettings settings;

  @Inject Authenticator authenticator;

  void start(String bundleId) {
    executor.execute(() -> run(bundleId));
  }

  private void run(String bundleId) {
    try {
      Optional<Bundle> taken = records.start(bundleId);
      if (taken.isEmpty()) {
        return;
      }
      Bundle bundle = taken.get();
      Optional<AuthenticatedUser> user = authenticator.active(bundle.requestedBy());
      if (user.isEmpty()) {
        records.fail(
            bundleId, "the account " + bundle.requestedBy() + " is disabled; nothing was written");
        return;
      }
      Acting.as(
          new Acting.Actor(bundle.requestedBy(), user.get().roles(), bundle.requestedFrom()),
          () -> exporter.write(bundle));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "bundle " + bundleId + " could not be run", e);
    }
  }

  /**
   * After a restart: an export that was being written when the server stopped is FAILED (its
   * partial file removed, never offered) and can be restarted; one still waiting is started.
   */
  void recover(@Observes ApplicationStarted started) {
    for (String id : records.unfinished(BundleStatus.RUNNING)) {
      try {
        Files.deleteIfExists(settings.partial(id));
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not remove the partial bundle " + id, e);
      }
      records.fail(
          id,
          "interrupted: the server stopped while the bundle was being written; the partial file"
              + " was removed; restart the export");
    }
    records.unfinished(BundleStatus.QUEUED).forEach(this::start);
  }
}
