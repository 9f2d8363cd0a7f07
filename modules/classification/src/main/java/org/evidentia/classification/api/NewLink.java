package org.evidentia.classification.api;

/** Support for one element: exactly one of evidence, source or casualty claim of the incident. */
public record NewLink(
    String elementCode,
    String evidenceId,
    String sourceId,
    String claimId,
    Enums.Strength strength,
    String note) {}
