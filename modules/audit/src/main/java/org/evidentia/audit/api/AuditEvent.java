package org.evidentia.audit.api;

/**
 * Something that happened and must be on the record.
 *
 * @param action what happened, in upper snake case ({@code LOGIN_FAILED}, {@code CASE_OPENED})
 * @param targetType the kind of record acted on ({@code account}, {@code incident}), or null
 * @param targetId the record's id, or null
 * @param details a short human-readable note; never a password, token or protected identity
 * @param actor who did it; null means the caller of the current request
 * @param address from where; null means the current request's client address
 */
public record AuditEvent(
    String action,
    String targetType,
    String targetId,
    String details,
    String actor,
    String address) {

  public AuditEvent {
    if (action == null || !action.matches("[A-Z][A-Z0-9_]{1,79}")) {
      throw new IllegalArgumentException("audit action must be UPPER_SNAKE_CASE: " + action);
    }
  }

  /** An event done by the caller of the current request. */
  public static AuditEvent of(String action, String targetType, String targetId, String details) {
    return new AuditEvent(action, targetType, targetId, details, null, null);
  }

  /** The same event attributed to a named actor and address (before anyone is logged in). */
  public AuditEvent by(String actor, String address) {
    return new AuditEvent(action, targetType, targetId, details, actor, address);
  }
}
