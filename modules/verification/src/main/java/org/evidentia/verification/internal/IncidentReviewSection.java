package org.evidentia.verification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.evidentia.kernel.IncidentSection;

/**
 * The review of an incident on intake's incident page: its status, the caller's actions and the
 * timeline; below intake's own sources, figures and persons, above the evidence.
 */
@ApplicationScoped
public class IncidentReviewSection implements IncidentSection {

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String path() {
    return "/verification/incident-review.xhtml";
  }
}
