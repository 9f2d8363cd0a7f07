package org.evidentia.classification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.evidentia.kernel.IncidentSection;

/** The legal classification of an incident on intake's incident page, below its evidence. */
@ApplicationScoped
public class IncidentClassificationSection implements IncidentSection {

  @Override
  public int order() {
    return 150;
  }

  @Override
  public String path() {
    return "/classification/incident-classification.xhtml";
  }
}
