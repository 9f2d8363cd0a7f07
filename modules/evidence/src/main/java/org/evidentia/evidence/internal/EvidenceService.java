package org.evidentia.evidence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidentia.evidence.api.CustodyEventView;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.CustodyEventType;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceContent;
import org.evidentia.evidence.api.EvidenceStanding;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.evidence.api.IntegrityResult;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.SourceView;
import org.evidentia.intake.api.TeamMemberView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;
import org.evidentia.kernel.TooLargeException;

/**
 * Evidence as the pages and the API use it. Streaming and hashing run outside any transaction; the
 * writes go through {@link EvidenceRecorder}, one short transaction each.
 */
@ApplicationScoped
class EvidenceService implements Evidence {

  private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());
  static final int MAX_DESCRIPTION = 4000;

  /** Clocks of phones and servers differ; an obtainedAt this far ahead is still accepted. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** Concurrent identical uploads collide on the content key; the loser retries as a duplicate. */
  private static final int ATTEMPTS = 3;

  private static final PagedQuery LIST =
      new PagedQuery(
          "EvidenceItem",
          List.of("description", "originalFileName"),
          Map.of(
              "receivedAt", "receivedAt",
              "kind", "kind",
              "originalFileName", "originalFileName",
              "size", "size",
              "mediaType", "mediaType"),
          "e.receivedAt DESC, e.id");

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject EvidenceAccess access;

  @Inject EvidenceRecorder recorder;

  @Inject EvidenceSettings settings;

  @Inject IncidentParticulars particulars;

  @Inject Cases cases;

  @Inject Caller caller;

  @Inject Clock clock;

  @Override
  public long maxSize() {
    return settings.maxSize();
  }

  @Override
  public EvidenceView upload(
      String incidentId,
      NewEvidence evidence,
      String fileName,
      Long declaredSize,
      InputStream content) {
    IncidentView incident = access.incidentForUpload(incidentId);
    check(incident, evidence);
    return record(incident, evidence, fileName, stage(incident.id(), declaredSize, content));
  }

  /** Refuses early what cannot fit, then streams the bytes into a temporary file while hashing. */
  ContentStore.Staged stage(String incidentId, Long declaredSize, InputStream content) {
    if (declaredSize != null && declaredSize > settings.maxSize()) {
      throw tooLarge();
    }
    try {
      return settings.store().stage(content, settings.maxSize());
    } catch (TooLargeException e) {
      throw tooLarge();
    } catch (ContentStore.SourceBrokeOff e) {
      LOG.log(Level.INFO, "upload to incident " + incidentId + " broke off", e);
      throw new InvalidInputException(
          "file", "the upload broke off before the file was complete; nothing was kept");
    } catch (IOException e) {
      throw storageFailure("staging an upload to incident " + incidentId, e);
    }
  }

  /**
   * The store could not write (disk full, permissions, a broken volume): the server's fault, not
   * the uploader's. Logged SEVERE; answered 507 when the disk is full, else 500.
   */
  static final class StorageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean full;

    StorageFailure(String message, boolean full, Throwable cause) {
      super(message, cause);
      this.full = full;
    }

    boolean full() {
      return full;
    }
  }

  private StorageFailure storageFailure(String doing, IOException e) {
    boolean full = isDiskFull(e);
    LOG.log(Level.SEVERE, "EVIDENCE STORE FAILURE while " + doing, e);
    return new StorageFailure(
        full
            ? "the evidence store is out of space; nothing was kept"
            : "the evidence store could not write the file; nothing was kept",
        full,
        e);
  }

  private boolean isDiskFull(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains("No space left") || message.contains("Disk quota exceeded"))) {
        return true;
      }
    }
    try {
      Path incoming = settings.store().incoming();
      return Files.getFileStore(Files.exists(incoming) ? incoming : incoming.getRoot())
              .getUsableSpace()
          < 1024 * 1024;
    } catch (IOException | RuntimeException ignored) {
      return false;
    }
  }

  private TooLargeException tooLarge() {
    return new TooLargeException(
        "the file is larger than the limit of " + settings.maxSize() + " bytes; nothing was kept");
  }

  /** What the uploader says, checked against the incident before anything is kept. */
  void check(IncidentView incident, NewEvidence evidence) {
    List<InvalidInputException.Violation> violations = new ArrayList<>();
    if (evidence == null || evidence.kind() == null) {
      violations.add(
          new InvalidInputException.Violation("kind", "the kind of evidence is required"));
    }
    if (evidence != null) {
      if (evidence.description() != null && evidence.description().length() > MAX_DESCRIPTION) {
        violations.add(
            new InvalidInputException.Violation(
                "description", "must be at most " + MAX_DESCRIPTION + " characters"));
      }
      if (evidence.obtainedAt() != null
          && evidence.obtainedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
        violations.add(
            new InvalidInputException.Violation("obtainedAt", "must not be in the future"));
      }
      if (evidence.sourceId() == null && evidence.collectedBy() == null) {
        violations.add(
            new InvalidInputException.Violation(
                "sourceId",
                "say where the file came from: a source of the incident (sourceId) or the team"
                    + " member who collected it (collectedBy)"));
      }
      if (evidence.sourceId() != null
          && particulars.sources(incident.id()).stream()
              .map(SourceView::id)
              .noneMatch(evidence.sourceId()::equals)) {
        violations.add(
            new InvalidInputException.Violation("sourceId", "not a source of this incident"));
      }
      if (evidence.collectedBy() != null
          && cases.team(incident.caseId()).stream()
              .map(TeamMemberView::username)
              .noneMatch(evidence.collectedBy()::equals)) {
        violations.add(
            new InvalidInputException.Violation("collectedBy", "not a member of the case team"));
      }
      if (evidence.derivedFrom() != null) {
        EvidenceItem original = em.find(EvidenceItem.class, evidence.derivedFrom());
        if (original == null
            || !original.incidentId().equals(incident.id())
            || original.derivedFrom() != null) {
          violations.add(
              new InvalidInputException.Violation(
                  "derivedFrom", "must be an original evidence item of the same incident"));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /**
   * Identifies the staged bytes, keeps them in the store and records the item with its RECEIVED
   * custody; only then are the stored file's metadata read and its thumbnail made, within bounds
   * ({@link MetadataReader}, {@link Thumbnails}), and neither can fail the upload. The temporary
   * file is gone afterwards whatever happens.
   */
  EvidenceView record(
      IncidentView incident, NewEvidence evidence, String fileName, ContentStore.Staged staged) {
    ContentStore store = settings.store();
    try (staged) {
      String name = FileNames.display(fileName);
      MediaTypes.Detected type;
      try {
        // the plaintext: a staged file is sealed when an evidence key is configured
        type = MediaTypes.detect(store.openFile(staged.file()), name);
      } catch (IOException e) {
        throw storageFailure("reading a staged upload to incident " + incident.id(), e);
      }
      if (evidence.derivedFrom() != null) {
        EvidenceItem original = em.find(EvidenceItem.class, evidence.derivedFrom());
        if (original != null && original.sha256().equals(staged.sha256())) {
          throw new InvalidInputException(
              "derivedFrom",
              "the redacted copy has exactly the bytes of the original; redact the file before"
                  + " uploading it");
        }
      }
      EvidenceItem.Analysis analysis =
          new EvidenceItem.Analysis(
              staged.sha256(),
              staged.sha512(),
              staged.size(),
              type.mediaType(),
              type.claimedType(),
              EmbeddedMetadata.NONE);
      ContentStore.Kept kept;
      Path freshCopy = null;
      try {
        kept = store.keep(staged);
        if (kept == ContentStore.Kept.STORED_COPY_DAMAGED) {
          freshCopy = store.latestQuarantined(staged.sha256());
        }
      } catch (IOException e) {
        throw storageFailure("storing an upload to incident " + incident.id(), e);
      }
      String itemId = UUID.randomUUID().toString();
      EvidenceItem item = receive(itemId, incident, evidence, name, analysis);
      if (kept == ContentStore.Kept.STORED_COPY_DAMAGED) {
        recorder.storedCopyDamaged(
            staged.sha256(),
            store.verify(staged.sha256(), staged.sha512(), staged.size()).details(),
            freshCopy == null ? "a quarantined file" : store.relative(freshCopy),
            clock.instant());
      } else {
        analyse(itemId, staged.sha256(), type.mediaType());
      }
      return view(em.find(EvidenceItem.class, item.id()), incident, null);
    }
  }

  /** Metadata and thumbnail of a recorded item, read from the stored file; never throws. */
  private void analyse(String itemId, String sha256, String mediaType) {
    boolean mayCarry = MediaTypes.mayCarryMetadata(mediaType);
    boolean decodable = Thumbnails.decodable(mediaType);
    ContentStore store = settings.store();
    // A sealed original is read through a temporary plain copy (the readers need random access).
    try (ContentStore.Readable readable = mayCarry || decodable ? store.readable(sha256) : null) {
      MetadataReader.Result metadata =
          mayCarry
              ? MetadataReader.analyse(readable.path())
              : new MetadataReader.Result(EmbeddedMetadata.NONE, null);
      boolean thumbnail = false;
      if (decodable) {
        Path target = store.thumbnail(sha256);
        thumbnail = Files.exists(target);
        if (!thumbnail) {
          Path staging = store.thumbnailStaging();
          thumbnail = Thumbnails.write(readable.path(), staging);
          if (thumbnail) {
            store.keepThumbnail(staging, target);
          } else {
            Files.deleteIfExists(staging);
          }
        }
      }
      recorder.analysed(itemId, metadata.metadata(), thumbnail, metadata.problem());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "evidence " + itemId + " could not be opened for analysis", e);
    } catch (RuntimeException e) {
      // The item and its custody are recorded; without metadata it is still evidence.
      LOG.log(Level.WARNING, "analysis of evidence " + itemId + " could not be recorded", e);
    }
  }

  private EvidenceItem receive(
      String itemId,
      IncidentView incident,
      NewEvidence evidence,
      String name,
      EvidenceItem.Analysis analysis) {
    for (int attempt = 1; ; attempt++) {
      try {
        return recorder.receive(itemId, incident.id(), incident.caseId(), evidence, name, analysis);
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isKeyCollision(e)) {
          throw e;
        }
        LOG.fine("identical upload recorded concurrently; recording " + itemId + " as duplicate");
      }
    }
  }

  /** A unique-key violation (SQLState 23505 on H2 and PostgreSQL) or a lock wait that timed out. */
  static boolean isKeyCollision(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if ("23505".equals(state) || "HYT00".equals(state) || "40001".equals(state)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<EvidenceView> list(String incidentId, PageRequest request) {
    IncidentView incident = access.incident(incidentId);
    Viewer viewer = new Viewer(incident);
    return LIST.fetch(
        em,
        EvidenceItem.class,
        request,
        item -> view(item, incident, viewer),
        List.of(PagedQuery.Condition.of("e.incidentId = :incident", "incident", incidentId)));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public EvidenceStanding standing(String incidentId) {
    access.incident(incidentId);
    Long items =
        em.createQuery("SELECT COUNT(e) FROM EvidenceItem e WHERE e.incidentId = :i", Long.class)
            .setParameter("i", incidentId)
            .getSingleResult();
    List<String> uploaders =
        em.createQuery(
                "SELECT DISTINCT e.receivedBy FROM EvidenceItem e WHERE e.incidentId = :i",
                String.class)
            .setParameter("i", incidentId)
            .getResultList();
    List<String> failed =
        withIntegrity(incidentId, org.evidentia.evidence.api.Enums.Integrity.FAILED);
    List<String> unchecked =
        withIntegrity(incidentId, org.evidentia.evidence.api.Enums.Integrity.UNCHECKED);
    return new EvidenceStanding(items.intValue(), Set.copyOf(uploaders), failed, unchecked);
  }

  private List<String> withIntegrity(
      String incidentId, org.evidentia.evidence.api.Enums.Integrity integrity) {
    return em.createQuery(
            "SELECT e.id FROM EvidenceItem e WHERE e.incidentId = :i AND e.integrity = :f"
                + " ORDER BY e.id",
            String.class)
        .setParameter("i", incidentId)
        .setParameter("f", integrity)
        .getResultList();
  }

  @Override
  @Transactional
  public EvidenceView get(String evidenceId) {
    EvidenceAccess.Visible visible = access.visible(evidenceId);
    recorder.custody(evidenceId, CustodyEventType.VIEWED, "viewed by " + caller.username());
    return view(visible.item(), visible.incident(), null);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public EvidenceView peek(String evidenceId) {
    EvidenceAccess.Visible visible = access.visible(evidenceId);
    return view(visible.item(), visible.incident(), null);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CustodyEventView> custody(String evidenceId) {
    access.visible(evidenceId);
    return em
        .createQuery(
            "SELECT c FROM CustodyEvent c WHERE c.evidenceId = :e ORDER BY c.at, c.id",
            CustodyEvent.class)
        .setParameter("e", evidenceId)
        .getResultList()
        .stream()
        .map(CustodyEvent::view)
        .toList();
  }

  @Override
  public IntegrityResult checkIntegrity(String evidenceId) {
    EvidenceItem item = access.visible(evidenceId).item();
    ContentStore.Fixity fixity = settings.store().verify(item.sha256(), item.sha512(), item.size());
    java.time.Instant at = clock.instant();
    String username = caller.username();
    recorder.integrityCheckedOnRequest(
        evidenceId, fixity, "checked on request of " + username, username, at);
    return new IntegrityResult(
        evidenceId,
        fixity.intact()
            ? org.evidentia.evidence.api.Enums.Integrity.OK
            : org.evidentia.evidence.api.Enums.Integrity.FAILED,
        at,
        fixity.details());
  }

  @Override
  @Transactional
  public EvidenceContent openContent(String evidenceId) {
    EvidenceItem item = access.visible(evidenceId).item();
    String username = caller.username();
    EvidenceContent content =
        verifiedContent(item, "found while sending the original to " + username, username, true);
    recorder.custody(
        evidenceId,
        CustodyEventType.DOWNLOADED,
        "original downloaded by " + username + "; SHA-256 " + item.sha256());
    return content;
  }

  @Override
  public EvidenceContent openForExport(String evidenceId, String bundleId) {
    EvidenceItem item = access.visible(evidenceId).item();
    return verifiedContent(
        item, "found while writing bundle " + bundleId, caller.username(), false);
  }

  /**
   * The original bytes, refused when the item has failed a check or its file is gone. The stream is
   * hashed while it is read: altered bytes end it before its last byte and are recorded as an
   * integrity failure.
   */
  private EvidenceContent verifiedContent(
      EvidenceItem item, String context, String checkedBy, boolean sha512Too) {
    String evidenceId = item.id();
    ContentStore store = settings.store();
    if (item.integrity() == org.evidentia.evidence.api.Enums.Integrity.FAILED) {
      throw new ConflictException(
          "the stored file of evidence '"
              + evidenceId
              + "' failed its integrity check"
              + (item.integrityCheckedAt() == null ? "" : " on " + item.integrityCheckedAt())
              + ": its bytes are no longer those received and are not sent; an administrator must"
              + " restore the original from a verified copy, then check its integrity again");
    }
    if (!Files.isRegularFile(store.original(item.sha256()))) {
      throw new ConflictException(
          "the stored file of evidence '"
              + evidenceId
              + "' is missing; run its integrity check to record the failure");
    }
    String sha256 = item.sha256();
    String sha512 = item.sha512();
    long size = item.size();
    return new EvidenceContent(
        item.originalFileName(),
        item.mediaType(),
        size,
        sha256,
        () ->
            store.openVerified(
                sha256,
                sha512Too ? sha512 : null,
                size,
                fixity ->
                    recorder.integrityCheckedOnRequest(
                        evidenceId, fixity, context, checkedBy, clock.instant())));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<EvidenceContent> openThumbnail(String evidenceId) {
    EvidenceItem item = access.visible(evidenceId).item();
    Path thumbnail = settings.store().thumbnail(item.sha256());
    if (!item.hasThumbnail() || !Files.isRegularFile(thumbnail)) {
      return Optional.empty();
    }
    try {
      byte[] jpeg = settings.store().readThumbnail(thumbnail);
      return Optional.of(
          new EvidenceContent(
              "thumbnail-" + item.originalFileName() + ".jpg",
              "image/jpeg",
              jpeg.length,
              null,
              () -> new java.io.ByteArrayInputStream(jpeg)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  @Transactional
  public void recordExport(String evidenceId, String bundleId) {
    access.visible(evidenceId);
    recorder.custody(evidenceId, CustodyEventType.EXPORTED, "exported in bundle " + bundleId);
  }

  private EvidenceView view(EvidenceItem item, IncidentView incident, Viewer viewer) {
    Viewer v = viewer != null ? viewer : new Viewer(incident);
    return item.view(
        v.visibleDuplicate(item.duplicateOf()),
        incident.occurred() == null ? null : incident.occurred().from(),
        incident.location() == null ? null : incident.location().latitude(),
        incident.location() == null ? null : incident.location().longitude());
  }

  /** Answers, once per request, whether the caller may see an earlier item with the same bytes. */
  private final class Viewer {
    private final IncidentView incident;
    private Set<String> myCases;

    Viewer(IncidentView incident) {
      this.incident = incident;
    }

    String visibleDuplicate(String duplicateOf) {
      if (duplicateOf == null) {
        return null;
      }
      EvidenceItem earlier = em.find(EvidenceItem.class, duplicateOf);
      if (earlier == null) {
        return null;
      }
      if (earlier.caseId().equals(incident.caseId())) {
        return duplicateOf;
      }
      if (myCases == null) {
        myCases = access.myCaseIds();
      }
      return myCases.contains(earlier.caseId()) ? duplicateOf : null;
    }
  }
}
