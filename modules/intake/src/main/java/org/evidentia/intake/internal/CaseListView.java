package org.evidentia.intake.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.NewCase;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.LazyPages;
import org.evidentia.kernel.Role;
import org.primefaces.model.LazyDataModel;

/** The caller's cases: search, sort, page, and open a new case. */
@Named
@ViewScoped
public class CaseListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Cases cases;

  @Inject Caller caller;

  private String query;
  private String newTitle;
  private String newSummary;

  private final LazyDataModel<CaseView> rows =
      new LazyPages<>(request -> cases.mine(request), Cases.SORTABLE, () -> query, CaseView::id);

  public void open() {
    try {
      CaseView created = cases.open(new NewCase(newTitle, newSummary));
      Feedback.info(Pages.text("cases.opened", created.reference()));
      Pages.redirect("/intake/case.xhtml?id=" + created.id());
    } catch (DomainException e) {
      Feedback.refused("openCase", e);
    }
  }

  public boolean isMayOpen() {
    return caller.hasRole(Role.CASEWORKER);
  }

  public LazyDataModel<CaseView> getRows() {
    return rows;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public String getNewSummary() {
    return newSummary;
  }

  public void setNewSummary(String newSummary) {
    this.newSummary = newSummary;
  }
}
