/**
 * What other modules and the pages may use of classification: {@link
 * org.evidentia.classification.api.Taxonomy}, {@link
 * org.evidentia.classification.api.Classifications} and their immutable records.
 */
package org.evidentia.classification.api;
