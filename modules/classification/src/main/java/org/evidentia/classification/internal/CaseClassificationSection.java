package org.evidentia.classification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.evidentia.kernel.CaseSection;

/** The way from intake's case page to the case's evidence matrix. */
@ApplicationScoped
public class CaseClassificationSection implements CaseSection {

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String path() {
    return "/classification/case-classification.xhtml";
  }
}
