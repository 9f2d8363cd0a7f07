package org.evidentia.bundle.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Enums.BundleStatus;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.identity.api.Authenticator;

/**
 * The bundle rows as the background export moves them along, each step in a transaction of its own
 * so that progress is visible while the ZIP is written.
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

  void counts(String bundleId, int incidents, int unverified, int evidence) {
    em.find(Bundle.class, bundleId).counts(incidents, unverified, evidence);
  }

  void progress(String bundleId, double fraction) {
    em.find(Bundle.class, bundleId).progress(fraction);
  }

  /**
   * DONE: the row, an EXPORTED event on every item in it, and the audit entry are committed
   * together, after the finished file has been moved into place.
   */
  BundleView done(String bundleId, long size, String sha256, List<String> evidenceIds) {
    Bundle bundle = em.find(Bundle.class, bundleId, LockModeType.PESSIMISTIC_WRITE);
    bundle.done(size, sha256, clock.instant());
    for (String id : evidenceIds) {
      evidence.recordExport(id, bundleId);
    }
    audit.record(
        AuditEvent.of(
            "BUNDLE_EXPORTED",
            "bundle",
            bundleId,
            "case "
                + bundle.view().caseReference()
                + ": "
                + evidenceIds.size()
                + " evidence item(s), "
                + size
                + " bytes, SHA-256 "
                + sha256));
    return bundle.view();
  }

  void fail(String bundleId, String why) {
    Bundle bundle = em.find(Bundle.class, bundleId, LockModeType.PESSIMISTIC_WRITE);
    if (bundle == null || bundle.status() == BundleStatus.DONE) {
      return;
    }
    bundle.fail(why, clock.instant());
    audit.record(AuditEvent.of("BUNDLE_FAILED", "bundle", bundleId, why));
  }

  /** The exports that were waiting or being written when this instance last stopped. */
  List<String> unfinished(BundleStatus status) {
    return em.createQuery("SELECT b.id FROM Bundle b WHERE b.status = :s", String.class)
        .setParameter("s", status)
        .getResultList();
  }
}
