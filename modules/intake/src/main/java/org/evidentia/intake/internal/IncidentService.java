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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.intake.api.IncidentFilter;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.IncidentRevisionView;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.Occurred;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.PagedQuery;
import org.evidentia.kernel.PagedQuery.Condition;
import org.evidentia.kernel.Times;

/** Records, lists, edits incidents, and keeps every replaced value. */
@ApplicationScoped
@Transactional
class IncidentService implements Incidents {

  static final PagedQuery LIST =
      new PagedQuery(
          "Incident",
          List.of(), // searched by word: IncidentTerm
          Map.of(
              "occurredFrom", "occurredFrom",
              "title", "title",
              "status", "status",
              "createdAt", "createdAt"),
          "e.occurredFrom DESC, e.id");

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  @Inject CaseAccess access;

  @Inject AuditLog audit;

  @Inject Caller caller;

  @Inject Clock clock;

  @Override
  public IncidentView record(String caseId, IncidentInput input) {
    access.requireCaseworker(caseId);
    IncidentRules.check(input, clock.instant(), this::isActiveTerm);
    Incident incident = new Incident(caseId, input, caller.username(), clock.instant());
    em.persist(incident);
    em.flush();
    audit.record(AuditEvent.of("INCIDENT_RECORDED", "incident", incident.id(), "case " + caseId));
    return incident.view();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<IncidentView> list(IncidentFilter filter, PageRequest request) {
    IncidentFilter f =
        filter == null ? new IncidentFilter(null, null, null, null, null, null) : filter;
    List<Condition> conditions = new ArrayList<>();
    if (f.caseId() != null) {
      access.visibleCase(f.caseId());
      conditions.add(Condition.equal("caseId", f.caseId()));
    } else {
      conditions.add(
          Condition.of(
              "e.caseId IN (SELECT m.caseId FROM TeamMember m WHERE m.username = :me)",
              "me",
              caller.username()));
    }
    if (f.status() != null) {
      conditions.add(Condition.equal("status", f.status()));
    }
    if (f.incidentType() != null) {
      conditions.add(Condition.equal("incidentType", f.incidentType()));
    }
    if (f.region() != null) {
      conditions.add(
          Condition.of("LOWER(e.region) = :region", "region", f.region().toLowerCase(Locale.ROOT)));
    }
    if (f.from() != null) {
      conditions.add(Condition.of("e.occurredFrom >= :from", "from", Times.utc(f.from())));
    }
    if (f.to() != null) {
      conditions.add(Condition.of("e.occurredFrom <= :to", "to", Times.utc(f.to())));
    }
    PageRequest page = request;
    if (request.query() != null) {
      conditions.addAll(IncidentTerm.matching(request.query()));
      page = new PageRequest(request.page(), request.size(), request.sort(), null);
    }
    return LIST.fetch(em, Incident.class, page, Incident::view, conditions);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public IncidentView get(String incidentId) {
    return access.visibleIncident(incidentId).view();
  }

  @Override
  public IncidentView edit(String incidentId, IncidentInput input) {
    access.requireCaseworker(access.visibleIncident(incidentId).caseId());
    IncidentRules.check(input, clock.instant(), this::isActiveTerm);
    Incident incident = access.lockedIncident(incidentId);
    IncidentRevision before = new IncidentRevision(incident, caller.username(), clock.instant());
    incident.revise(input, caller.username(), clock.instant());
    em.persist(before);
    em.flush();
    audit.record(
        AuditEvent.of(
            "INCIDENT_EDITED", "incident", incidentId, "now version " + incident.version()));
    return incident.view();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<IncidentRevisionView> history(String incidentId) {
    access.visibleIncident(incidentId);
    return em
        .createQuery(
            "SELECT r FROM IncidentRevision r WHERE r.incidentId = :i ORDER BY r.revision DESC",
            IncidentRevision.class)
        .setParameter("i", incidentId)
        .getResultList()
        .stream()
        .map(IncidentRevision::view)
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<IncidentView> similar(String caseId, Occurred occurred, Location location) {
    access.visibleCase(caseId);
    if (occurred == null || occurred.from() == null) {
      return List.of();
    }
    LocalDate day = occurred.from().atZone(ZoneOffset.UTC).toLocalDate();
    return em
        .createQuery(
            "SELECT e FROM Incident e WHERE e.caseId = :c AND e.occurredFrom >= :start"
                + " AND e.occurredFrom < :end ORDER BY e.occurredFrom",
            Incident.class)
        .setParameter("c", caseId)
        .setParameter("start", day.atStartOfDay())
        .setParameter("end", day.plusDays(1).atStartOfDay())
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(Incident::view)
        .filter(candidate -> Nearby.samePlace(location, candidate.location()))
        .limit(20)
        .toList();
  }

  @Override
  public IncidentView linkSameEvent(String incidentId, String sameAsIncidentId) {
    Incident incident = access.lockedIncident(incidentId);
    access.requireCaseworker(incident.caseId());
    incident.requireOpen();
    Incident other = access.visibleIncident(sameAsIncidentId);
    if (!other.caseId().equals(incident.caseId()) || other.id().equals(incident.id())) {
      throw new InvalidInputException(
          "incidentId", "link an incident only to another incident of the same case");
    }
    incident.markSameEventAs(other.id());
    em.flush();
    audit.record(
        AuditEvent.of("INCIDENT_LINKED", "incident", incidentId, "same event as " + other.id()));
    return incident.view();
  }

  boolean isActiveTerm(String vocabulary, String code) {
    return VocabularyTerm.isOffered(em, vocabulary, code);
  }
}
