package org.evidentia.audit.api;

import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/** Reads the audit log. For administrators; callers check the role before asking. */
public interface AuditTrail {

  /** Fields a page of entries may be sorted by. */
  java.util.Set<String> SORTABLE = java.util.Set.of("sequence", "recordedAt", "actor", "action");

  /** Entries matching the query (actor, action, target or details), newest first by default. */
  Page<AuditEntryView> search(PageRequest request);

  /** Recomputes every hash from the first entry on. */
  ChainVerification verify();
}
