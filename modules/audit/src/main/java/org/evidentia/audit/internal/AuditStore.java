package org.evidentia.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.audit.api.ChainVerification;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;

/** Appends to, searches and verifies the chain with the entity manager it is given. */
final class AuditStore {

  private static final int LIMIT = 4000;
  static final int VERIFY_BATCH = 5000;
  private static final PagedQuery LIST =
      new PagedQuery(
          "AuditEntry",
          List.of("actor", "action", "targetType", "targetId", "details", "address"),
          Map.of(
              "sequence",
              "sequence",
              "recordedAt",
              "recordedAt",
              "actor",
              "actor",
              "action",
              "action"),
          "e.sequence DESC");

  private final EntityManager em;
  private final Clock clock;

  AuditStore(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Must run inside a transaction: the head row stays locked until it commits. */
  AuditEntry append(
      String actor,
      String action,
      String targetType,
      String targetId,
      String address,
      String details) {
    ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEntry entry =
        new AuditEntry(
            head.lastSequence() + 1,
            clock.instant(),
            clip(actor, 100),
            action,
            clip(targetType, 60),
            clip(targetId, 200),
            clip(address, 64),
            clip(details, LIMIT),
            head.lastHash());
    em.persist(entry);
    head.advanceTo(entry);
    return entry;
  }

  Page<AuditEntryView> search(PageRequest request) {
    return LIST.fetch(em, AuditEntry.class, request, AuditEntry::view);
  }

  /** In batches of ids, so that no query carries more parameters than a database accepts. */
  List<AuditEntryView> about(java.util.Collection<String> targetIds) {
    List<String> ids = targetIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    java.util.TreeMap<Long, AuditEntryView> found = new java.util.TreeMap<>();
    for (int from = 0; from < ids.size(); from += 500) {
      em.createQuery("SELECT e FROM AuditEntry e WHERE e.targetId IN :ids", AuditEntry.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
          .getResultList()
          .forEach(e -> found.put(e.sequence(), e.view()));
      em.clear();
    }
    return List.copyOf(found.values());
  }

  /**
   * Walks the chain in order, in batches, and reports the first entry whose hash, link or sequence
   * number does not fit. An entry deleted from the end is caught by comparing with the head. The
   * head is read first and the walk stops there: entries appended meanwhile (by this or another
   * instance) belong to a later verification, not to a broken chain.
   *
   * <p>Each batch is read as plain columns, not entities: for a million entries, building and
   * registering entity objects cost several times the hashing (docs/benchmarks.md). The batches
   * follow the primary key (sequence >= next), so each is an index range whatever its depth.
   */
  ChainVerification verify() {
    ChainHead head = em.find(ChainHead.class, ChainHead.ID);
    long last = head.lastSequence();
    String lastHash = head.lastHash();
    long expectedSequence = 1;
    String previousHash = ChainLink.GENESIS;
    long read = 0;
    ChainLink.Hasher hasher = new ChainLink.Hasher();
    while (true) {
      List<Object[]> batch =
          em.createQuery(
                  "SELECT e.sequence, e.recordedAt, e.actor, e.action, e.targetType, e.targetId,"
                      + " e.address, e.details, e.previousHash, e.hash FROM AuditEntry e"
                      + " WHERE e.sequence >= :from AND e.sequence <= :last ORDER BY e.sequence",
                  Object[].class)
              .setParameter("from", expectedSequence)
              .setParameter("last", last)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (Object[] row : batch) {
        read++;
        long sequence = ((Number) row[0]).longValue();
        String previous = (String) row[8];
        String hash = (String) row[9];
        if (sequence != expectedSequence
            || !previous.equals(previousHash)
            || !hasher
                .hash(
                    sequence,
                    ((LocalDateTime) row[1]).toInstant(ZoneOffset.UTC),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    (String) row[7],
                    previous)
                .equals(hash)) {
          return new ChainVerification(false, read, Math.min(sequence, expectedSequence));
        }
        previousHash = hash;
        expectedSequence++;
      }
      if (batch.size() < VERIFY_BATCH) {
        break;
      }
    }
    if (last != expectedSequence - 1 || !lastHash.equals(previousHash)) {
      return new ChainVerification(false, read, expectedSequence);
    }
    return new ChainVerification(true, read, null);
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
