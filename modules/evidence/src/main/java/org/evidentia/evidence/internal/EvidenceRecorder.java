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
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.CustodyEventType;
import org.evidentia.evidence.api.Enums.Integrity;
import org.evidentia.evidence.api.EvidenceAdded;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.Times;

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
            + analysis.sha512(),
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

  /**
   * What the analysis of the stored file found, after the item was recorded. A file whose metadata
   * could not be read is audited ({@code EVIDENCE_METADATA_UNREADABLE}) with the reason; the item
   * then simply has no embedded metadata.
   */
  void analysed(String itemId, EmbeddedMetadata metadata, boolean thumbnail, String problem) {
    EvidenceItem item = em.find(EvidenceItem.class, itemId);
    if (!EmbeddedMetadata.NONE.equals(metadata)) {
      item.analysed(metadata);
    }
    if (thumbnail) {
      item.thumbnailMade();
    }
    if (problem != null) {
      audit.record(
          AuditEvent.of(
              "EVIDENCE_METADATA_UNREADABLE",
              "evidence",
              itemId,
              "metadata unreadable: " + problem));
    }
  }

  /** Appends a custody event by the caller and its audit entry (action {@code EVIDENCE_<type>}). */
  void custody(String evidenceId, CustodyEventType type, String details) {
    custody(evidenceId, type, details, clock.instant());
  }

  private void custody(String evidenceId, CustodyEventType type, String details, Instant at) {
    em.persist(new CustodyEvent(evidenceId, type, caller.username(), at, details));
    audit.record(AuditEvent.of("EVIDENCE_" + type.name(), "evidence", evidenceId, details));
  }

  /** A custody event without an audit entry of its own (the caller audits otherwise). */
  private void custodyOnly(
      String evidenceId, CustodyEventType type, String actor, String details, Instant at) {
    em.persist(new CustodyEvent(evidenceId, type, actor, at, details));
  }

  private List<EvidenceItem> itemsOf(String sha256) {
    return em.createQuery(
            "SELECT e FROM EvidenceItem e WHERE e.sha256 = :h ORDER BY e.receivedAt, e.id",
            EvidenceItem.class)
        .setParameter("h", sha256)
        .getResultList();
  }

  /**
   * Sets the integrity result with one SQL UPDATE that leaves the version alone (a JPQL bulk update
   * would increment it): a check never conflicts with another writer of the item (a thumbnail, the
   * analysis, a concurrent check), and the newest result wins. Each column is written only here.
   */
  private void setIntegrity(String column, String value, Integrity integrity, Instant at) {
    em.flush();
    em.createNativeQuery(
            "UPDATE evidence_item SET integrity = ?, integrity_checked_at = ? WHERE "
                + ("id".equals(column) ? "id" : "sha256")
                + " = ?")
        .setParameter(1, integrity.name())
        .setParameter(2, java.sql.Timestamp.valueOf(Times.utc(at)))
        .setParameter(3, value)
        .executeUpdate();
  }

  /**
   * The alarm for a content found altered or missing: a SEVERE log line and an {@code
   * EVIDENCE_INTEGRITY_FAILED} audit entry per item, written in transactions of their own so they
   * stay even if this one rolls back. Call before anything else in the transaction is audited.
   */
  private void alarm(List<EvidenceItem> items, String sha256, String details) {
    for (EvidenceItem item : items) {
      LOG.severe(
          "EVIDENCE INTEGRITY FAILURE: item "
              + item.id()
              + " of incident "
              + item.incidentId()
              + ", content "
              + sha256
              + ": "
              + details);
    }
    for (EvidenceItem item : items) {
      audit.recordAlways(
          AuditEvent.of("EVIDENCE_INTEGRITY_FAILED", "evidence", item.id(), details));
    }
  }

  /**
   * Records a scheduled fixity result on every item that points at the content, as {@code system}.
   * A failure is an alarm (see {@link #alarm}); nothing is repaired. A passed check is audited in
   * the run's summary rather than per item, or a daily check of every item would swamp the audit
   * chain.
   *
   * @return the ids of the items
   */
  List<String> integrityChecked(String sha256, ContentStore.Fixity fixity, String how, Instant at) {
    List<EvidenceItem> items = itemsOf(sha256);
    if (!fixity.intact()) {
      alarm(items, sha256, fixity.details());
    }
    setIntegrity("sha256", sha256, fixity.intact() ? Integrity.OK : Integrity.FAILED, at);
    String result = (fixity.intact() ? "OK: " : "FAILED: ") + fixity.details() + " (" + how + ")";
    for (EvidenceItem item : items) {
      custodyOnly(item.id(), CustodyEventType.INTEGRITY_CHECKED, Caller.SYSTEM, result, at);
    }
    return items.stream().map(EvidenceItem::id).toList();
  }

  /**
   * Records a check that a person asked for (or a download that found the bytes altered): the
   * requested item gets the result in its custody, by the requester. Other items with the same
   * content, which may belong to cases the requester is not on, learn nothing of the request: they
   * are touched only when the content failed, by {@code system}, without the requester's name.
   */
  void integrityCheckedOnRequest(
      String evidenceId, ContentStore.Fixity fixity, String how, String actor, Instant at) {
    EvidenceItem requested = em.find(EvidenceItem.class, evidenceId);
    String sha256 = requested.sha256();
    if (fixity.intact()) {
      setIntegrity("id", evidenceId, Integrity.OK, at);
      String result = "OK: " + fixity.details() + " (" + how + ")";
      em.persist(
          new CustodyEvent(evidenceId, CustodyEventType.INTEGRITY_CHECKED, actor, at, result));
      audit.record(AuditEvent.of("EVIDENCE_INTEGRITY_CHECKED", "evidence", evidenceId, result));
      return;
    }
    List<EvidenceItem> items = itemsOf(sha256);
    alarm(items, sha256, fixity.details());
    setIntegrity("sha256", sha256, Integrity.FAILED, at);
    for (EvidenceItem item : items) {
      if (item.id().equals(evidenceId)) {
        custodyOnly(
            item.id(),
            CustodyEventType.INTEGRITY_CHECKED,
            actor,
            "FAILED: " + fixity.details() + " (" + how + ")",
            at);
      } else {
        custodyOnly(
            item.id(),
            CustodyEventType.INTEGRITY_CHECKED,
            Caller.SYSTEM,
            "FAILED: " + fixity.details() + " (found by a check of the same stored content)",
            at);
      }
    }
  }

  /**
   * The same bytes arrived again, and the stored copy under their hash no longer has them: every
   * item of the content (the new one too, which points at the same stored file) fails, and the
   * fresh copy is named so a person can restore from it. Nothing is replaced.
   */
  void storedCopyDamaged(String sha256, String details, String freshCopy, Instant at) {
    List<EvidenceItem> items = itemsOf(sha256);
    String found =
        details
            + "; found when the same bytes were received again, and the verified copy received"
            + " then is kept as "
            + freshCopy;
    alarm(items, sha256, found);
    setIntegrity("sha256", sha256, Integrity.FAILED, at);
    for (EvidenceItem item : items) {
      custodyOnly(
          item.id(), CustodyEventType.INTEGRITY_CHECKED, Caller.SYSTEM, "FAILED: " + found, at);
    }
  }

  /** Claims the scheduled fixity run if it is due; the row lock makes it one instance's. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  boolean claimFixityRun(Duration interval, String instance) {
    FixityRun run = em.find(FixityRun.class, FixityRun.SCHEDULED, LockModeType.PESSIMISTIC_WRITE);
    return run.claim(clock.instant(), interval, instance);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void fixityRunFinished(long checked, long failed, long errors) {
    FixityRun run = em.find(FixityRun.class, FixityRun.SCHEDULED, LockModeType.PESSIMISTIC_WRITE);
    run.finished(clock.instant(), checked, failed + errors);
    audit.record(
        AuditEvent.of(
            "EVIDENCE_FIXITY_RUN",
            "evidence",
            null,
            checked
                + " stored contents re-hashed, "
                + failed
                + " failed"
                + (errors == 0 ? "" : ", " + errors + " could not be recorded (see the log)")));
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
