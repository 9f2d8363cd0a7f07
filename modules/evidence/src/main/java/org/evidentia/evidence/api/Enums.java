package org.evidentia.evidence.api;

/** The closed vocabularies of evidence, as the API spells them. */
public final class Enums {

  private Enums() {}

  /** What an item is, as the uploader describes it (the media type is detected separately). */
  public enum EvidenceKind {
    PHOTO,
    VIDEO,
    AUDIO,
    DOCUMENT,
    WITNESS_STATEMENT,
    WEB_CAPTURE,
    SATELLITE_IMAGE,
    OTHER
  }

  /** The result of the latest fixity check of an item's stored bytes. */
  public enum Integrity {
    UNCHECKED,
    OK,
    FAILED
  }

  /** One link of the chain of custody. */
  public enum CustodyEventType {
    RECEIVED,
    VIEWED,
    DOWNLOADED,
    INTEGRITY_CHECKED,
    EXPORTED,
    REDACTED_COPY_CREATED
  }
}
