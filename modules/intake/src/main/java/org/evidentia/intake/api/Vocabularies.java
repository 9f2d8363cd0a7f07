package org.evidentia.intake.api;

import java.util.List;

/**
 * The controlled vocabularies of the incident record ({@code incident-types}, {@code weapons},
 * {@code targets}). Everyone reads them; administrators add terms, relabel them and retire them. A
 * code never changes once recorded, and a retired term stays readable on old incidents.
 */
public interface Vocabularies {

  List<String> NAMES = List.of("incident-types", "weapons", "targets");

  /** Every term of a vocabulary, retired ones included, in display order. */
  List<VocabularyTermView> terms(String vocabulary);

  /** Adds a term or changes its labels and whether it is offered (administrators only). */
  VocabularyTermView save(
      String vocabulary, String code, String labelEn, String labelUk, boolean active);
}
