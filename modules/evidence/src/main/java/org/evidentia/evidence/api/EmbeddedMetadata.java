package org.evidentia.evidence.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the file itself says (EXIF, XMP, QuickTime), as read at receipt; every field may be null.
 *
 * @param capturedAt when the picture or recording was taken
 * @param capturedAtZoneKnown false when the file gave a local time without offset; {@code
 *     capturedAt} then reads that local time as UTC
 * @param device camera or phone make and model
 */
public record EmbeddedMetadata(
    Instant capturedAt,
    boolean capturedAtZoneKnown,
    Double latitude,
    Double longitude,
    String device)
    implements Serializable {

  public static final EmbeddedMetadata NONE = new EmbeddedMetadata(null, false, null, null, null);
}
