/**
 * What other modules and the pages may use of verification: {@link
 * org.evidentia.verification.api.Reviews}, its immutable records, and the {@link
 * org.evidentia.verification.api.IncidentReviewed} event.
 */
package org.evidentia.verification.api;
