package org.evidentia.evidence.internal;

import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidentia.evidence.api.Enums.EvidenceKind;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.SourceView;
import org.evidentia.intake.api.TeamMemberView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.LazyPages;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.TooLargeException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/**
 * The evidence section of an incident page: the upload form (caseworkers on the team) and the
 * incident's items as a lazy table. Each uploaded file streams from the servlet container's part
 * (on disk above the multipart threshold) into {@link Evidence#upload}, which hashes it on the way
 * into the store; the service checks everything again.
 */
@Named
@ViewScoped
public class IncidentEvidenceView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(IncidentEvidenceView.class.getName());

  /** How many of this view's uploads are listed above the table. */
  private static final int RECEIVED_SHOWN = 20;

  @Inject Evidence evidence;

  @Inject Incidents incidents;

  @Inject IncidentParticulars particulars;

  @Inject Cases cases;

  @Inject Caller caller;

  private String incidentId;
  private String caseId;
  private String query;

  private EvidenceKind kind;
  private String description;
  private String sourceId;
  private String collectedBy;
  private LocalDateTime obtainedAt;
  private boolean graphic;
  private boolean personalData;
  private String derivedFrom;

  /** What was uploaded in this view, newest first, with the duplicate notice where it applies. */
  private final List<Received> received = new ArrayList<>();

  private transient List<SourceView> sources;
  private transient List<TeamMemberView> team;
  private transient List<EvidenceView> originals;

  /**
   * One upload's outcome as shown above the table.
   *
   * @param duplicateOf the earlier item with the same bytes, when the uploader may see it
   * @param duplicateName its file name, to say which item it is
   */
  public record Received(
      String id,
      String fileName,
      String sha256,
      boolean duplicateContent,
      String duplicateOf,
      String duplicateName)
      implements Serializable {}

  private final LazyDataModel<EvidenceView> rows =
      new LazyPages<>(
          request -> evidence.list(incidentId, request),
          Evidence.SORTABLE,
          () -> query,
          EvidenceView::id);

  /**
   * Called as the incident page renders, with the incident it shows (intake has already answered
   * 404 to anyone not on the team). Nothing to do for a new incident.
   */
  public void show(String incident) {
    if (incident == null || incident.isBlank() || incident.equals(incidentId)) {
      return;
    }
    caseId = incidents.get(incident).caseId();
    incidentId = incident;
  }

  /**
   * One file of an upload (multi-file uploads send one request per file). PrimeFaces announces the
   * file while validating, before the other fields reach this bean; the event is handed on to the
   * invoke-application phase, which a field that fails validation never reaches.
   */
  public void upload(FileUploadEvent event) {
    if (event.getPhaseId() != PhaseId.INVOKE_APPLICATION) {
      event.setPhaseId(PhaseId.INVOKE_APPLICATION);
      event.queue();
      return;
    }
    UploadedFile file = event.getFile();
    try {
      if (sourceId == null && collectedBy == null) {
        Feedback.refused(
            "newEvidence",
            new InvalidInputException("sourceId", Pages.text("evidence.provenance")));
        return;
      }
      EvidenceView created;
      try (InputStream in = file.getInputStream()) {
        created = evidence.upload(incidentId, input(), file.getFileName(), file.getSize(), in);
      }
      remember(created);
      originals = null;
      Feedback.info(Pages.text("evidence.uploaded", created.originalFileName()));
    } catch (TooLargeException e) {
      Feedback.refused(
          "newEvidence",
          new InvalidInputException(
              "file", Pages.text("evidence.tooLarge", Pages.bytes(evidence.maxSize()))));
    } catch (DomainException e) {
      Feedback.refused("newEvidence", e);
    } catch (IOException e) {
      LOG.log(Level.INFO, "upload to incident " + incidentId + " broke off", e);
      Feedback.error(Pages.text("evidence.brokeOff"));
    } finally {
      try {
        file.delete();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "the container removes the part at the end of the request", e);
      }
    }
  }

  private NewEvidence input() {
    return new NewEvidence(
        kind,
        description,
        sourceId,
        collectedBy,
        obtainedAt == null ? null : obtainedAt.toInstant(ZoneOffset.UTC),
        graphic,
        personalData,
        derivedFrom);
  }

  private void remember(EvidenceView created) {
    String duplicateName = null;
    if (created.duplicateOf() != null) {
      try {
        duplicateName = evidence.peek(created.duplicateOf()).originalFileName();
      } catch (NotFoundException e) {
        duplicateName = null;
      }
    }
    received.add(
        0,
        new Received(
            created.id(),
            created.originalFileName(),
            created.sha256(),
            created.duplicateContent(),
            created.duplicateOf(),
            duplicateName));
    if (received.size() > RECEIVED_SHOWN) {
      received.remove(received.size() - 1);
    }
  }

  /** Caseworkers upload; the page is only shown to the case team, and the service checks both. */
  public boolean isMayUpload() {
    return incidentId != null && caller.hasRole(Role.CASEWORKER);
  }

  public boolean isShown() {
    return incidentId != null;
  }

  public long getMaxSize() {
    return evidence.maxSize();
  }

  public String getMaxSizeText() {
    return Pages.bytes(evidence.maxSize());
  }

  public String bytes(long size) {
    return Pages.bytes(size);
  }

  public LazyDataModel<EvidenceView> getRows() {
    return rows;
  }

  public List<Received> getReceived() {
    return received;
  }

  public List<SourceView> getSources() {
    if (sources == null && incidentId != null) {
      sources = particulars.sources(incidentId);
    }
    return sources;
  }

  public List<TeamMemberView> getTeam() {
    if (team == null && caseId != null) {
      team = cases.team(caseId);
    }
    return team;
  }

  /** The incident's originals, which a redacted copy may be derived from (first page only). */
  public List<EvidenceView> getOriginals() {
    if (originals == null && incidentId != null) {
      originals =
          evidence
              .list(
                  incidentId,
                  new PageRequest(
                      0, PageRequest.MAX_SIZE, new PageRequest.Sort("receivedAt", false), null))
              .items()
              .stream()
              .filter(e -> e.derivedFrom() == null)
              .toList();
    }
    return originals;
  }

  public EvidenceKind[] getKinds() {
    return EvidenceKind.values();
  }

  // Form fields.

  public String getIncidentId() {
    return incidentId;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public void setKind(EvidenceKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSourceId() {
    return sourceId;
  }

  public void setSourceId(String sourceId) {
    this.sourceId = sourceId;
  }

  public String getCollectedBy() {
    return collectedBy;
  }

  public void setCollectedBy(String collectedBy) {
    this.collectedBy = collectedBy;
  }

  public LocalDateTime getObtainedAt() {
    return obtainedAt;
  }

  public void setObtainedAt(LocalDateTime obtainedAt) {
    this.obtainedAt = obtainedAt;
  }

  public boolean isGraphic() {
    return graphic;
  }

  public void setGraphic(boolean graphic) {
    this.graphic = graphic;
  }

  public boolean isPersonalData() {
    return personalData;
  }

  public void setPersonalData(boolean personalData) {
    this.personalData = personalData;
  }

  public String getDerivedFrom() {
    return derivedFrom;
  }

  public void setDerivedFrom(String derivedFrom) {
    this.derivedFrom = derivedFrom;
  }
}
