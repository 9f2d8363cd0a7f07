package org.evidentia.bundle.api;

/** The bundle module's closed vocabularies. */
public final class Enums {

  private Enums() {}

  /** Which incidents of the case go into the bundle. */
  public enum IncidentScope {
    VERIFIED,
    ALL
  }

  /** Where an export stands. */
  public enum BundleStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }
}
