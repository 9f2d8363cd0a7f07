package org.evidentia.classification.api;

import java.io.Serializable;

/** One element of a crime, its text in the language asked for. */
public record ElementView(
    String code, String crimeCode, int position, Enums.ElementKind kind, String text)
    implements Serializable {}
