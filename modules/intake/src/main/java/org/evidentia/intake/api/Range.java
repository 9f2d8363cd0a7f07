package org.evidentia.intake.api;

/** A count known exactly ({@code min == max}) or as a range; null as a whole when unknown. */
public record Range(Integer min, Integer max) {}
