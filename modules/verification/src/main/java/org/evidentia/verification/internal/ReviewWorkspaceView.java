package org.evidentia.verification.internal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidentia.evidence.api.Comparison;
import org.evidentia.evidence.api.EmbeddedMetadata;
import org.evidentia.evidence.api.Enums.Integrity;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.evidence.api.IntegrityResult;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;
import org.evidentia.verification.api.Checklist;
import org.evidentia.verification.api.Checklist.Analysis;
import org.evidentia.verification.api.Checklist.KeyFact;
import org.evidentia.verification.api.Checklist.Result;
import org.evidentia.verification.api.ReviewAction;
import org.evidentia.verification.api.ReviewActionType;
import org.evidentia.verification.api.ReviewView;
import org.evidentia.verification.api.Reviews;

/**
 * The review workspace of one incident: the record, its sources and casualty claims with their
 * grades, the evidence with what the files say beside the claims, the map, the checklist and the
 * caller's decisions. The version loaded with the page goes with every decision, so a decision
 * taken on an incident that changed meanwhile is refused with what changed. Anyone not on the case
 * team gets the 404 page; a caseworker reads it without decisions.
 */
@Named("reviewWorkspace")
@ViewScoped
public class ReviewWorkspaceView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A capture this far from the incident's time is highlighted (as on the evidence page). */
  static final Duration TIME_TOLERANCE = Duration.ofHours(24);

  /** A GPS position this far from the incident's coordinates is highlighted. */
  static final double DISTANCE_TOLERANCE_METERS = 1_000;

  static final List<ReviewActionType> DECISIONS =
      List.of(
          ReviewActionType.SIGN_OFF,
          ReviewActionType.REQUEST_INFORMATION,
          ReviewActionType.REJECT,
          ReviewActionType.REOPEN);

  @Inject Reviews reviews;

  @Inject Incidents incidents;

  @Inject IncidentParticulars particulars;

  @Inject Evidence evidence;

  @Inject Cases cases;

  @Inject Caller caller;

  // Transient: Weld does not passivate an injected configuration value; after the session moved
  // to another instance the getter reads it again.
  @Inject
  @ConfigProperty(name = "evidentia.map.tiles")
  transient String tiles;

  @Inject
  @ConfigProperty(name = "evidentia.map.attribution")
  transient String attribution;

  private String id;

  /** The incident's version as loaded: what the reviewer decides on. */
  private long version;

  private final Map<String, String> sourceGrades = new HashMap<>();
  private final Map<String, String> claimGrades = new HashMap<>();
  private final AnalysisInput sourceAnalysis = new AnalysisInput();
  private final AnalysisInput technicalAnalysis = new AnalysisInput();
  private final AnalysisInput contentAnalysis = new AnalysisInput();
  private final List<FactRow> keyFacts = new ArrayList<>();
  private String rationale;

  /** Refusals by field, named as the service names them (fact rows by their row on the page). */
  private final Map<String, String> errors = new HashMap<>();

  /** The server's answer when someone else acted first. */
  private String conflict;

  /** What the caller's last decision did. */
  private String done;

  private final Map<String, IntegrityResult> checked = new HashMap<>();

  private transient IncidentView incident;
  private transient CaseView caseFile;
  private transient ReviewView review;
  private transient List<SourceView> sources;
  private transient List<ClaimView> claims;
  private transient List<EvidenceView> items;

  /** One check of the checklist as typed. */
  public static class AnalysisInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private Result result;
    private String note;

    public Result getResult() {
      return result;
    }

    public void setResult(Result result) {
      this.result = result;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    Analysis toAnalysis() {
      return result == null && (note == null || note.isBlank()) ? null : new Analysis(result, note);
    }
  }

  /** One key fact as typed. */
  public static class FactRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String statement;
    private Integer credibility;

    public String getStatement() {
      return statement;
    }

    public void setStatement(String statement) {
      this.statement = statement;
    }

    public Integer getCredibility() {
      return credibility;
    }

    public void setCredibility(Integer credibility) {
      this.credibility = credibility;
    }

    boolean isEmpty() {
      return (statement == null || statement.isBlank()) && credibility == null;
    }
  }

  /** Opens the workspace, or answers 404 as if the incident did not exist. */
  public void load() {
    if (id == null || id.isBlank()) {
      Feedback.notFound();
      return;
    }
    try {
      incident = incidents.get(id);
      review = reviews.review(id);
    } catch (NotFoundException e) {
      Feedback.notFound();
      return;
    }
    version = review.version();
    // Not filled in from earlier grades: the signer grades every source (a grade given before,
    // perhaps by someone who may not review this incident, is shown beside the choice).
    sourceGrades.clear();
    if (keyFacts.isEmpty()) {
      keyFacts.add(new FactRow());
    }
  }

  // The decisions.

  public void signOff() {
    act(ReviewActionType.SIGN_OFF);
  }

  public void requestInformation() {
    act(ReviewActionType.REQUEST_INFORMATION);
  }

  public void reject() {
    act(ReviewActionType.REJECT);
  }

  public void reopen() {
    act(ReviewActionType.REOPEN);
  }

  private void act(ReviewActionType action) {
    errors.clear();
    conflict = null;
    done = null;
    List<Integer> rowOfFact = new ArrayList<>();
    try {
      Checklist checklist = action == ReviewActionType.SIGN_OFF ? checklist(rowOfFact) : null;
      ReviewView after = reviews.act(id, new ReviewAction(action, rationale, checklist, version));
      refresh();
      done =
          action == ReviewActionType.SIGN_OFF
                  && after.status() == org.evidentia.intake.api.Enums.IncidentStatus.UNDER_REVIEW
              ? Pages.text(
                  "workspace.done.signedOff", after.signOffs().size(), after.requiredSignOffs())
              : Pages.text("workspace.done." + action, statusText(after));
      rationale = null;
    } catch (InvalidInputException e) {
      FacesContext.getCurrentInstance().validationFailed();
      int onFields = 0;
      for (InvalidInputException.Violation v : e.violations()) {
        String field = pageField(v.field(), rowOfFact);
        if (field != null) {
          errors.put(field, v.message());
          onFields++;
        } else {
          Feedback.error(v.message());
        }
      }
      if (onFields > 0) {
        Feedback.error(Pages.text("workspace.incomplete", onFields));
      }
    } catch (ConflictException e) {
      FacesContext.getCurrentInstance().validationFailed();
      conflict = e.getMessage();
    } catch (DomainException e) {
      Feedback.refused("review", e);
    }
  }

  private static String statusText(ReviewView view) {
    return Feedback.text("org.evidentia.intake.messages", "incidentStatus." + view.status());
  }

  /** The checklist as typed; notes whose row each sent key fact is. */
  private Checklist checklist(List<Integer> rowOfFact) {
    Map<String, Reliability> sources = new LinkedHashMap<>();
    sourceGrades.forEach(
        (source, grade) -> {
          if (grade != null && !grade.isBlank()) {
            sources.put(source, Reliability.valueOf(grade));
          }
        });
    Map<String, Integer> claimsGraded = new LinkedHashMap<>();
    claimGrades.forEach(
        (claim, grade) -> {
          if (grade != null && !grade.isBlank()) {
            claimsGraded.put(claim, Integer.valueOf(grade));
          }
        });
    List<KeyFact> facts = new ArrayList<>();
    for (int row = 0; row < keyFacts.size(); row++) {
      FactRow fact = keyFacts.get(row);
      if (!fact.isEmpty()) {
        facts.add(new KeyFact(fact.getStatement(), fact.getCredibility()));
        rowOfFact.add(row);
      }
    }
    return new Checklist(
        sourceAnalysis.toAnalysis(),
        technicalAnalysis.toAnalysis(),
        contentAnalysis.toAnalysis(),
        sources,
        claimsGraded,
        facts);
  }

  /** Where a violation shows on this page, or null when no field of the page stands for it. */
  private String pageField(String field, List<Integer> rowOfFact) {
    if (field.startsWith("checklist.keyFacts[")) {
      int end = field.indexOf(']');
      int sent = Integer.parseInt(field.substring("checklist.keyFacts[".length(), end));
      if (sent >= rowOfFact.size()) {
        return null;
      }
      return "checklist.keyFacts[" + rowOfFact.get(sent) + "]" + field.substring(end + 1);
    }
    if (field.startsWith("checklist.sourceGrades.")) {
      String source = field.substring("checklist.sourceGrades.".length());
      return getSources().stream().anyMatch(s -> s.id().equals(source)) ? field : null;
    }
    if (field.startsWith("checklist.claimGrades.")) {
      String claim = field.substring("checklist.claimGrades.".length());
      return getClaims().stream().anyMatch(c -> c.id().equals(claim)) ? field : null;
    }
    return switch (field) {
      case "rationale",
          "checklist.keyFacts",
          "checklist.sourceAnalysis.result",
          "checklist.sourceAnalysis.note",
          "checklist.technicalAnalysis.result",
          "checklist.technicalAnalysis.note",
          "checklist.contentAnalysis.result",
          "checklist.contentAnalysis.note" ->
          field;
      default -> null;
    };
  }

  private void refresh() {
    incident = null;
    review = null;
    sources = null;
    claims = null;
    items = null;
    version = getReview().version();
  }

  /** Re-hashes one item's stored bytes now; a failure is an alarm and blocks sign-offs. */
  public void checkIntegrity(String evidenceId) {
    try {
      IntegrityResult result = evidence.checkIntegrity(evidenceId);
      checked.put(evidenceId, result);
      items = null;
      review = null;
      if (result.integrity() == Integrity.OK) {
        Feedback.info(Pages.text("evidence.checked.ok"));
      } else {
        Feedback.error(Pages.text("evidence.checked.failed", result.details()));
      }
    } catch (DomainException e) {
      Feedback.refused("review", e);
    }
  }

  public void addFact() {
    keyFacts.add(new FactRow());
  }

  public void removeFact(int row) {
    if (row >= 0 && row < keyFacts.size()) {
      keyFacts.remove(row);
      // The rows below moved up: their marks no longer fit.
      errors.keySet().removeIf(k -> k.startsWith("checklist.keyFacts["));
    }
    if (keyFacts.isEmpty()) {
      keyFacts.add(new FactRow());
    }
  }

  // What the page shows.

  public IncidentView getIncident() {
    if (incident == null && id != null) {
      incident = incidents.get(id);
    }
    return incident;
  }

  public CaseView getCaseFile() {
    if (caseFile == null && getIncident() != null) {
      caseFile = cases.get(getIncident().caseId());
    }
    return caseFile;
  }

  public ReviewView getReview() {
    if (review == null && id != null) {
      review = reviews.review(id);
    }
    return review;
  }

  public List<SourceView> getSources() {
    if (sources == null && id != null) {
      sources = particulars.sources(id);
    }
    return sources;
  }

  public List<ClaimView> getClaims() {
    if (claims == null && id != null) {
      claims = particulars.claims(id);
    }
    return claims;
  }

  /** The casualty claims one source made. */
  public List<ClaimView> claimsOf(String sourceId) {
    return getClaims().stream().filter(c -> sourceId.equals(c.sourceId())).toList();
  }

  public List<EvidenceView> getItems() {
    if (items == null && id != null) {
      items =
          evidence
              .list(
                  id,
                  new PageRequest(
                      0, PageRequest.MAX_SIZE, new PageRequest.Sort("receivedAt", true), null))
              .items();
    }
    return items;
  }

  public boolean may(String action) {
    return getReview().availableActions().contains(ReviewActionType.valueOf(action));
  }

  /** Whether the caller has any decision to take here. */
  public boolean isDeciding() {
    return getReview().availableActions().stream().anyMatch(DECISIONS::contains);
  }

  public boolean isMaySignOff() {
    return may("SIGN_OFF");
  }

  public boolean isReviewer() {
    return caller.hasRole(Role.REVIEWER);
  }

  public List<Map.Entry<ReviewActionType, String>> getBlocked() {
    return List.copyOf(getReview().blockedActions().entrySet());
  }

  public Reliability[] getReliabilities() {
    return Reliability.values();
  }

  public List<Integer> getCredibilities() {
    return List.of(1, 2, 3, 4, 5, 6);
  }

  public Result[] getResults() {
    return Result.values();
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String sourceError(String sourceId) {
    return errors.get("checklist.sourceGrades." + sourceId);
  }

  public String claimError(String claimId) {
    return errors.get("checklist.claimGrades." + claimId);
  }

  public String factError(int row, String part) {
    return errors.get("checklist.keyFacts[" + row + "]." + part);
  }

  // The evidence beside the claims.

  private static Comparison comparison(EvidenceView item) {
    Comparison c = item.comparison();
    return c == null ? new Comparison(null, null, null, null) : c;
  }

  public EmbeddedMetadata metadata(EvidenceView item) {
    return item.metadata() == null ? EmbeddedMetadata.NONE : item.metadata();
  }

  public boolean timeDiffers(EvidenceView item) {
    Long seconds = comparison(item).captureToIncidentSeconds();
    return seconds != null && Math.abs(seconds) > TIME_TOLERANCE.toSeconds();
  }

  public boolean placeDiffers(EvidenceView item) {
    Double meters = comparison(item).distanceFromIncidentMeters();
    return meters != null && meters > DISTANCE_TOLERANCE_METERS;
  }

  /** From the incident's start to the capture: "+2 h 5 min" after it, "−3 d 1 h 0 min" before. */
  public String captureToIncident(EvidenceView item) {
    Long seconds = comparison(item).captureToIncidentSeconds();
    if (seconds == null) {
      return null;
    }
    long s = Math.abs(seconds);
    String text = Pages.text("duration", s / 86_400, s % 86_400 / 3_600, s % 3_600 / 60);
    return (seconds < 0 ? "−" : "+") + text;
  }

  public String distanceKm(EvidenceView item) {
    Double meters = comparison(item).distanceFromIncidentMeters();
    return meters == null ? null : String.format(Locale.ROOT, "%.2f", meters / 1000);
  }

  public String position(Double latitude, Double longitude) {
    if (latitude == null || longitude == null) {
      return null;
    }
    return String.format(Locale.ROOT, "%.5f, %.5f", latitude, longitude);
  }

  /** "2", "8–16", "≥ 100", or "–" when unknown. */
  public String figure(org.evidentia.intake.api.Range range) {
    if (range == null || (range.min() == null && range.max() == null)) {
      return "–";
    }
    if (range.max() == null) {
      return "≥ " + range.min();
    }
    if (range.min() == null) {
      return "≤ " + range.max();
    }
    return range.min().equals(range.max())
        ? range.min().toString()
        : range.min() + "–" + range.max();
  }

  public IntegrityResult checked(String evidenceId) {
    return checked.get(evidenceId);
  }

  /** The incident and every item with a GPS position, for the map. */
  /** The place as recorded: name, locality, region, whichever are known. */
  public String getPlace() {
    org.evidentia.intake.api.Location l = getIncident().location();
    if (l == null) {
      return "–";
    }
    String place =
        java.util.stream.Stream.of(
                l.placeName(), l.locality(), l.district(), l.region(), l.country())
            .filter(part -> part != null && !part.isBlank())
            .distinct()
            .collect(java.util.stream.Collectors.joining(", "));
    return place.isEmpty() ? "–" : place;
  }

  public String getMapPoints() {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    JsonArrayBuilder points = Json.createArrayBuilder();
    IncidentView i = getIncident();
    if (i.location() != null
        && i.location().latitude() != null
        && i.location().longitude() != null) {
      points.add(
          Json.createObjectBuilder()
              .add("id", i.id())
              .add("lat", i.location().latitude())
              .add("lon", i.location().longitude())
              .add("title", Pages.text("map.incident", i.title()))
              .add("href", context + "/intake/incident.xhtml?id=" + i.id())
              .add("kind", "incident"));
    }
    for (EvidenceView item : getItems()) {
      EmbeddedMetadata m = metadata(item);
      if (m.latitude() != null && m.longitude() != null) {
        points.add(
            Json.createObjectBuilder()
                .add("id", item.id())
                .add("lat", m.latitude())
                .add("lon", m.longitude())
                .add("title", Pages.text("map.evidence", item.originalFileName()))
                .add("href", context + "/evidence/item.xhtml?id=" + item.id())
                .add("kind", "evidence"));
      }
    }
    return points.build().toString();
  }

  public String getTiles() {
    if (tiles == null) {
      tiles = ConfigProvider.getConfig().getValue("evidentia.map.tiles", String.class);
    }
    return tiles;
  }

  public String getAttribution() {
    if (attribution == null) {
      attribution = ConfigProvider.getConfig().getValue("evidentia.map.attribution", String.class);
    }
    return attribution;
  }

  // Form fields.

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public Map<String, String> getSourceGrades() {
    return sourceGrades;
  }

  public Map<String, String> getClaimGrades() {
    return claimGrades;
  }

  public AnalysisInput getSourceAnalysis() {
    return sourceAnalysis;
  }

  public AnalysisInput getTechnicalAnalysis() {
    return technicalAnalysis;
  }

  public AnalysisInput getContentAnalysis() {
    return contentAnalysis;
  }

  public List<FactRow> getKeyFacts() {
    return keyFacts;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getConflict() {
    return conflict;
  }

  public String getDone() {
    return done;
  }
}
