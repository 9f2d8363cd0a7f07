package org.evidentia.bundle.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Bundles;
import org.evidentia.kernel.LazyPages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The bundles section of a case page: the case's exports as a lazy table, polled while one is under
 * way, so a user who left during an export sees where it stands when they come back.
 */
@Named("caseBundles")
@ViewScoped
public class CaseBundlesView extends BundleActions {

  private static final long serialVersionUID = 1L;

  private String caseId;
  private String query;

  private final LazyDataModel<BundleView> rows =
      new LazyPages<>(
          request -> bundles.ofCase(caseId, request),
          Bundles.SORTABLE,
          () -> query,
          BundleView::id);

  /** Called as the case page renders (intake has already answered 404 to anyone off the team). */
  public void show(String kase) {
    if (kase != null && !kase.isBlank()) {
      caseId = kase;
    }
  }

  public boolean isShown() {
    return caseId != null;
  }

  /**
   * Whether an export of the case is queued or running: the page keeps polling until none is. Read
   * on the poll's answer, which stops the poll once false.
   */
  public boolean isBusy() {
    if (caseId == null) {
      return false;
    }
    return bundles.exporting(caseId);
  }

  /** The poll's listener: tells the page whether to go on. */
  public void poll() {
    PrimeFaces.current().ajax().addCallbackParam("busy", isBusy());
  }

  @Override
  void refresh() {
    // The lazy model reads again on every render.
  }

  @Override
  String restartFormId() {
    return "caseBundleRestart";
  }

  @Override
  String formId() {
    return "caseBundles";
  }

  public LazyDataModel<BundleView> getRows() {
    return rows;
  }

  public String getCaseId() {
    return caseId;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
