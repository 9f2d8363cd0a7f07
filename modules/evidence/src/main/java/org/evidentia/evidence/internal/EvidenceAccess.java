package org.evidentia.evidence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/**
 * Need to know for evidence, through intake's own rules: an item exists for a caller only if its
 * incident does (the case team). Anyone else gets "not found", and the attempt is audited.
 */
@ApplicationScoped
class EvidenceAccess {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject Incidents incidents;

  @Inject Cases cases;

  @Inject Caller caller;

  @Inject AuditLog audit;

  /** An item and its incident, both visible to the caller. */
  record Visible(EvidenceItem item, IncidentView incident) {}

  /** The incident, if the caller is on its case team (intake audits a refusal). */
  IncidentView incident(String incidentId) {
    return incidents.get(incidentId);
  }

  /** Uploading: a caseworker on the case team. Administrators and reviewers add no evidence. */
  IncidentView incidentForUpload(String incidentId) {
    IncidentView incident = incident(incidentId);
    if (!caller.hasRole(Role.CASEWORKER)) {
      throw new RuleViolationException(
          "only caseworkers on the case team may upload evidence to its incidents");
    }
    return incident;
  }

  /**
   * The item, if the caller may see its incident. Call before anything in the transaction is
   * audited: a refusal is audited in a transaction of its own.
   */
  Visible visible(String evidenceId) {
    EvidenceItem item = evidenceId == null ? null : em.find(EvidenceItem.class, evidenceId);
    if (item == null) {
      throw refuse(evidenceId);
    }
    try {
      return new Visible(item, incidents.get(item.incidentId()));
    } catch (NotFoundException e) {
      throw refuse(evidenceId);
    }
  }

  private NotFoundException refuse(String evidenceId) {
    audit.recordAlways(
        AuditEvent.of(
            "EVIDENCE_ACCESS_DENIED",
            "evidence",
            evidenceId,
            "not on the case team, or no such evidence"));
    return new NotFoundException("evidence", evidenceId);
  }

  /** The caller's cases, for the few questions intake's incident check cannot answer in bulk. */
  Set<String> myCaseIds() {
    return cases.mineIds();
  }
}
