package org.evidentia.bundle.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.identity.api.Authenticator;
import org.evidentia.intake.api.Cases;
import org.evidentia.kernel.Acting;
import org.evidentia.kernel.ApplicationStarted;
import org.evidentia.kernel.Role;

/**
 * Runs exports in the background on the server's managed executor, each on behalf of the user who
 * asked for it, with the roles that user holds when it starts: a user who is no longer a legal
 * analyst, or may no longer see the identities the export reveals, gets a FAILED export.
 *
 * <p>A running export touches its heartbeat every few seconds. Every instance sweeps regularly: an
 * export whose heartbeat stopped (its instance died) is failed and its partial file removed, and an
 * export left waiting (its start was lost) is started.
 */
@ApplicationScoped
class BundleJobs {

  private static final Logger LOG = Logger.getLogger(BundleJobs.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject BundleRecords records;

  @Inject BundleExporter exporter;

  @Inject BundleSettings settings;

  @Inject Authenticator authenticator;

  @Inject Cases cases;

  /** How long a running export may go without a heartbeat before it counts as interrupted. */
  @Inject
  @ConfigProperty(name = "evidentia.bundle.stale-after", defaultValue = "PT30S")
  Duration staleAfter;

  private ScheduledFuture<?> sweeping;

  void start(String bundleId) {
    try {
      executor.execute(() -> run(bundleId));
    } catch (RejectedExecutionException e) {
      // Left QUEUED: the next sweep starts it.
      LOG.log(
          Level.WARNING, "bundle " + bundleId + " could not be started now; it stays queued", e);
    }
  }

  private void run(String bundleId) {
    Optional<Bundle> taken;
    try {
      taken = records.start(bundleId);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "bundle " + bundleId + " could not be taken", e);
      return;
    }
    if (taken.isEmpty()) {
      return;
    }
    Bundle bundle = taken.get();
    int attempt = bundle.attempts();
    ScheduledFuture<?> beat =
        scheduler.scheduleWithFixedDelay(
            () -> beat(bundleId, attempt), heartbeatEvery(), heartbeatEvery(), TimeUnit.SECONDS);
    try {
      Optional<AuthenticatedUser> user = authenticator.active(bundle.requestedBy());
      if (user.isEmpty() || !user.get().roles().contains(Role.LEGAL_ANALYST)) {
        records.fail(
            bundleId,
            attempt,
            bundle.requestedBy() + " is no longer an active legal analyst; nothing was written");
        return;
      }
      Acting.as(
          new Acting.Actor(bundle.requestedBy(), user.get().roles(), bundle.requestedFrom()),
          () -> {
            if (bundle.options().revealProtectedIdentities() && !maySeeIdentities(bundle)) {
              records.fail(
                  bundleId,
                  attempt,
                  bundle.requestedBy()
                      + " may no longer see protected identities on this case, which this export"
                      + " reveals; nothing was written");
              return;
            }
            exporter.write(bundle, attempt);
          });
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "bundle " + bundleId + " failed unexpectedly", e);
      try {
        records.fail(bundleId, attempt, "the export failed unexpectedly; see the server log");
      } catch (RuntimeException again) {
        LOG.log(Level.SEVERE, "bundle " + bundleId + " could not be marked FAILED", again);
      }
    } finally {
      beat.cancel(false);
    }
  }

  private boolean maySeeIdentities(Bundle bundle) {
    return cases.team(bundle.caseId()).stream()
        .anyMatch(m -> m.username().equals(bundle.requestedBy()) && m.mayViewProtectedIdentities());
  }

  private void beat(String bundleId, int attempt) {
    try {
      records.heartbeat(bundleId, attempt);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "bundle " + bundleId + ": heartbeat not saved", e);
    }
  }

  private long heartbeatEvery() {
    return Math.max(1, staleAfter.toSeconds() / 6);
  }

  /** Sweeps once at start-up (an export cut off by a stop is failed), then regularly. */
  void begin(@Observes ApplicationStarted started) {
    long every = Math.max(1, staleAfter.toSeconds() / 2);
    sweeping = scheduler.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void end() {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }

  void sweep() {
    try {
      for (BundleRecords.Stale stale : records.failStale(staleAfter)) {
        remove(stale);
      }
      records.waiting(staleAfter).forEach(this::start);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "bundle sweep failed; it runs again shortly", e);
    }
  }

  /** What an interrupted run may have left: its partial file, or a finished file not recorded. */
  private void remove(BundleRecords.Stale stale) {
    try {
      Files.deleteIfExists(settings.partial(stale.bundleId(), stale.attempt()));
      Files.deleteIfExists(settings.file(stale.bundleId()));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not remove the files of bundle " + stale.bundleId(), e);
    }
  }
}
