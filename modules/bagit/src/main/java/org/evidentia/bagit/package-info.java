/**
 * BagIt 1.0 (RFC 8493) for case bundles, in plain Java with no dependencies so that it runs
 * anywhere without the server: the offline verifier behind {@code ./evidentia verify-bundle}.
 */
package org.evidentia.bagit;
