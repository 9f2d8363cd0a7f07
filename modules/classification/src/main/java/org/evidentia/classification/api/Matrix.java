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

  /** {@code count} is null where the element does not apply to the incident. */
  public record Cell(String incidentId, Long count) {
    public boolean applies() {
      return count != null;
    }

    public boolean gap() {
      return count != null && count == 0;
    }
  }
}
