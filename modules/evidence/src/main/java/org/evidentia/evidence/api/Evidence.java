package org.evidentia.evidence.api;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/**
 * Evidence items of incidents. Reading needs the incident's case team (anyone else is answered "not
 * found", and the attempt is audited); uploading needs a caseworker on the team. Every event on an
 * item is in its chain of custody and in the audit log.
 */
public interface Evidence {

  Set<String> SORTABLE = Set.of("receivedAt", "kind", "originalFileName", "size", "mediaType");

  /**
   * Streams the bytes into the store while hashing them, then records the item. Nothing is kept
   * when the stream fails or is over the limit; the same bytes uploaded again are stored once.
   *
   * @param fileName the uploader's file name, kept for display only
   * @param declaredSize the size announced by the client, refused early when over the limit; null
   *     when unknown (the limit is then enforced while reading)
   * @param content read to its end, not closed
   * @throws org.evidentia.kernel.TooLargeException over {@code evidentia.evidence.max-size}
   * @throws org.evidentia.kernel.InvalidInputException empty file or invalid description
   */
  EvidenceView upload(
      String incidentId,
      NewEvidence evidence,
      String fileName,
      Long declaredSize,
      InputStream content);

  /** The items of an incident; the query searches description and file name. */
  Page<EvidenceView> list(String incidentId, PageRequest request);

  /** Counted in the database: the incident's items, their uploaders, and failed checks. */
  EvidenceStanding standing(String incidentId);

  /** One item; recorded as VIEWED in its chain of custody. */
  EvidenceView get(String evidenceId);

  /** One item without a custody event, for lists and pages that show it among others. */
  EvidenceView peek(String evidenceId);

  /** The chain of custody, oldest first. */
  List<CustodyEventView> custody(String evidenceId);

  /**
   * Re-hashes the stored bytes now; a mismatch or a missing file is an alarm, never repaired. The
   * result is recorded on this item; other items with the same bytes hear only of a failure.
   */
  IntegrityResult checkIntegrity(String evidenceId);

  /**
   * The original bytes for download, recorded as DOWNLOADED. The stream is checked while it is read
   * and fails before its end if the bytes are not those received (recorded as an integrity
   * failure).
   *
   * @throws org.evidentia.kernel.ConflictException when the stored file is missing or the item has
   *     failed its integrity check (its bytes are not sent)
   */
  EvidenceContent openContent(String evidenceId);

  /** The thumbnail (a JPEG working copy) of an image, if one could be made. */
  Optional<EvidenceContent> openThumbnail(String evidenceId);

  /**
   * The original bytes for a bundle being written, checked as {@link #openContent} checks them
   * (against the SHA-256 only: equal SHA-256, equal bytes, so the recorded SHA-512 holds too) but
   * without a DOWNLOADED event: the bundle records EXPORTED once it is complete.
   */
  EvidenceContent openForExport(String evidenceId, String bundleId);

  /** Records that the item went into an exported bundle (for the bundle module). */
  void recordExport(String evidenceId, String bundleId);

  /** The largest upload accepted, in bytes. */
  long maxSize();
}
