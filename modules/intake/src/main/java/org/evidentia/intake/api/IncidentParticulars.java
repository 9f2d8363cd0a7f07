package org.evidentia.intake.api;

import java.util.List;

/** An incident's sources, casualty claims and persons. */
public interface IncidentParticulars {

  SourceView addSource(String incidentId, NewSource source);

  List<SourceView> sources(String incidentId);

  /** A reviewer on the case team grades a source's reliability (A-F). */
  SourceView grade(String sourceId, Enums.Reliability reliability);

  ClaimView addClaim(String incidentId, NewClaim claim);

  List<ClaimView> claims(String incidentId);

  /** Per population, the range across every source's claims. */
  List<ClaimSpread> spread(String incidentId);

  /** The figures of the case's 50 most recent incidents that have any, newest first. */
  List<IncidentFigures> caseFigures(String caseId);

  PersonView addPerson(String incidentId, NewPerson person);

  List<PersonView> persons(String incidentId);

  PersonView person(String personId);

  /**
   * Records what the person now agrees to, for example a withdrawal ({@code withdrawnOn}). The
   * earlier consent is kept in the audit log; consent is never silently overwritten.
   */
  PersonView changeConsent(String personId, Consent consent);
}
