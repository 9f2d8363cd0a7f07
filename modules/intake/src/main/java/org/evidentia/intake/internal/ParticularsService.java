package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.intake.api.ClaimSpread;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Consent;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.Enums.Population;
import org.evidentia.intake.api.Enums.Reliability;
import org.evidentia.intake.api.IncidentFigures;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.NewClaim;
import org.evidentia.intake.api.NewPerson;
import org.evidentia.intake.api.NewSource;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.Range;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/** Sources, casualty claims and persons of an incident. */
@ApplicationScoped
@Transactional
class ParticularsService implements IncidentParticulars {

  /** How many incidents the case view of figures shows, most recent first. */
  static final int CASE_FIGURES_LIMIT = 50;

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  @Inject CaseAccess access;

  @Inject AuditLog audit;

  @Inject Caller caller;

  @Inject Clock clock;

  @Inject IdentityVault vault;

  private LocalDate today() {
    return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private Incident editableBy(String incidentId) {
    access.requireCaseworker(access.visibleIncident(incidentId).caseId());
    Incident incident = access.lockedIncident(incidentId);
    incident.requireOpen();
    return incident;
  }

  @Override
  public SourceView addSource(String incidentId, NewSource source) {
    editableBy(incidentId);
    Source created = new Source(incidentId, source, caller.username(), clock.instant(), today());
    em.persist(created);
    em.flush();
    audit.record(AuditEvent.of("SOURCE_ADDED", "source", created.id(), "incident " + incidentId));
    return created.view();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SourceView> sources(String incidentId) {
    access.visibleIncident(incidentId);
    return sourcesOf(incidentId).stream().map(Source::view).toList();
  }

  private List<Source> sourcesOf(String incidentId) {
    return em.createQuery(
            "SELECT s FROM Source s WHERE s.incidentId = :i ORDER BY s.createdAt, s.id",
            Source.class)
        .setParameter("i", incidentId)
        .getResultList();
  }

  @Override
  public SourceView grade(String sourceId, Reliability reliability) {
    Source source = sourceId == null ? null : em.find(Source.class, sourceId);
    if (source == null) {
      throw new NotFoundException("source", sourceId);
    }
    Incident incident = access.lockedIncident(source.incidentId());
    if (!caller.hasRole(Role.REVIEWER)) {
      throw new RuleViolationException("only reviewers grade sources");
    }
    if (incident.status() == IncidentStatus.VERIFIED
        || incident.status() == IncidentStatus.REJECTED) {
      throw new ConflictException(
          "the incident is "
              + incident.status()
              + ": its sources were graded in its review; reopen it to grade them again");
    }
    if (IncidentWorkflowService.contributorsOf(em, incident).contains(caller.username())) {
      throw new RuleViolationException(
          "four eyes: you recorded or edited this incident or added its material, so another"
              + " reviewer must grade its sources");
    }
    if (reliability == null) {
      throw new InvalidInputException("reliability", "a grade from A to F is required");
    }
    source.grade(reliability);
    em.flush();
    audit.record(AuditEvent.of("SOURCE_GRADED", "source", sourceId, "reliability " + reliability));
    return source.view();
  }

  @Override
  public ClaimView addClaim(String incidentId, NewClaim claim) {
    editableBy(incidentId);
    CasualtyClaim created =
        new CasualtyClaim(incidentId, claim, caller.username(), clock.instant(), today());
    Source source = em.find(Source.class, created.sourceId());
    if (source == null || !source.incidentId().equals(incidentId)) {
      throw new InvalidInputException(
          "sourceId", "the source must be one of this incident's sources");
    }
    em.persist(created);
    em.flush();
    audit.record(
        AuditEvent.of("CASUALTY_CLAIM_ADDED", "incident", incidentId, "source " + source.id()));
    return created.view(source.name());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClaimView> claims(String incidentId) {
    access.visibleIncident(incidentId);
    Map<String, String> names =
        sourcesOf(incidentId).stream().collect(Collectors.toMap(Source::id, Source::name));
    return claimsOf(incidentId).stream().map(c -> c.view(names.get(c.sourceId()))).toList();
  }

  private List<CasualtyClaim> claimsOf(String incidentId) {
    return em.createQuery(
            "SELECT c FROM CasualtyClaim c WHERE c.incidentId = :i ORDER BY c.asOf, c.createdAt",
            CasualtyClaim.class)
        .setParameter("i", incidentId)
        .getResultList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClaimSpread> spread(String incidentId) {
    access.visibleIncident(incidentId);
    return spreadOf(claimsOf(incidentId));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<IncidentFigures> caseFigures(String caseId) {
    access.visibleCase(caseId);
    // The most recent incidents that have figures, a bounded number: a case can hold thousands.
    List<Incident> incidents =
        em.createQuery(
                "SELECT i FROM Incident i WHERE i.caseId = :c AND EXISTS"
                    + " (SELECT c FROM CasualtyClaim c WHERE c.incidentId = i.id)"
                    + " ORDER BY i.occurredFrom DESC, i.id",
                Incident.class)
            .setParameter("c", caseId)
            .setMaxResults(CASE_FIGURES_LIMIT)
            .getResultList();
    if (incidents.isEmpty()) {
      return List.of();
    }
    List<String> ids = incidents.stream().map(Incident::id).toList();
    Map<String, List<CasualtyClaim>> byIncident = new java.util.HashMap<>();
    em.createQuery(
            "SELECT c FROM CasualtyClaim c WHERE c.incidentId IN :ids ORDER BY c.asOf, c.createdAt",
            CasualtyClaim.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(c -> byIncident.computeIfAbsent(c.incidentId(), i -> new ArrayList<>()).add(c));
    Map<String, String> sourceNames =
        em
            .createQuery("SELECT s FROM Source s WHERE s.incidentId IN :ids", Source.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Source::id, Source::name));
    return incidents.stream()
        .map(Incident::view)
        .map(
            i -> {
              List<CasualtyClaim> claims = byIncident.getOrDefault(i.id(), List.of());
              return new IncidentFigures(
                  i.id(),
                  i.title(),
                  i.occurred().from(),
                  claims.stream().map(c -> c.view(sourceNames.get(c.sourceId()))).toList(),
                  spreadOf(claims));
            })
        .toList();
  }

  /** Lowest and highest figure per population across all claims: the range, never a merge. */
  static List<ClaimSpread> spreadOf(List<CasualtyClaim> claims) {
    Map<Population, List<CasualtyClaim>> byPopulation = new EnumMap<>(Population.class);
    claims.forEach(
        c -> byPopulation.computeIfAbsent(c.population(), p -> new ArrayList<>()).add(c));
    List<ClaimSpread> spreads = new ArrayList<>();
    byPopulation.forEach(
        (population, group) -> {
          Set<String> sources = new HashSet<>();
          group.forEach(c -> sources.add(c.sourceId()));
          spreads.add(
              new ClaimSpread(
                  population,
                  across(group, CasualtyClaim::killed),
                  across(group, CasualtyClaim::injured),
                  group.size(),
                  sources.size()));
        });
    return spreads;
  }

  private static Range across(List<CasualtyClaim> group, Function<CasualtyClaim, Range> figure) {
    Integer min = null;
    Integer max = null;
    for (CasualtyClaim claim : group) {
      Range range = figure.apply(claim);
      if (range != null) {
        min = min == null ? range.min() : Math.min(min, range.min());
        max = max == null ? range.max() : Math.max(max, range.max());
      }
    }
    return min == null ? null : new Range(min, max);
  }

  @Override
  public PersonView addPerson(String incidentId, NewPerson person) {
    editableBy(incidentId);
    Person.check(person, today());
    String pseudonym =
        String.format("%s-%04d", person.role().prefix(), Counter.next(em, person.role().prefix()));
    Person created = new Person(incidentId, pseudonym, person, caller.username(), clock.instant());
    created.seal(vault.seal(created.id(), person.protectedIdentity()));
    em.persist(created);
    em.flush();
    // Only the pseudonym goes on record: the audit log is read more widely than the identity.
    audit.record(AuditEvent.of("PERSON_ADDED", "person", created.id(), pseudonym));
    return visible(created, access.mayViewProtected(access.visibleIncident(incidentId).caseId()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PersonView> persons(String incidentId) {
    Incident incident = access.visibleIncident(incidentId);
    boolean reveal = access.mayViewProtected(incident.caseId());
    return em
        .createQuery(
            "SELECT p FROM Person p WHERE p.incidentId = :i ORDER BY p.pseudonym", Person.class)
        .setParameter("i", incidentId)
        .getResultList()
        .stream()
        .map(p -> visible(p, reveal))
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public PersonView person(String personId) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    if (person == null) {
      throw new NotFoundException("person", personId);
    }
    Incident incident = access.visibleIncident(person.incidentId());
    return visible(person, access.mayViewProtected(incident.caseId()));
  }

  @Override
  public PersonView changeConsent(String personId, Consent consent) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    if (person == null) {
      throw new NotFoundException("person", personId);
    }
    Incident incident = access.visibleIncident(person.incidentId());
    access.requireCaseworker(incident.caseId());
    String before = person.consentSummary();
    person.changeConsent(consent, today());
    em.flush();
    audit.record(
        AuditEvent.of(
            "CONSENT_CHANGED",
            "person",
            person.id(),
            person.pseudonym() + ": was " + before + "; now " + person.consentSummary()));
    return visible(person, access.mayViewProtected(incident.caseId()));
  }

  private PersonView visible(Person person, boolean reveal) {
    return person.view(reveal ? vault.open(person.id(), person.sealedIdentity()) : null);
  }
}
