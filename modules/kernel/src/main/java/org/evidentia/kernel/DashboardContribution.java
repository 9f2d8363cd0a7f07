package org.evidentia.kernel;

import java.util.List;
import java.util.Locale;

/**
 * A module's figures for the dashboard. Each module implements it as a CDI bean; the dashboard
 * shows what every contribution returns for the current caller, so a module decides itself who may
 * see its numbers.
 */
public interface DashboardContribution {

  /** Position among contributions, lowest first. */
  int order();

  List<DashboardFigure> figures(Caller caller, Locale locale);
}
