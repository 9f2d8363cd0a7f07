package org.evidentia.kernel;

/**
 * One number on the dashboard, counted from the database by the module that owns it.
 *
 * @param group heading the figure is shown under, already in the viewer's language
 * @param label what is counted, already in the viewer's language
 * @param link where a click leads (a view path), or {@code null}
 * @param alarm whether the number needs someone's attention now (shown as an alarm)
 */
public record DashboardFigure(String group, String label, long value, String link, boolean alarm) {

  /** A figure that is information only. */
  public DashboardFigure(String group, String label, long value, String link) {
    this(group, label, value, link, false);
  }
}
