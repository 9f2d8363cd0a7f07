package org.evidentia.kernel;

/**
 * A section that a later module adds to the incident page, which is intake's and cannot know that
 * module. A module implements it as a CDI bean naming a Facelets fragment inside its own jar; the
 * incident page includes every section's fragment below its own, lowest {@link #order()} first,
 * with the parameter {@code incidentId}. The fragment and its backing bean decide themselves what
 * the viewer may see and do there (ADR 13).
 */
public interface IncidentSection {

  /** Position among sections, lowest first. */
  int order();

  /** The fragment to include, a view path such as {@code /evidence/incident-evidence.xhtml}. */
  String path();
}
