package org.evidentia.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.audit.api.AuditTrail;
import org.evidentia.audit.api.ChainVerification;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/** The audit log as the container runs it: joins the caller's transaction, or starts one. */
@ApplicationScoped
@Transactional
class JpaAuditLog implements AuditLog, AuditTrail {

  @PersistenceContext(unitName = "audit")
  EntityManager em;

  @Inject Clock clock;

  @Inject Caller caller;

  @Override
  public void record(AuditEvent event) {
    String actor = event.actor() != null ? event.actor() : caller.username();
    String address = event.actor() != null ? event.address() : caller.address();
    store()
        .append(
            actor, event.action(), event.targetType(), event.targetId(), address, event.details());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlways(AuditEvent event) {
    record(event);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEntryView> search(PageRequest request) {
    return store().search(request);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.List<AuditEntryView> about(java.util.Collection<String> targetIds) {
    return store().about(targetIds);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ChainVerification verify() {
    return store().verify();
  }

  private AuditStore store() {
    return new AuditStore(em, clock);
  }
}
