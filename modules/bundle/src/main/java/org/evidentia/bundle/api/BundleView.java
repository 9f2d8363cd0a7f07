package org.evidentia.bundle.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * An export of a case and where it stands.
 *
 * @param progress 0..1, by bytes of evidence written
 * @param size of the ZIP once DONE
 * @param sha256 of the ZIP once DONE
 * @param error why it FAILED, naming the item when one was at fault
 * @param fileName the name it is downloaded under
 */
public record BundleView(
    String id,
    String caseId,
    String caseReference,
    Enums.BundleStatus status,
    double progress,
    Long size,
    String sha256,
    String error,
    Enums.IncidentScope incidents,
    boolean revealProtectedIdentities,
    String reason,
    String language,
    int incidentCount,
    int unverifiedCount,
    int evidenceCount,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant finishedAt,
    String fileName)
    implements Serializable {

  /** Whether the export has ended, well or not. */
  public boolean finished() {
    return status == Enums.BundleStatus.DONE || status == Enums.BundleStatus.FAILED;
  }
}
