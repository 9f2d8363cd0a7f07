package org.evidentia.intake.api;

import java.util.Map;

/** One term of a controlled vocabulary with its labels by language ({@code en}, {@code uk}). */
public record VocabularyTermView(String code, Map<String, String> labels, boolean active) {}
