package org.evidentia.intake.api;

/**
 * The fields a caseworker records or edits. On an edit, {@code expectedVersion} makes a change made
 * meanwhile by someone else a conflict instead of a lost update.
 */
public record IncidentInput(
    String title,
    String narrative,
    Occurred occurred,
    Location location,
    String incidentType,
    String weapon,
    String target,
    String allegedPerpetrator,
    Long expectedVersion) {}
