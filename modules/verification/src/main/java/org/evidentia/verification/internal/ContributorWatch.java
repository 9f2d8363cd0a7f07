package org.evidentia.verification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceAdded;

/**
 * Evidence can arrive while an incident is in review: its uploader leaves the incident's queue at
 * once, also when a submission on another instance is under way. (The sign-off itself asks the
 * evidence module afresh, so this only keeps the queue right.)
 */
@ApplicationScoped
class ContributorWatch {

  @PersistenceContext(unitName = "verification")
  EntityManager em;

  @Inject Evidence evidence;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void onEvidence(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceAdded added) {
    String uploader = evidence.peek(added.evidenceId()).receivedBy();
    Contributor.Key key = new Contributor.Key();
    key.incidentId = added.incidentId();
    key.username = uploader;
    if (em.find(Contributor.class, key) == null) {
      em.persist(new Contributor(added.incidentId(), uploader));
    }
  }
}
