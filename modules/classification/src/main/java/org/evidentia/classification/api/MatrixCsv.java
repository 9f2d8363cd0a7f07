package org.evidentia.classification.api;

/**
 * The matrix as CSV (RFC 4180): one row per element, one column per incident. A cell holds the
 * number of supporting links, "GAP" where the incident is classified as the crime and nothing
 * supports the element, "CLASSIFIED" for a crime whose elements are not entered, with " (proposed)"
 * while the classification is not confirmed, and is empty where the crime does not apply to the
 * incident. Header rows: incident titles, ids, and which are not VERIFIED.
 */
public final class MatrixCsv {

  private MatrixCsv() {}

  public static String write(Matrix matrix) {
    // A byte order mark: spreadsheets then read the Ukrainian text as UTF-8.
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("crime,crime title,element,kind,element text");
    matrix.incidents().forEach(c -> csv.append(',').append(quote(c.title())));
    csv.append("\r\n,,,,incident id");
    matrix.incidents().forEach(c -> csv.append(',').append(c.incidentId()));
    csv.append("\r\n,,,,incident status");
    matrix
        .incidents()
        .forEach(
            c ->
                csv.append(',')
                    .append(c.verified() ? "VERIFIED" : "NOT VERIFIED (" + c.status() + ")"));
    csv.append("\r\n");
    for (Matrix.Row row : matrix.rows()) {
      csv.append(quote(row.crimeCode()))
          .append(',')
          .append(quote(row.crimeTitle()))
          .append(',')
          .append(row.elementCode() == null ? "" : quote(row.elementCode()))
          .append(',')
          .append(row.kind() == null ? "" : row.kind())
          .append(',')
          .append(row.elementCode() == null ? "elements not entered" : quote(row.text()));
      for (Matrix.Cell cell : row.cells()) {
        csv.append(',').append(cell(cell));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  /** The cell as the page shows it: a count, GAP, CLASSIFIED, or empty; "(proposed)" if so. */
  static String cell(Matrix.Cell cell) {
    if (!cell.applies()) {
      return "";
    }
    String value =
        cell.count() == null ? "CLASSIFIED" : cell.gap() ? "GAP" : cell.count().toString();
    return cell.proposed() ? value + " (proposed)" : value;
  }

  /**
   * Quoted when needed; a leading =, +, - or @ is prefixed with an apostrophe so that a spreadsheet
   * never runs a title as a formula.
   */
  public static String quote(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    String start = text.stripLeading();
    if (!text.isEmpty()
        && ("=+-@\t\r".indexOf(text.charAt(0)) >= 0
            || (!start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0))) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
