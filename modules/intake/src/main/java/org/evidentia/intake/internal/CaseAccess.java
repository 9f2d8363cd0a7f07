package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.util.Optional;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/**
 * Need to know, in one place: a case, and everything in it, exists for a caller only if they are on
 * its team. Anything else is answered as not found, and the attempt is audited.
 */
@ApplicationScoped
class CaseAccess {

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditLog audit;

  Optional<TeamMember> membership(String caseId) {
    return Optional.ofNullable(
        em.find(TeamMember.class, new TeamMember.Key(caseId, caller.username())));
  }

  CaseFile visibleCase(String caseId) {
    CaseFile found = caseId == null ? null : em.find(CaseFile.class, caseId);
    if (found == null || membership(caseId).isEmpty()) {
      refuse("case", caseId);
    }
    return found;
  }

  Incident visibleIncident(String incidentId) {
    Incident found = incidentId == null ? null : em.find(Incident.class, incidentId);
    if (found == null || membership(found.caseId()).isEmpty()) {
      refuse("incident", incidentId);
    }
    return found;
  }

  /**
   * The incident with its row locked until the transaction ends, as review actions lock it: an edit
   * or an addition then sees the status a concurrent SUBMIT left, instead of checking a status that
   * is about to change and failing at commit.
   */
  Incident lockedIncident(String incidentId) {
    Incident incident = visibleIncident(incidentId);
    try {
      em.refresh(incident, LockModeType.PESSIMISTIC_WRITE);
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new ConflictException(
          "another person is acting on this incident at this moment; reload it and try again");
    }
    return incident;
  }

  /** Recording and editing: a caseworker on the case team. Administrators alter no records. */
  void requireCaseworker(String caseId) {
    visibleCase(caseId);
    if (!caller.hasRole(Role.CASEWORKER)) {
      throw new RuleViolationException(
          "only caseworkers on the case team may record or edit case material");
    }
  }

  boolean mayViewProtected(String caseId) {
    return membership(caseId).map(TeamMember::mayViewProtected).orElse(false);
  }

  private void refuse(String what, String id) {
    audit.recordAlways(
        AuditEvent.of("CASE_ACCESS_DENIED", what, id, "not on the case team, or no such " + what));
    throw new NotFoundException(what, id);
  }
}
