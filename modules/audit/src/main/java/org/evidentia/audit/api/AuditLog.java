package org.evidentia.audit.api;

/**
 * Appends events to the audit chain. The append joins the caller's transaction, so an action and
 * its audit entry are committed together or not at all.
 */
public interface AuditLog {

  void record(AuditEvent event);
}
