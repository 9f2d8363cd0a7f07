package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.IncidentWorkflow;
import org.evidentia.kernel.Caller;

/** The status column, moved only by the verification module's rules. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class IncidentWorkflowService implements IncidentWorkflow {

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  @Inject CaseAccess access;

  @Override
  public IncidentView lock(String incidentId) {
    Incident incident = access.visibleIncident(incidentId);
    // The row may have changed between reading and locking: the locked state is the one that
    // counts.
    em.refresh(incident, LockModeType.PESSIMISTIC_WRITE);
    return incident.view();
  }

  @Override
  public IncidentView move(String incidentId, IncidentStatus to) {
    Incident incident = access.visibleIncident(incidentId);
    incident.moveTo(to);
    em.lock(incident, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return incident.view();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> contributors(String incidentId) {
    return contributorsOf(em, access.visibleIncident(incidentId));
  }

  static Set<String> contributorsOf(EntityManager em, Incident incident) {
    String incidentId = incident.id();
    Set<String> names = new HashSet<>();
    names.add(incident.createdBy());
    names.add(incident.updatedBy());
    for (String entity : new String[] {"Source", "CasualtyClaim", "Person"}) {
      names.addAll(
          em.createQuery(
                  "SELECT DISTINCT e.createdBy FROM " + entity + " e WHERE e.incidentId = :i",
                  String.class)
              .setParameter("i", incidentId)
              .getResultList());
    }
    names.addAll(
        em.createQuery(
                "SELECT DISTINCT r.replacedBy FROM IncidentRevision r WHERE r.incidentId = :i",
                String.class)
            .setParameter("i", incidentId)
            .getResultList());
    names.remove(Caller.SYSTEM);
    return names;
  }
}
