package org.evidentia.evidence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.evidentia.evidence.api.Enums.Integrity;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DashboardContribution;
import org.evidentia.kernel.DashboardFigure;
import org.evidentia.kernel.Role;

/**
 * Evidence on the dashboard: items in the caller's cases and, as an alarm, those whose stored bytes
 * failed the integrity check. Administrators, who run the store, see the failures across all cases
 * as a number only.
 */
@ApplicationScoped
class EvidenceFigures implements DashboardContribution {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject EvidenceAccess access;

  @Override
  public int order() {
    return 200;
  }

  @Override
  public List<DashboardFigure> figures(Caller viewer, Locale locale) {
    ResourceBundle text = ResourceBundle.getBundle("org.evidentia.evidence.messages", locale);
    String group = text.getString("dashboard.group");
    List<DashboardFigure> figures = new ArrayList<>();
    Set<String> mine = access.myCaseIds();
    if (!mine.isEmpty()) {
      figures.add(
          new DashboardFigure(group, text.getString("dashboard.items"), count(mine, null), null));
      long failed = count(mine, Integrity.FAILED);
      figures.add(
          new DashboardFigure(group, text.getString("dashboard.failed"), failed, null, failed > 0));
    }
    if (viewer.hasRole(Role.ADMIN)) {
      long failed =
          em.createQuery(
                  "SELECT COUNT(e) FROM EvidenceItem e WHERE e.integrity = :failed", Long.class)
              .setParameter("failed", Integrity.FAILED)
              .getSingleResult();
      figures.add(
          new DashboardFigure(
              group, text.getString("dashboard.failedAll"), failed, null, failed > 0));
    }
    return figures;
  }

  private long count(Set<String> cases, Integrity integrity) {
    var query =
        em.createQuery(
                "SELECT COUNT(e) FROM EvidenceItem e WHERE e.caseId IN :cases"
                    + (integrity == null ? "" : " AND e.integrity = :integrity"),
                Long.class)
            .setParameter("cases", cases);
    if (integrity != null) {
      query.setParameter("integrity", integrity);
    }
    return query.getSingleResult();
  }
}
