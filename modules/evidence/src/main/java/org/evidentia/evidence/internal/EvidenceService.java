package org.evidentia.evidence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    return record(incident, evidence, fileName, stage(incident, declaredSize, content));
  }

  /** Refuses early what cannot fit, then streams the bytes into a temporary file while hashing. */
  ContentStore.Staged stage(IncidentView incident, Long declaredSize, InputStream content) {
    if (declaredSize != null && declaredSize > settings.maxSize()) {
      throw tooLarge();
    }
    try {
      return settings.store().stage(content, settings.maxSize());
    } catch (TooLargeException e) {
      throw tooLarge();
    } catch (IOException e) {
      LOG.log(Level.INFO, "upload to incident " + incident.id() + " broke off", e);
      throw new InvalidInputException(
          "file", "the upload broke off before the file was complete; nothing was kept");
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
   * Identifies the staged bytes, keeps them in the store and records the item. The temporary file
   * is gone afterwards whatever happens.
   */
  EvidenceView record(
      IncidentView incident, NewEvidence evidence, String fileName, ContentStore.Staged staged) {
    ContentStore store = settings.store();
    try (staged) {
      String name = FileNames.display(fileName);
      MediaTypes.Detected type = MediaTypes.detect(staged.file(), name);
      EmbeddedMetadata metadata =
          MediaTypes.mayCarryMetadata(type.mediaType())
              ? MetadataReader.read(staged.file())
              : EmbeddedMetadata.NONE;
      EvidenceItem.Analysis analysis =
          new EvidenceItem.Analysis(
              staged.sha256(),
              staged.sha512(),
              staged.size(),
              type.mediaType(),
              type.claimedType(),
              metadata);
      store.keep(staged);
      String itemId = UUID.randomUUID().toString();
      EvidenceItem item = receive(itemId, incident, evidence, name, analysis);
      if (MediaTypes.isImage(type.mediaType())) {
        Path thumbnail = store.thumbnail(staged.sha256());
        if (Files.exists(thumbnail)
            || Thumbnails.write(store.original(staged.sha256()), thumbnail)) {
          recorder.thumbnailMade(itemId);
        }
      }
      return view(em.find(EvidenceItem.class, item.id()), incident, null);
    } catch (IOException e) {
      throw new UncheckedIOException("the evidence store could not keep the file", e);
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
    recorder.integrityChecked(
        item.sha256(), fixity, "checked on request of " + caller.username(), at, false);
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
    ContentStore store = settings.store();
    if (!Files.isRegularFile(store.original(item.sha256()))) {
      throw new ConflictException(
          "the stored file of evidence '"
              + evidenceId
              + "' is missing; run its integrity check to record the failure");
    }
    recorder.custody(
        evidenceId,
        CustodyEventType.DOWNLOADED,
        "original downloaded by " + caller.username() + "; SHA-256 " + item.sha256());
    String sha256 = item.sha256();
    return new EvidenceContent(
        item.originalFileName(), item.mediaType(), item.size(), sha256, () -> store.open(sha256));
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
      return Optional.of(
          new EvidenceContent(
              "thumbnail-" + item.originalFileName() + ".jpg",
              "image/jpeg",
              Files.size(thumbnail),
              null,
              () -> Files.newInputStream(thumbnail)));
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
