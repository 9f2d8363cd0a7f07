package org.evidentia.classification.api;

/** The closed vocabularies of legal classification, as the API spells them. */
public final class Enums {

  private Enums() {}

  public enum CrimeCategory {
    GENOCIDE,
    CRIME_AGAINST_HUMANITY,
    WAR_CRIME
  }

  /** The armed conflict a war crime belongs to; NONE for genocide and crimes against humanity. */
  public enum ConflictContext {
    INTERNATIONAL,
    NON_INTERNATIONAL,
    NONE
  }

  public enum ElementKind {
    CONDUCT,
    CONSEQUENCE,
    CIRCUMSTANCE,
    MENTAL,
    CONTEXTUAL
  }

  public enum ClassificationStatus {
    PROPOSED,
    CONFIRMED,
    WITHDRAWN
  }

  /** How a piece of support bears on an element. */
  public enum Strength {
    DIRECT,
    CIRCUMSTANTIAL,
    CONTEXTUAL
  }

  /** What a legal analyst decides on a proposed or confirmed classification. */
  public enum Decision {
    CONFIRM,
    WITHDRAW
  }
}
