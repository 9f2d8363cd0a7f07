package org.evidentia.evidence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.evidence.api.Enums.CustodyEventType;
import org.evidentia.evidence.api.EvidenceAdded;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.kernel.Caller;

/**
 * The evidence module's writes, each in one transaction together with its audit entries: a new
 * item, custody events, integrity results, the fixity claim. Kept apart from the service so that
 * long work (streaming, hashing) happens outside any transaction.
 */
@ApplicationScoped
@Transactional
class EvidenceRecorder {

  private static final Logger LOG = Logger.getLogger(EvidenceRecorder.class.getName());

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Caller caller;

  @Inject Clock clock;

  @Inject Event<EvidenceAdded> added;

  /**
   * Records a received item. The first item of some bytes registers the content; a later one (or
   * the loser of a race on the content's primary key, on its retry) is recorded as a duplicate.
   */
  EvidenceItem receive(
      String itemId,
      String incidentId,
      String caseId,
      NewEvidence input,
      String fileName,
      EvidenceItem.Analysis analysis) {
    Instant now = clock.instant();
    StoredContent content = em.find(StoredContent.class, analysis.sha256());
    String duplicateOf = null;
    if (content == null) {
      em.persist(
          new StoredContent(analysis.sha256(), analysis.sha512(), analysis.size(), itemId, now));
      // No JPA relations between these tables: flush in foreign-key order, the content first.
      em.flush();
    } else {
      if (!content.sha512().equals(analysis.sha512()) || content.size() != analysis.size()) {
        // Same SHA-256, different bytes: never expected; refuse rather than point at wrong content.
        throw new IllegalStateException("SHA-256 collision on " + analysis.sha256());
      }
      duplicateOf = content.firstItemId();
    }
    EvidenceItem item =
        new EvidenceItem(
            itemId,
            incidentId,
            caseId,
            input,
            fileName,
            analysis,
            duplicateOf,
            caller.username(),
            now);
    em.persist(item);
    em.flush();
    String from =
        (input.sourceId() == null ? "" : "from source " + input.sourceId() + "; ")
            + (input.collectedBy() == null ? "" : "collected by " + input.collectedBy() + "; ");
    custody(
        item.id(),
        CustodyEventType.RECEIVED,
        from
            + "received by "
            + caller.username()
            + "; "
            + analysis.size()
            + " bytes, "
            + analysis.mediaType()
            + "; SHA-256 "
            + analysis.sha256()
            + "; SHA-512 "
            + analysis.sha512()
            + (duplicateOf == null ? "" : "; same bytes as " + duplicateOf),
        now);
    if (input.derivedFrom() != null) {
      custody(
          input.derivedFrom(),
          CustodyEventType.REDACTED_COPY_CREATED,
          "redacted working copy " + item.id() + " uploaded by " + caller.username(),
          now);
    }
    added.fire(new EvidenceAdded(item.id(), incidentId));
    return item;
  }

  void thumbnailMade(String itemId) {
    em.find(EvidenceItem.class, itemId).thumbnailMade();
  }

  /** Appends a custody event and its audit entry (action {@code EVIDENCE_<type>}). */
  void custody(String evidenceId, CustodyEventType type, String details) {
    custody(evidenceId, type, details, clock.instant());
  }

  private void custody(String evidenceId, CustodyEventType type, String details, Instant at) {
    em.persist(new CustodyEvent(evidenceId, type, caller.username(), at, details));
    audit.record(AuditEvent.of("EVIDENCE_" + type.name(), "evidence", evidenceId, details));
  }

  /** A custody event whose audit entry is the run's summary (scheduled checks that passed). */
  private void custodyOnly(String evidenceId, CustodyEventType type, String details, Instant at) {
    em.persist(new CustodyEvent(evidenceId, type, caller.username(), at, details));
  }

  /**
   * Records a fixity result on every item that points at the content. A failure is an alarm: a
   * SEVERE log line and an audit entry per item; nothing is repaired.
   *
   * @param scheduled a passed scheduled check is summarised in one audit entry per run rather than
   *     one per item, or a daily check of every item would swamp the audit chain
   * @return the ids of the items
   */
  List<String> integrityChecked(
      String sha256, ContentStore.Fixity fixity, String how, Instant at, boolean scheduled) {
    List<EvidenceItem> items =
        em.createQuery(
                "SELECT e FROM EvidenceItem e WHERE e.sha256 = :h ORDER BY e.receivedAt, e.id",
                EvidenceItem.class)
            .setParameter("h", sha256)
            .getResultList();
    for (EvidenceItem item : items) {
      item.checked(fixity.intact(), at);
      String result = (fixity.intact() ? "OK: " : "FAILED: ") + fixity.details() + " (" + how + ")";
      if (scheduled && fixity.intact()) {
        custodyOnly(item.id(), CustodyEventType.INTEGRITY_CHECKED, result, at);
      } else {
        custody(item.id(), CustodyEventType.INTEGRITY_CHECKED, result, at);
      }
      if (!fixity.intact()) {
        LOG.severe(
            "EVIDENCE INTEGRITY FAILURE: item "
                + item.id()
                + " of incident "
                + item.incidentId()
                + ", content "
                + sha256
                + ": "
                + fixity.details());
        audit.record(
            AuditEvent.of("EVIDENCE_INTEGRITY_FAILED", "evidence", item.id(), fixity.details()));
      }
    }
    return items.stream().map(EvidenceItem::id).toList();
  }

  /** Claims the scheduled fixity run if it is due; the row lock makes it one instance's. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  boolean claimFixityRun(Duration interval, String instance) {
    FixityRun run = em.find(FixityRun.class, FixityRun.SCHEDULED, LockModeType.PESSIMISTIC_WRITE);
    return run.claim(clock.instant(), interval, instance);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void fixityRunFinished(long checked, long failed) {
    FixityRun run = em.find(FixityRun.class, FixityRun.SCHEDULED, LockModeType.PESSIMISTIC_WRITE);
    run.finished(clock.instant(), checked, failed);
    audit.record(
        AuditEvent.of(
            "EVIDENCE_FIXITY_RUN",
            "evidence",
            null,
            checked + " stored contents re-hashed, " + failed + " failed"));
  }

  /**
   * Contents after {@code afterSha256} in hash order, a batch at a time. In a transaction of its
   * own: the scheduler's threads have no request to keep a non-transactional entity manager open.
   */
  List<StoredContent> contentsAfter(String afterSha256, int batch) {
    return em.createQuery(
            "SELECT c FROM StoredContent c WHERE c.sha256 > :after ORDER BY c.sha256",
            StoredContent.class)
        .setParameter("after", afterSha256)
        .setMaxResults(batch)
        .getResultList();
  }
}
