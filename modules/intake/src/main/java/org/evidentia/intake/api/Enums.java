package org.evidentia.intake.api;

/** The closed vocabularies of the incident record, as the API spells them. */
public final class Enums {

  private Enums() {}

  /** Where an incident stands in review. New incidents are REPORTED. */
  public enum IncidentStatus {
    REPORTED,
    UNDER_REVIEW,
    NEEDS_INFORMATION,
    VERIFIED,
    REJECTED
  }

  /** How precisely the time of an incident is known. */
  public enum DatePrecision {
    EXACT,
    DAY,
    MONTH,
    YEAR
  }

  /** How precisely the place of an incident is known. */
  public enum LocationPrecision {
    EXACT,
    VICINITY,
    LOCALITY,
    REGION
  }

  /** Who reported it. */
  public enum SourceKind {
    WITNESS,
    VICTIM,
    OFFICIAL_STATEMENT,
    MEDIA,
    NGO_REPORT,
    OPEN_SOURCE,
    SATELLITE
  }

  /** Source reliability on the Admiralty scale. */
  public enum Reliability {
    A,
    B,
    C,
    D,
    E,
    F
  }

  /** Whom a casualty figure counts. */
  public enum Population {
    ALL,
    CIVILIANS,
    CHILDREN,
    ADULTS,
    COMBATANTS
  }

  /** A person's part in the incident; it decides the pseudonym's letter. */
  public enum PersonRole {
    VICTIM("V"),
    WITNESS("W"),
    SURVIVOR("S"),
    ALLEGED_PERPETRATOR("P");

    private final String prefix;

    PersonRole(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  /** A person's age group. */
  public enum AgeGroup {
    CHILD,
    ADULT,
    ELDERLY,
    UNKNOWN
  }
}
