package org.evidentia.classification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.classification.api.ClassificationEvent;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.Classifications;
import org.evidentia.classification.api.CrimeView;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Enums.ClassificationStatus;
import org.evidentia.classification.api.Enums.Decision;
import org.evidentia.classification.api.Matrix;
import org.evidentia.classification.api.NewLink;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.IncidentWorkflow;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/**
 * Classifications and their element links. Changes to one incident's classifications are ordered by
 * the incident's row lock (as review actions are), so two analysts cannot propose the same crime
 * twice or edit one classification at once on different instances.
 */
@ApplicationScoped
@Transactional
class ClassificationService implements Classifications {

  static final int MAX_TEXT = 8000;

  @PersistenceContext(unitName = "classification")
  EntityManager em;

  @Inject TaxonomyService taxonomy;

  @Inject Incidents incidents;

  @Inject IncidentWorkflow workflow;

  @Inject IncidentParticulars particulars;

  @Inject Evidence evidence;

  @Inject Cases cases;

  @Inject Caller caller;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Override
  public ClassificationView propose(String incidentId, String crimeCode, String rationale) {
    IncidentView incident = incidents.get(incidentId);
    requireAnalyst();
    String why = text(rationale, "rationale", "say why the incident may amount to this crime");
    Crime crime = crimeCode == null ? null : em.find(Crime.class, crimeCode.strip());
    if (crime == null) {
      throw new InvalidInputException(
          "crimeCode", "no crime with the code \"" + crimeCode + "\" in the taxonomy");
    }
    workflow.lock(incidentId);
    boolean already =
        !em.createQuery(
                "SELECT c.id FROM Classification c WHERE c.incidentId = :i AND c.crimeCode = :k"
                    + " AND c.status <> :w",
                String.class)
            .setParameter("i", incidentId)
            .setParameter("k", crime.code())
            .setParameter("w", ClassificationStatus.WITHDRAWN)
            .getResultList()
            .isEmpty();
    if (already) {
      throw new ConflictException(
          "the incident is already classified as " + crime.code() + " (proposed or confirmed)");
    }
    Instant now = clock.instant();
    Classification created = new Classification(incident, crime.code(), why, me(), now);
    em.persist(created);
    em.flush();
    em.persist(new ClassificationStep(created.id(), "PROPOSED", me(), now, why));
    audit.record(
        AuditEvent.of(
            "CLASSIFICATION_PROPOSED",
            "incident",
            incidentId,
            crime.code() + ", classification " + created.id()));
    return view(created, incident, Locale.ENGLISH);
  }

  @Override
  public ClassificationView decide(
      String classificationId, Decision decision, String note, Long expectedVersion) {
    Classification c = locked(classificationId);
    if (decision == null) {
      throw new InvalidInputException("action", "CONFIRM or WITHDRAW");
    }
    if (expectedVersion != null && expectedVersion != c.version()) {
      throw new ConflictException(
          "the classification changed since you loaded it (version "
              + expectedVersion
              + ", now "
              + c.version()
              + ", "
              + c.status()
              + "); reload it");
    }
    String why =
        decision == Decision.WITHDRAW
            ? text(note, "note", "say why the classification is withdrawn")
            : optional(note);
    Instant now = clock.instant();
    c.decide(decision, why, me(), now);
    if (decision == Decision.WITHDRAW) {
      em.createQuery("SELECT l FROM ElementLink l WHERE l.classificationId = :c", ElementLink.class)
          .setParameter("c", c.id())
          .getResultList()
          .forEach(ElementLink::uncount);
    }
    String action = decision == Decision.CONFIRM ? "CONFIRMED" : "WITHDRAWN";
    em.persist(new ClassificationStep(c.id(), action, me(), now, why));
    em.flush();
    audit.record(
        AuditEvent.of(
            "CLASSIFICATION_" + action,
            "incident",
            c.incidentId(),
            c.crimeCode() + ", classification " + c.id()));
    return view(c, incidents.get(c.incidentId()), Locale.ENGLISH);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ClassificationView get(String classificationId) {
    Classification c = visible(classificationId);
    return view(c, incidents.get(c.incidentId()), Locale.ENGLISH);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClassificationView> ofIncident(String incidentId) {
    IncidentView incident = incidents.get(incidentId);
    return em
        .createQuery(
            "SELECT c FROM Classification c WHERE c.incidentId = :i ORDER BY c.proposedAt DESC",
            Classification.class)
        .setParameter("i", incidentId)
        .getResultList()
        .stream()
        .map(c -> view(c, incident, Locale.ENGLISH))
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClassificationEvent> history(String classificationId) {
    visible(classificationId);
    return em
        .createQuery(
            "SELECT s FROM ClassificationStep s WHERE s.classificationId = :c ORDER BY s.at, s.id",
            ClassificationStep.class)
        .setParameter("c", classificationId)
        .getResultList()
        .stream()
        .map(ClassificationStep::view)
        .toList();
  }

  @Override
  public ElementLinkView link(String classificationId, NewLink link) {
    Classification c = locked(classificationId);
    c.requireActive();
    if (link == null || link.elementCode() == null || link.elementCode().isBlank()) {
      throw new InvalidInputException("elementCode", "name the element the support is for");
    }
    Element element = em.find(Element.class, link.elementCode());
    if (element == null || !element.crimeCode().equals(c.crimeCode())) {
      throw new InvalidInputException(
          "elementCode", "\"" + link.elementCode() + "\" is not an element of " + c.crimeCode());
    }
    if (link.strength() == null) {
      throw new InvalidInputException("strength", "DIRECT, CIRCUMSTANTIAL or CONTEXTUAL");
    }
    int targets =
        (link.evidenceId() == null ? 0 : 1)
            + (link.sourceId() == null ? 0 : 1)
            + (link.claimId() == null ? 0 : 1);
    if (targets != 1) {
      throw new InvalidInputException(
          "evidenceId", "link exactly one evidence item, source or casualty claim");
    }
    String label = label(c.incidentId(), link.evidenceId(), link.sourceId(), link.claimId(), true);
    boolean duplicate =
        em
            .createQuery(
                "SELECT l FROM ElementLink l WHERE l.classificationId = :c AND l.elementCode = :e",
                ElementLink.class)
            .setParameter("c", c.id())
            .setParameter("e", element.code())
            .getResultList()
            .stream()
            .anyMatch(l -> l.sameSupport(link));
    if (duplicate) {
      throw new ConflictException(
          label + " is already linked to " + element.code() + " in this classification");
    }
    Instant now = clock.instant();
    ElementLink created = new ElementLink(c, link, note(link.note()), me(), now);
    em.persist(created);
    em.persist(new ClassificationStep(c.id(), "LINKED", me(), now, element.code() + ": " + label));
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    audit.record(
        AuditEvent.of(
            "ELEMENT_LINKED",
            "incident",
            c.incidentId(),
            element.code() + " <- " + target(link) + ", link " + created.id()));
    return created.view(label);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ElementLinkView> links(String classificationId) {
    Classification c = visible(classificationId);
    return views(
        c.incidentId(),
        em.createQuery(
                "SELECT l FROM ElementLink l WHERE l.classificationId = :c"
                    + " ORDER BY l.elementCode, l.createdAt",
                ElementLink.class)
            .setParameter("c", c.id())
            .getResultList());
  }

  @Override
  public ElementLinkView unlink(String linkId, String note) {
    ElementLink link = linkId == null ? null : em.find(ElementLink.class, linkId);
    if (link == null) {
      throw new NotFoundException("element link", linkId);
    }
    Classification c = locked(link.classificationId());
    // Read again under the lock: someone may have withdrawn it a moment ago.
    em.refresh(link);
    String why = text(note, "note", "say why the link is withdrawn");
    if (!link.active()) {
      throw new ConflictException("the link is withdrawn already");
    }
    Instant now = clock.instant();
    link.withdraw(me(), now);
    em.persist(new ClassificationStep(c.id(), "UNLINKED", me(), now, why));
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    audit.record(
        AuditEvent.of("ELEMENT_UNLINKED", "incident", c.incidentId(), "link " + link.id()));
    return views(c.incidentId(), List.of(link)).get(0);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Matrix matrix(String caseId, Locale locale) {
    cases.get(caseId);
    List<Classification> active =
        em.createQuery(
                "SELECT c FROM Classification c WHERE c.caseId = :c AND c.status <> :w",
                Classification.class)
            .setParameter("c", caseId)
            .setParameter("w", ClassificationStatus.WITHDRAWN)
            .getResultList();
    Map<String, Map<String, ClassificationStatus>> crimesOf = new HashMap<>();
    Set<String> crimeCodes = new LinkedHashSet<>();
    for (Classification c : active) {
      crimesOf.computeIfAbsent(c.incidentId(), k -> new HashMap<>()).put(c.crimeCode(), c.status());
      crimeCodes.add(c.crimeCode());
    }
    List<Matrix.Column> columns = new ArrayList<>();
    for (String incidentId : crimesOf.keySet()) {
      IncidentView incident = incidents.get(incidentId);
      columns.add(
          new Matrix.Column(
              incidentId,
              incident.title(),
              incident.status(),
              incident.status() == org.evidentia.intake.api.Enums.IncidentStatus.VERIFIED));
    }
    columns.sort(
        java.util.Comparator.comparing(Matrix.Column::title)
            .thenComparing(Matrix.Column::incidentId));
    // The counts, grouped in the database over the matrix index.
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(
            "SELECT l.incidentId, l.elementCode, COUNT(l) FROM ElementLink l"
                + " WHERE l.caseId = :c AND l.standing = :yes GROUP BY l.incidentId, l.elementCode",
            Object[].class)
        .setParameter("c", caseId)
        .setParameter("yes", ElementLink.Standing.COUNTED)
        .getResultList()
        .forEach(r -> counts.put(r[0] + "|" + r[1], (Long) r[2]));
    List<Crime> crimes =
        crimeCodes.isEmpty()
            ? List.of()
            : em.createQuery(
                    "SELECT k FROM Crime k WHERE k.code IN :codes ORDER BY k.position", Crime.class)
                .setParameter("codes", List.copyOf(crimeCodes))
                .getResultList();
    Map<String, List<org.evidentia.classification.api.ElementView>> elements =
        taxonomy.elementsOf(crimes, locale);
    List<Matrix.Row> rows = new ArrayList<>();
    for (Crime crime : crimes) {
      List<org.evidentia.classification.api.ElementView> ofCrime =
          elements.getOrDefault(crime.code(), List.of());
      if (ofCrime.isEmpty()) {
        // Still shown: the classification is there, only its elements are not entered.
        List<Matrix.Cell> cells = new ArrayList<>();
        for (Matrix.Column column : columns) {
          cells.add(
              new Matrix.Cell(
                  column.incidentId(), null, crimesOf.get(column.incidentId()).get(crime.code())));
        }
        rows.add(new Matrix.Row(crime.code(), crime.title(locale), null, 0, null, null, cells));
        continue;
      }
      for (var element : ofCrime) {
        List<Matrix.Cell> cells = new ArrayList<>();
        for (Matrix.Column column : columns) {
          ClassificationStatus status = crimesOf.get(column.incidentId()).get(crime.code());
          cells.add(
              new Matrix.Cell(
                  column.incidentId(),
                  status == null
                      ? null
                      : counts.getOrDefault(column.incidentId() + "|" + element.code(), 0L),
                  status));
        }
        rows.add(
            new Matrix.Row(
                crime.code(),
                crime.title(locale),
                element.code(),
                element.position(),
                element.kind(),
                element.text(),
                cells));
      }
    }
    return new Matrix(caseId, columns, rows);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ElementLinkView> cell(String caseId, String incidentId, String elementCode) {
    cases.get(caseId);
    IncidentView incident = incidents.get(incidentId);
    if (!incident.caseId().equals(caseId)) {
      throw new NotFoundException("incident", incidentId);
    }
    return views(
        incidentId,
        em.createQuery(
                "SELECT l FROM ElementLink l WHERE l.caseId = :c AND l.incidentId = :i"
                    + " AND l.elementCode = :e AND l.standing = :yes ORDER BY l.createdAt",
                ElementLink.class)
            .setParameter("c", caseId)
            .setParameter("i", incidentId)
            .setParameter("e", elementCode)
            .setParameter("yes", ElementLink.Standing.COUNTED)
            .getResultList());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CrimeView> suggestions(String incidentId, Locale locale) {
    IncidentView incident = incidents.get(incidentId);
    if (incident.incidentType() == null) {
      return List.of();
    }
    List<String> codes =
        em
            .createNativeQuery(
                "SELECT s.crime_code FROM legal_suggestion s WHERE s.incident_type = ?1"
                    + " AND (s.target = ?2 OR s.target = '*')"
                    // What matches the target comes before what matches any target.
                    + " ORDER BY CASE WHEN s.target = '*' THEN 1 ELSE 0 END, s.position, s.crime_code")
            .setParameter(1, incident.incidentType())
            .setParameter(2, incident.target() == null ? "*" : incident.target())
            .getResultList()
            .stream()
            .map(Object::toString)
            .distinct()
            .toList();
    Set<String> classified = new java.util.HashSet<>();
    ofIncident(incidentId).stream()
        .filter(c -> c.status() != ClassificationStatus.WITHDRAWN)
        .forEach(c -> classified.add(c.crimeCode()));
    List<CrimeView> offered = new ArrayList<>();
    for (String code : codes) {
      if (!classified.contains(code)) {
        offered.add(taxonomy.crime(code, locale));
      }
    }
    return offered;
  }

  // ---- helpers --------------------------------------------------------------------------------

  private String me() {
    return caller.username();
  }

  private void requireAnalyst() {
    if (!caller.hasRole(Role.LEGAL_ANALYST)) {
      throw new RuleViolationException(
          "only legal analysts on the case team classify incidents and link their support");
    }
  }

  /** The classification, if the caller may see its incident (intake audits a refusal). */
  private Classification visible(String classificationId) {
    Classification c =
        classificationId == null ? null : em.find(Classification.class, classificationId);
    if (c == null) {
      throw new NotFoundException("classification", classificationId);
    }
    incidents.get(c.incidentId());
    return c;
  }

  /** Visible, then locked with its incident: changes to one incident's classifications queue up. */
  private Classification locked(String classificationId) {
    Classification c = visible(classificationId);
    requireAnalyst();
    workflow.lock(c.incidentId());
    em.refresh(c);
    return c;
  }

  private ClassificationView view(Classification c, IncidentView incident, Locale locale) {
    long links =
        em.createQuery(
                "SELECT COUNT(l) FROM ElementLink l WHERE l.classificationId = :c AND l.standing = :yes",
                Long.class)
            .setParameter("c", c.id())
            .setParameter("yes", ElementLink.Standing.COUNTED)
            .getSingleResult();
    return c.view(taxonomy.find(c.crimeCode()).title(locale), incident.status(), links);
  }

  private List<ElementLinkView> views(String incidentId, List<ElementLink> links) {
    List<ElementLinkView> views = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (ElementLink l : links) {
      String key = l.evidenceId() + "|" + l.sourceId() + "|" + l.claimId();
      String label =
          labels.computeIfAbsent(
              key, k -> label(incidentId, l.evidenceId(), l.sourceId(), l.claimId(), false));
      views.add(l.view(label));
    }
    return views;
  }

  /**
   * What a link points to, in words. When {@code checking}, support that is not the incident's is
   * refused: evidence of another incident (400), or evidence the caller may not see (404).
   */
  private String label(
      String incidentId, String evidenceId, String sourceId, String claimId, boolean checking) {
    if (evidenceId != null) {
      EvidenceView item;
      try {
        item = evidence.peek(evidenceId);
      } catch (NotFoundException e) {
        if (checking) {
          throw e;
        }
        return "evidence " + evidenceId;
      }
      if (checking && !item.incidentId().equals(incidentId)) {
        throw new InvalidInputException(
            "evidenceId", "the evidence item belongs to another incident");
      }
      return item.originalFileName();
    }
    if (sourceId != null) {
      return particulars.sources(incidentId).stream()
          .filter(s -> s.id().equals(sourceId))
          .map(SourceView::name)
          .findFirst()
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      "sourceId", "the source is not one of this incident's sources"));
    }
    return particulars.claims(incidentId).stream()
        .filter(cl -> cl.id().equals(claimId))
        .map(ClaimView::sourceName)
        .map(name -> "casualty figures of " + name)
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "claimId", "the casualty claim is not one of this incident's claims"));
  }

  private static String target(NewLink link) {
    return link.evidenceId() != null
        ? "evidence " + link.evidenceId()
        : link.sourceId() != null ? "source " + link.sourceId() : "claim " + link.claimId();
  }

  private static String text(String value, String field, String message) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException(field, message);
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException(field, "at most " + MAX_TEXT + " characters");
    }
    return text;
  }

  /** A link's note: at most 4000 characters, as its column. */
  private static String note(String value) {
    String text = value == null ? "" : value.strip();
    if (text.length() > 4000) {
      throw new InvalidInputException("note", "at most 4000 characters");
    }
    return text.isEmpty() ? null : text;
  }

  private static String optional(String value) {
    String text = value == null ? "" : value.strip();
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException("note", "at most " + MAX_TEXT + " characters");
    }
    return text.isEmpty() ? null : text;
  }
}
