package org.evidentia.webapp.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DashboardContribution;
import org.evidentia.kernel.DashboardFigure;

/** The dashboard: every module's figures for this user, grouped as the modules name them. */
@Named
@RequestScoped
public class DashboardView {

  @Inject Instance<DashboardContribution> contributions;

  @Inject Caller caller;

  @Inject UserSession session;

  private Map<String, List<DashboardFigure>> groups;

  public Map<String, List<DashboardFigure>> getGroups() {
    if (groups == null) {
      groups = new LinkedHashMap<>();
      contributions.stream()
          .sorted(Comparator.comparingInt(DashboardContribution::order))
          .flatMap(c -> c.figures(caller, session.getLocale()).stream())
          .forEach(f -> groups.computeIfAbsent(f.group(), g -> new java.util.ArrayList<>()).add(f));
    }
    return groups;
  }

  public List<String> getGroupNames() {
    return List.copyOf(getGroups().keySet());
  }
}
