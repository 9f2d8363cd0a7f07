package org.evidentia.evidence.api;

import java.io.Serializable;

/**
 * Where the file's own metadata and the claims around it differ, for the reviewer's technical
 * analysis. Computed on reading, against the incident as it stands; null where a side is unknown.
 *
 * @param captureToObtainedSeconds seconds from the capture time to the claimed {@code obtainedAt}
 *     (negative: captured after it was said to be obtained)
 * @param captureToIncidentSeconds seconds from the incident's start to the capture time
 * @param distanceFromIncidentMeters from the file's GPS position to the incident's coordinates
 * @param nameMatchesContent false when the file name's extension claims another type than the bytes
 *     are (a ".jpg" that is a PDF); null when the name says nothing
 */
public record Comparison(
    Long captureToObtainedSeconds,
    Long captureToIncidentSeconds,
    Double distanceFromIncidentMeters,
    Boolean nameMatchesContent)
    implements Serializable {}
