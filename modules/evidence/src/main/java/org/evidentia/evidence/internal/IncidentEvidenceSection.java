package org.evidentia.evidence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.evidentia.kernel.IncidentSection;

/**
 * The evidence of an incident, on intake's incident page below its sources, figures and persons.
 */
@ApplicationScoped
public class IncidentEvidenceSection implements IncidentSection {

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String path() {
    return "/evidence/incident-evidence.xhtml";
  }
}
