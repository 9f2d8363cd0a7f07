package org.evidentia.kernel;

/**
 * A section that a later module adds to the case page, which is intake's and cannot know that
 * module; like {@link IncidentSection}. The case page includes every section's fragment above its
 * tabs, lowest {@link #order()} first, with the parameter {@code caseId}. The fragment and its
 * backing bean decide themselves what the viewer may see there.
 */
public interface CaseSection {

  /** Position among sections, lowest first. */
  int order();

  /** The fragment to include, a view path such as {@code /classification/case-matrix.xhtml}. */
  String path();
}
