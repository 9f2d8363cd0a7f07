package org.evidentia.bundle.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.evidentia.kernel.CaseSection;

/** The case's bundles on intake's case page, below the way to the matrix. */
@ApplicationScoped
public class CaseBundlesSection implements CaseSection {

  @Override
  public int order() {
    return 200;
  }

  @Override
  public String path() {
    return "/bundle/case-bundles.xhtml";
  }
}
