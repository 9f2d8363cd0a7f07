package org.evidentia.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.evidentia.audit.api.AuditTrail;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DashboardContribution;
import org.evidentia.kernel.DashboardFigure;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;

/** The size of the audit log on an administrator's dashboard. */
@ApplicationScoped
class AuditFigures implements DashboardContribution {

  @Inject AuditTrail trail;

  @Override
  public int order() {
    return 900;
  }

  @Override
  public List<DashboardFigure> figures(Caller caller, Locale locale) {
    if (!caller.hasRole(Role.ADMIN)) {
      return List.of();
    }
    ResourceBundle text = ResourceBundle.getBundle("org.evidentia.audit.messages", locale);
    long total = trail.search(PageRequest.first(1)).total();
    return List.of(
        new DashboardFigure(
            text.getString("dashboard.group"),
            text.getString("dashboard.entries"),
            total,
            "/audit/log.xhtml"));
  }
}
