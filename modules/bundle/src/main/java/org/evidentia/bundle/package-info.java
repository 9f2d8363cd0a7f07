/**
 * Case bundles: a case exported for a legal submission as a BagIt 1.0 ZIP that checks itself. The
 * bundle is written in the background, streamed to the store, and recorded with its hash.
 */
package org.evidentia.bundle;
