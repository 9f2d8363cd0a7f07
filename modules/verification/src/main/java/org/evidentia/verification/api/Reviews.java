package org.evidentia.verification.api;

import java.time.Duration;
import java.util.Optional;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/**
 * The review of incidents. Everything needs the incident's case team (anyone else is answered "not
 * found"); each action needs its role, and a reviewer's decision needs four eyes. Every action is
 * in the incident's history and in the audit log.
 */
public interface Reviews {

  ReviewView review(String incidentId);

  /**
   * Takes one action. Actions on one incident run one after another, on every instance.
   *
   * @throws org.evidentia.kernel.RuleViolationException wrong role, four eyes, a second sign-off by
   *     the same reviewer, an evidence item that failed its integrity check
   * @throws org.evidentia.kernel.ConflictException not possible in this state, or the incident
   *     changed since {@code expectedVersion}
   * @throws org.evidentia.kernel.InvalidInputException missing rationale or incomplete checklist
   */
  ReviewView act(String incidentId, ReviewAction action);

  /** For reviewers only. */
  Page<QueueItem> queue(QueueFilter filter, PageRequest request);

  /** The caller's notifications, newest first, for cases they are still on. */
  Page<NotificationView> inbox(PageRequest request);

  long unread();

  void markRead(String notificationId);

  /** The median time from REPORTED to VERIFIED over the caller's cases, if any was verified. */
  Optional<Duration> medianTimeToVerify();
}
