package org.evidentia.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DashboardContribution;
import org.evidentia.kernel.DashboardFigure;

/** The caller's cases and their incidents by status, counted in the database. */
@ApplicationScoped
class IntakeFigures implements DashboardContribution {

  @PersistenceContext(unitName = "intake")
  EntityManager em;

  @Inject Caller caller;

  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<DashboardFigure> figures(Caller viewer, Locale locale) {
    ResourceBundle text = ResourceBundle.getBundle("org.evidentia.intake.messages", locale);
    String group = text.getString("dashboard.group");
    long cases =
        em.createQuery("SELECT COUNT(m) FROM TeamMember m WHERE m.username = :me", Long.class)
            .setParameter("me", viewer.username())
            .getSingleResult();
    Map<IncidentStatus, Long> byStatus = new EnumMap<>(IncidentStatus.class);
    for (IncidentStatus status : IncidentStatus.values()) {
      byStatus.put(status, 0L);
    }
    em.createQuery(
            "SELECT i.status, COUNT(i) FROM Incident i WHERE i.caseId IN"
                + " (SELECT m.caseId FROM TeamMember m WHERE m.username = :me) GROUP BY i.status",
            Object[].class)
        .setParameter("me", viewer.username())
        .getResultList()
        .forEach(row -> byStatus.put((IncidentStatus) row[0], (Long) row[1]));
    List<DashboardFigure> figures = new ArrayList<>();
    figures.add(new DashboardFigure(group, text.getString("dashboard.cases"), cases, null));
    byStatus.forEach(
        (status, count) ->
            figures.add(
                new DashboardFigure(group, text.getString("status." + status), count, null)));
    return figures;
  }
}
