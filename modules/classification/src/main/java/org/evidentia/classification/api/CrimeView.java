package org.evidentia.classification.api;

import java.io.Serializable;
import java.util.List;

/**
 * A crime of the taxonomy. {@code title} is in the language asked for; {@code elementsComplete}
 * says whether all its elements are entered (links need elements).
 */
public record CrimeView(
    String code,
    String article,
    Enums.CrimeCategory category,
    Enums.ConflictContext context,
    String title,
    String titleEn,
    String titleUk,
    String keywordsEn,
    String keywordsUk,
    boolean elementsComplete,
    List<ElementView> elements,
    long version)
    implements Serializable {}
