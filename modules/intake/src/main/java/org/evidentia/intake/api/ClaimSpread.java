package org.evidentia.intake.api;

/**
 * The range across all sources for one population: the lowest and highest figure any source gives,
 * and how many claims there are. Never a merged "true" figure.
 */
public record ClaimSpread(
    Enums.Population population, Range killed, Range injured, int claims, int sources) {}
