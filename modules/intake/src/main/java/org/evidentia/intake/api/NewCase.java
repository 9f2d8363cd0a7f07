package org.evidentia.intake.api;

/** What a caseworker gives to open a case; the reference is generated. */
public record NewCase(String title, String summary) {}
