package org.evidentia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DashboardContribution;
import org.evidentia.kernel.DashboardFigure;
import org.evidentia.kernel.Role;

/** Account counts on an administrator's dashboard. */
@ApplicationScoped
class AccountFigures implements DashboardContribution {

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  @Override
  public int order() {
    return 800;
  }

  @Override
  public List<DashboardFigure> figures(Caller caller, Locale locale) {
    if (!caller.hasRole(Role.ADMIN)) {
      return List.of();
    }
    ResourceBundle text = ResourceBundle.getBundle("org.evidentia.identity.messages", locale);
    List<Object[]> counts =
        em.createQuery(
                "SELECT a.enabled, COUNT(a) FROM Account a GROUP BY a.enabled", Object[].class)
            .getResultList();
    long enabled = 0;
    long disabled = 0;
    for (Object[] row : counts) {
      if (Boolean.TRUE.equals(row[0])) {
        enabled = (Long) row[1];
      } else {
        disabled = (Long) row[1];
      }
    }
    String group = text.getString("dashboard.group");
    String link = "/identity/admin/accounts.xhtml";
    return List.of(
        new DashboardFigure(group, text.getString("dashboard.enabled"), enabled, link),
        new DashboardFigure(group, text.getString("dashboard.disabled"), disabled, link));
  }
}
