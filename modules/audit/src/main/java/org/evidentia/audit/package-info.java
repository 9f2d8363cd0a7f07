/**
 * The audit log: who did what to which record, when and from where, in an append-only chain where
 * each entry carries the hash of the one before it, so that deleting, reordering or editing any
 * entry is detectable. Other modules record through {@link org.evidentia.audit.api.AuditLog}.
 */
package org.evidentia.audit;
