package org.evidentia.classification.internal;

import org.evidentia.classification.api.Matrix;

/**
 * The matrix as CSV (RFC 4180): one row per element, one column per incident. A cell holds the
 * number of supporting links, "GAP" where the incident is classified as the crime and nothing
 * supports the element, and is empty where the crime does not apply to the incident. A second
 * header row says which incidents are not VERIFIED.
 */
final class MatrixCsv {

  private MatrixCsv() {}

  static String write(Matrix matrix) {
    StringBuilder csv = new StringBuilder();
    csv.append("crime,crime title,element,kind,element text");
    matrix.incidents().forEach(c -> csv.append(',').append(quote(c.title())));
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
          .append(quote(row.elementCode()))
          .append(',')
          .append(row.kind())
          .append(',')
          .append(quote(row.text()));
      for (Matrix.Cell cell : row.cells()) {
        csv.append(',').append(!cell.applies() ? "" : cell.gap() ? "GAP" : cell.count());
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  /**
   * Quoted when needed; a leading =, +, - or @ is prefixed with an apostrophe so that a spreadsheet
   * never runs a title as a formula.
   */
  static String quote(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
