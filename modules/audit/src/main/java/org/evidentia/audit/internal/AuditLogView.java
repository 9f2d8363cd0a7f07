package org.evidentia.audit.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.audit.api.AuditTrail;
import org.evidentia.audit.api.ChainVerification;
import org.evidentia.kernel.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The administrator's audit page: a searchable, sortable, paged log and a chain check. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;

  @Inject AuditLog log;

  private String query;
  private ChainVerification verification;

  private final LazyDataModel<AuditEntryView> entries =
      new LazyPages<>(
          request -> trail.search(request),
          AuditTrail.SORTABLE,
          () -> query,
          entry -> Long.toString(entry.sequence()));

  public void verify() {
    verification = trail.verify();
    log.record(
        AuditEvent.of(
            "AUDIT_CHAIN_VERIFIED",
            "audit",
            null,
            (verification.valid() ? "valid" : "BROKEN at " + verification.firstBrokenEntry())
                + ", "
                + verification.entries()
                + " entries"));
  }

  public LazyDataModel<AuditEntryView> getEntries() {
    return entries;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public ChainVerification getVerification() {
    return verification;
  }
}
