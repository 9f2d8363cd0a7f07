package org.evidentia.audit.api;

/**
 * Appends events to the audit chain. The append joins the caller's transaction, so an action and
 * its audit entry are committed together or not at all.
 */
public interface AuditLog {

  void record(AuditEvent event);

  /**
   * Records in a transaction of its own, kept even when the caller's transaction rolls back: for
   * refusals that end in an exception. Call it before the current transaction appends anything, or
   * the two would wait on each other for the end of the chain.
   */
  void recordAlways(AuditEvent event);
}
