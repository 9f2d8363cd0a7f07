package org.evidentia.classification.api;

import java.util.List;
import org.evidentia.intake.api.Enums.IncidentStatus;

/**
 * The evidence matrix of a case: a row per element of every crime an incident of the case is
 * classified as (withdrawn classifications left out), a column per such incident. A cell counts the
 * active links; it is a gap when the incident is classified as the crime and nothing supports the
 * element, and does not apply when the incident is not classified as that crime.
 */
public record Matrix(String caseId, List<Column> incidents, List<Row> rows) {

  public record Column(String incidentId, String title, IncidentStatus status, boolean verified) {}

  public record Row(
      String crimeCode,
      String crimeTitle,
      String elementCode,
      int position,
      Enums.ElementKind kind,
      String text,
      List<Cell> cells) {}

  /**
   * {@code classification} is the status (PROPOSED or CONFIRMED) of the incident's classification
   * as the row's crime, null where the crime does not apply to the incident; {@code count} is null
   * also where the crime's elements are not entered (a row with a null element code).
   */
  public record Cell(String incidentId, Long count, Enums.ClassificationStatus classification) {
    public boolean applies() {
      return classification != null;
    }

    public boolean gap() {
      return count != null && count == 0;
    }

    public boolean proposed() {
      return classification == Enums.ClassificationStatus.PROPOSED;
    }
  }
}
