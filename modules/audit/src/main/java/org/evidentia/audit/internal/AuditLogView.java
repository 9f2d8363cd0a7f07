package org.evidentia.audit.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.evidentia.audit.api.AuditEntryView;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.audit.api.AuditTrail;
import org.evidentia.audit.api.ChainVerification;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The administrator's audit page: a searchable, sortable, paged log and a chain check. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditTrail trail;

  @Inject transient AuditLog log;

  private String query;
  private ChainVerification verification;

  private final LazyDataModel<AuditEntryView> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, page(0, 1, Map.of()).total());
        }

        @Override
        public List<AuditEntryView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          Page<AuditEntryView> page = page(first / pageSize, pageSize, sortBy);
          setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
          return page.items();
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
          return Long.toString(entry.sequence());
        }
      };

  private Page<AuditEntryView> page(int page, int size, Map<String, SortMeta> sortBy) {
    PageRequest.Sort sort =
        sortBy.values().stream()
            .filter(
                s ->
                    s.getOrder() != SortOrder.UNSORTED
                        && AuditTrail.SORTABLE.contains(s.getField()))
            .findFirst()
            .map(s -> new PageRequest.Sort(s.getField(), s.getOrder() == SortOrder.ASCENDING))
            .orElse(null);
    return trail.search(new PageRequest(page, size, sort, query));
  }

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
