package org.evidentia.evidence.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidentia.kernel.ApplicationStarted;

/**
 * The scheduled fixity check: every stored content re-hashed once per interval ({@code
 * evidentia.evidence.fixity.interval}, default a day). Each instance wakes up regularly and tries
 * to claim the run in the database, so with several instances one of them does it, and a restart
 * does not postpone it by a whole interval.
 */
@ApplicationScoped
class FixitySchedule {

  private static final Logger LOG = Logger.getLogger(FixitySchedule.class.getName());
  private static final int BATCH = 100;
  private static final Duration LONGEST_WAKE_UP = Duration.ofMinutes(15);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject EvidenceSettings settings;

  @Inject EvidenceRecorder recorder;

  @Inject Clock clock;

  private ScheduledFuture<?> task;

  void start(@Observes ApplicationStarted started) {
    Duration interval = settings.fixityInterval();
    long wakeUp = Math.max(1, Math.min(interval.toSeconds(), LONGEST_WAKE_UP.toSeconds()));
    task =
        executor.scheduleWithFixedDelay(
            this::runIfDue, Math.min(wakeUp, 60), wakeUp, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void runIfDue() {
    try {
      String instance = ManagementFactory.getRuntimeMXBean().getName();
      if (recorder.claimFixityRun(settings.fixityInterval(), instance)) {
        runNow();
      }
    } catch (RuntimeException e) {
      // A failed run must not end the schedule: the next wake-up tries again.
      LOG.log(Level.SEVERE, "the scheduled evidence fixity check failed", e);
    }
  }

  /**
   * Re-hashes every stored content, recording each result on the items that point at it. Each
   * content is checked and recorded on its own: one that cannot be read or recorded is logged and
   * counted as failed, and the run goes on with the next.
   */
  void runNow() {
    long checked = 0;
    long failed = 0;
    long errors = 0;
    String after = "";
    while (true) {
      List<StoredContent> batch = recorder.contentsAfter(after, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (StoredContent content : batch) {
        after = content.sha256();
        checked++;
        try {
          ContentStore.Fixity fixity =
              settings.store().verify(content.sha256(), content.sha512(), content.size());
          if (!fixity.intact()) {
            failed++;
          }
          recorder.integrityChecked(content.sha256(), fixity, "scheduled check", clock.instant());
        } catch (RuntimeException e) {
          errors++;
          LOG.log(
              Level.SEVERE,
              "the fixity check of content " + content.sha256() + " could not be recorded",
              e);
        }
      }
    }
    recorder.fixityRunFinished(checked, failed, errors);
    LOG.log(
        failed == 0 && errors == 0 ? Level.INFO : Level.SEVERE,
        "Evidence fixity check: "
            + checked
            + " contents re-hashed, "
            + failed
            + " failed, "
            + errors
            + " could not be recorded");
  }
}
