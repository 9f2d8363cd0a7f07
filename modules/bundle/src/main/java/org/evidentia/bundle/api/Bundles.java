package org.evidentia.bundle.api;

import java.io.IOException;
import java.io.InputStream;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/**
 * Case bundles. Exporting needs a legal analyst on the case team; the case team may see and
 * download finished bundles; anyone else is answered "not found". Every step is audited.
 */
public interface Bundles {

  java.util.Set<String> SORTABLE = java.util.Set.of("requestedAt", "status", "size");

  /**
   * Queues an export and starts it in the background.
   *
   * @throws org.evidentia.kernel.RuleViolationException not a legal analyst, no right to see
   *     protected identities, or the password does not match
   * @throws org.evidentia.kernel.ConflictException the case has no incident in the chosen scope
   */
  BundleView export(String caseId, BundleOptions options);

  BundleView get(String bundleId);

  /** The case's bundles, newest first by default. */
  Page<BundleView> ofCase(String caseId, PageRequest request);

  /** Whether an export of the case is queued or running (one count, for a page's poll). */
  boolean exporting(String caseId);

  /** Runs a FAILED export again with its options; revealing identities needs the password again. */
  BundleView restart(String bundleId, String password);

  /** The finished ZIP, recorded as downloaded. */
  Download download(String bundleId);

  /**
   * Checks a bag (a ZIP or a directory) as {@code ./evidentia verify-bundle} does, for any
   * logged-in user; the verdict is audited.
   *
   * @throws org.evidentia.kernel.InvalidInputException when the file is not a ZIP or bag at all
   */
  org.evidentia.bagit.Verdict check(java.nio.file.Path bag, String fileName);

  /** A finished bundle's bytes. */
  record Download(String fileName, long size, String sha256, Opener opener) {
    @FunctionalInterface
    public interface Opener {
      InputStream open() throws IOException;
    }
  }
}
