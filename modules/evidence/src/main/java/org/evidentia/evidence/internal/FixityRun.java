package org.evidentia.evidence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.evidentia.kernel.Times;

/**
 * The claim row of the scheduled fixity check. An instance locks it, and starts a run only when the
 * last one started at least an interval ago: with several instances, one of them runs it.
 */
@Entity
@Table(name = "evidence_fixity_run")
class FixityRun {

  static final String SCHEDULED = "scheduled";

  @Id private String name;

  @Column(name = "last_started_at")
  private LocalDateTime lastStartedAt;

  @Column(name = "last_finished_at")
  private LocalDateTime lastFinishedAt;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "contents_checked", nullable = false)
  private long contentsChecked;

  @Column(name = "contents_failed", nullable = false)
  private long contentsFailed;

  protected FixityRun() {}

  /** Takes the run if it is due; the caller holds the row lock until its transaction commits. */
  boolean claim(Instant now, Duration interval, String instance) {
    Instant last = Times.instant(lastStartedAt);
    if (last != null && last.plus(interval).isAfter(now)) {
      return false;
    }
    lastStartedAt = Times.utc(now);
    startedBy = instance;
    return true;
  }

  void finished(Instant now, long checked, long failed) {
    lastFinishedAt = Times.utc(now);
    contentsChecked = checked;
    contentsFailed = failed;
  }

  Instant lastStartedAt() {
    return Times.instant(lastStartedAt);
  }
}
