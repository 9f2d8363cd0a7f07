/**
 * What other modules and the pages may use of evidence: {@link org.evidentia.evidence.api.Evidence}
 * (upload from a stream, list, read, custody, integrity, content), its immutable records, and the
 * {@link org.evidentia.evidence.api.EvidenceAdded} event.
 */
package org.evidentia.evidence.api;
