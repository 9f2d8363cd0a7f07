package org.evidentia.classification.api;

import java.util.List;
import java.util.Locale;

/**
 * Incidents classified as crimes. Reading needs the incident's case team (anyone else is answered
 * "not found"); proposing, deciding and linking need a legal analyst on the team. Every change is
 * in the classification's history and in the audit log.
 */
public interface Classifications {

  /**
   * @throws org.evidentia.kernel.InvalidInputException unknown crime code, missing rationale
   * @throws org.evidentia.kernel.ConflictException the incident already has this crime, proposed or
   *     confirmed
   */
  ClassificationView propose(String incidentId, String crimeCode, String rationale);

  /** CONFIRM a proposed one, or WITHDRAW (with a note); its links stay, no longer counted. */
  ClassificationView decide(
      String classificationId, Enums.Decision decision, String note, Long expectedVersion);

  ClassificationView get(String classificationId);

  /** Every classification of the incident, withdrawn ones included, newest first. */
  List<ClassificationView> ofIncident(String incidentId);

  List<ClassificationEvent> history(String classificationId);

  /**
   * @throws org.evidentia.kernel.InvalidInputException an element of another crime, support from
   *     another incident, not exactly one of evidence, source or claim
   * @throws org.evidentia.kernel.ConflictException the same support for the element already, or a
   *     withdrawn classification
   */
  ElementLinkView link(String classificationId, NewLink link);

  /** The links of a classification, withdrawn ones included, in element order. */
  List<ElementLinkView> links(String classificationId);

  /** Withdraws a link (kept in the history, no longer counted). */
  ElementLinkView unlink(String linkId, String note);

  /** Counted in the database. */
  Matrix matrix(String caseId, Locale locale);

  /** The active links behind one cell of the matrix. */
  List<ElementLinkView> cell(String caseId, String incidentId, String elementCode);

  /**
   * Crimes to offer first for the incident's type and target, without those it is already
   * classified as. A suggestion is never a classification until an analyst proposes it.
   */
  List<CrimeView> suggestions(String incidentId, Locale locale);
}
