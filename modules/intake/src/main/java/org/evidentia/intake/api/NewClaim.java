package org.evidentia.intake.api;

import java.time.LocalDate;

/** One source's casualty figures for one population, as of one date. */
public record NewClaim(
    String sourceId,
    LocalDate asOf,
    Enums.Population population,
    Range killed,
    Range injured,
    String note) {}
