package org.evidentia.kernel;

/**
 * One number on the dashboard, counted from the database by the module that owns it.
 *
 * @param group heading the figure is shown under, already in the viewer's language
 * @param label what is counted, already in the viewer's language
 * @param link where a click leads (a view path), or {@code null}
 */
public record DashboardFigure(String group, String label, long value, String link) {}
