package org.evidentia.classification.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.evidentia.classification.api.CrimeView;
import org.evidentia.classification.api.Taxonomy;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.LazyPages;
import org.evidentia.kernel.Role;
import org.primefaces.model.LazyDataModel;

/** The legal taxonomy, searched by code, title or keyword, in the language of the page. */
@Named("crimesView")
@ViewScoped
public class CrimesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Taxonomy taxonomy;

  @Inject Caller caller;

  private String query;

  private LazyDataModel<CrimeView> rows;

  public LazyDataModel<CrimeView> getRows() {
    if (rows == null) {
      rows =
          new LazyPages<>(
              request -> taxonomy.search(request, Pages.locale()),
              Set.of(),
              () -> query,
              CrimeView::code);
    }
    return rows;
  }

  public boolean isAdmin() {
    return caller.hasRole(Role.ADMIN);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
