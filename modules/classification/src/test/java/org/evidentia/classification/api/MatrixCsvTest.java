package org.evidentia.classification.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidentia.classification.api.Enums.ClassificationStatus;
import org.evidentia.classification.api.Enums.ElementKind;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.junit.jupiter.api.Test;

/** The matrix CSV: counts, gaps, proposals, crimes without elements, and no formulas. */
class MatrixCsvTest {

  private static final Matrix MATRIX =
      new Matrix(
          "case",
          List.of(
              new Matrix.Column(
                  "i1", "Strike on the hospital, Kyiv", IncidentStatus.VERIFIED, true),
              new Matrix.Column("i2", "=HYPERLINK(\"x\")", IncidentStatus.REPORTED, false)),
          List.of(
              new Matrix.Row(
                  "8(2)(b)(ix)",
                  "Attacking protected objects",
                  "8(2)(b)(ix)-1",
                  1,
                  ElementKind.CONDUCT,
                  "An attack was directed.",
                  List.of(
                      new Matrix.Cell("i1", 2L, ClassificationStatus.CONFIRMED),
                      new Matrix.Cell("i2", 0L, ClassificationStatus.PROPOSED))),
              new Matrix.Row(
                  "7(1)(k)",
                  "Other inhumane acts",
                  null,
                  0,
                  null,
                  null,
                  List.of(
                      new Matrix.Cell("i1", null, null),
                      new Matrix.Cell("i2", null, ClassificationStatus.CONFIRMED)))));

  @Test
  void cellsSayCountGapProposalAndMissingElements() {
    String[] lines = MatrixCsv.write(MATRIX).split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFFcrime,").contains("\"Strike on the hospital, Kyiv\"");
    assertThat(lines[1]).endsWith("incident id,i1,i2");
    assertThat(lines[2]).endsWith("incident status,VERIFIED,NOT VERIFIED (REPORTED)");
    assertThat(lines[3]).endsWith(",2,GAP (proposed)");
    assertThat(lines[4])
        .isEqualTo("7(1)(k),Other inhumane acts,,,elements not entered,,CLASSIFIED");
  }

  @Test
  void aTitleIsNeverAFormula() {
    assertThat(MatrixCsv.write(MATRIX)).contains(",\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(MatrixCsv.quote("\t=1+1")).startsWith("'");
    assertThat(MatrixCsv.quote("  @SUM(A1)")).startsWith("'");
    assertThat(MatrixCsv.quote("8(2)(b)(ix)")).isEqualTo("8(2)(b)(ix)");
  }
}
