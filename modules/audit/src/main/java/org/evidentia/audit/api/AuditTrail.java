package org.evidentia.audit.api;

import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/** Reads the audit log. For administrators; callers check the role before asking. */
public interface AuditTrail {

  /** Fields a page of entries may be sorted by. */
  java.util.Set<String> SORTABLE = java.util.Set.of("sequence", "recordedAt", "actor", "action");

  /** Entries matching the query (actor, action, target or details), newest first by default. */
  Page<AuditEntryView> search(PageRequest request);

  /**
   * Every entry about one of the given records (by target id), oldest first, with the hashes that
   * link each into the chain: the audit extract of a case bundle.
   */
  java.util.List<AuditEntryView> about(java.util.Collection<String> targetIds);

  /** Recomputes every hash from the first entry on. */
  ChainVerification verify();
}
