package org.evidentia.bundle.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Enums.BundleStatus;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.identity.api.Authenticator;
import org.evidentia.kernel.Times;

/**
 * The bundle rows as the background export moves them along, each step in a transaction of its own
 * so that progress is visible while the ZIP is written. Every step of a run names its attempt and
 * changes nothing once the row is no longer that run's (failed as stale, or restarted), so a late
 * writer on another instance cannot overwrite a newer run.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class BundleRecords {

  @PersistenceContext(unitName = "bundle")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Evidence evidence;

  @Inject Clock clock;

  @Inject Authenticator authenticator;

  /**
   * The exporter's re-entered password, checked in a transaction of its own: a wrong one is audited
   * (LOGIN_FAILED) there, so the request's transaction holds no audit entry while the refusal is
   * recorded in another, which would otherwise conflict on the chain and answer 409, not 403.
   */
  boolean confirm(String username, String password, String address) {
    return authenticator.confirm(username, password, address);
  }

  /** Takes a QUEUED export for this instance; empty when someone else has it or it is over. */
  Optional<Bundle> start(String bundleId) {
    Bundle bundle = em.find(Bundle.class, bundleId, LockModeType.PESSIMISTIC_WRITE);
    if (bundle == null || !bundle.start(clock.instant())) {
      return Optional.empty();
    }
    em.flush();
    em.detach(bundle);
    return Optional.of(bundle);
  }

  /** Whether the run still owns the row (it stops writing when not). */
  boolean counts(String bundleId, int attempt, int incidents, int unverified, int evidence) {
    Bundle bundle = em.find(Bundle.class, bundleId);
    if (!bundle.runBy(attempt)) {
      return false;
    }
    bundle.counts(incidents, unverified, evidence);
    bundle.heartbeat(clock.instant());
    return true;
  }

  boolean progress(String bundleId, int attempt, double fraction) {
    Bundle bundle = em.find(Bundle.class, bundleId);
    if (!bundle.runBy(attempt)) {
      return false;
    }
    bundle.progress(fraction, clock.instant());
    return true;
  }

  void heartbeat(String bundleId, int attempt) {
    Bundle bundle = em.find(Bundle.class, bundleId);
    if (bundle != null && bundle.runBy(attempt)) {
      bundle.heartbeat(clock.instant());
    }
  }

  /**
   * DONE: the row, an EXPORTED event on every item in it, and the audit entry are committed
   * together, after the finished file has been moved into place. False when the run no longer owns
   * the row (the caller then removes its file).
   */
  boolean done(String bundleId, int attempt, long size, String sha256, List<String> evidenceIds) {
    Bundle bundle = em.find(Bundle.class, bundleId, LockModeType.PESSIMISTIC_WRITE);
    if (!bundle.runBy(attempt)) {
      return false;
    }
    bundle.done(size, sha256, clock.instant());
    for (String id : evidenceIds) {
      evidence.recordExport(id, bundleId);
    }
    BundleView view = bundle.view();
    audit.record(
        AuditEvent.of(
            "BUNDLE_EXPORTED",
            "bundle",
            bundleId,
            "case "
                + view.caseReference()
                + ": "
                + view.incidentCount()
                + " incident(s), "
                + evidenceIds.size()
                + " evidence item(s), "
                + size
                + " bytes, SHA-256 "
                + sha256));
    return true;
  }

  void fail(String bundleId, int attempt, String why) {
    Bundle bundle = em.find(Bundle.class, bundleId, LockModeType.PESSIMISTIC_WRITE);
    if (bundle == null || !bundle.runBy(attempt)) {
      return;
    }
    bundle.fail(why, clock.instant());
    audit.record(AuditEvent.of("BUNDLE_FAILED", "bundle", bundleId, why));
  }

  /** A run that stopped without a word: its instance died (or its heartbeat could not be saved). */
  record Stale(String bundleId, int attempt) {}

  /** Fails every RUNNING export whose heartbeat is older than the limit, and names them. */
  List<Stale> failStale(Duration limit) {
    Instant now = clock.instant();
    List<Stale> failed = new ArrayList<>();
    for (Bundle bundle :
        em.createQuery(
                "SELECT b FROM Bundle b WHERE b.status = :s AND b.heartbeatAt < :before",
                Bundle.class)
            .setParameter("s", BundleStatus.RUNNING)
            .setParameter("before", Times.utc(now.minus(limit)))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      failed.add(new Stale(bundle.id(), bundle.attempts()));
      String why =
          "interrupted: the export stopped without finishing (the server writing it stopped or"
              + " lost its database); nothing of it is offered; restart the export";
      bundle.fail(why, now);
      audit.record(AuditEvent.of("BUNDLE_FAILED", "bundle", bundle.id(), why).by("system", null));
    }
    return failed;
  }

  /** Exports still waiting after the limit: their start was lost (a restart, a full queue). */
  List<String> waiting(Duration limit) {
    return em.createQuery(
            "SELECT b.id FROM Bundle b WHERE b.status = :s AND b.requestedAt < :before",
            String.class)
        .setParameter("s", BundleStatus.QUEUED)
        .setParameter("before", Times.utc(clock.instant().minus(limit)))
        .getResultList();
  }

  /** Whether the user already has this export waiting or running (a double click). */
  boolean pending(String caseId, String username, org.evidentia.bundle.api.BundleOptions o) {
    return em
        .createQuery(
            "SELECT b FROM Bundle b WHERE b.caseId = :c AND b.requestedBy = :u"
                + " AND b.status IN :open",
            Bundle.class)
        .setParameter("c", caseId)
        .setParameter("u", username)
        .setParameter("open", List.of(BundleStatus.QUEUED, BundleStatus.RUNNING))
        .getResultList()
        .stream()
        .anyMatch(b -> b.options().equals(o.withoutPassword()));
  }
}
