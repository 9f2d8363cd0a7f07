package org.evidentia.classification.api;

import java.util.Locale;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/** The legal taxonomy: anyone signed in reads it; only administrators correct its wording. */
public interface Taxonomy {

  /** In taxonomy order; {@code q} finds code, title (both languages) and keywords. */
  Page<CrimeView> search(PageRequest request, Locale locale);

  CrimeView crime(String code, Locale locale);

  /** Audited with the old and new wording; refused (409) for a stale {@code expectedVersion}. */
  CrimeView edit(String code, CrimeEdit edit);
}
