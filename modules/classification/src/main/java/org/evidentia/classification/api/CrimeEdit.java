package org.evidentia.classification.api;

import java.util.Map;

/**
 * An administrator's correction of a crime's wording: null leaves a field as it is. The code, the
 * context and the order of elements never change.
 *
 * @param elements new texts by element code
 */
public record CrimeEdit(
    String titleEn,
    String titleUk,
    String keywordsEn,
    String keywordsUk,
    Map<String, ElementText> elements,
    Long expectedVersion) {

  public record ElementText(String textEn, String textUk) {}
}
