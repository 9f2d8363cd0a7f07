package org.evidentia.classification.internal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evidentia.classification.api.Classifications;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Matrix;
import org.evidentia.classification.api.MatrixCsv;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.NotFoundException;

/**
 * The evidence matrix of a case: a row per element of each crime its incidents are classified as, a
 * column per such incident, the number of supporting links in each cell. Its CSV is written by
 * {@link MatrixCsv}, as the API writes it.
 */
@Named("caseMatrix")
@ViewScoped
public class MatrixView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Classifications classifications;

  @Inject Cases cases;

  private String caseId;
  private CaseView caseFile;
  private transient Matrix matrix;

  // The cell opened.
  private String cellIncident;
  private String cellElement;
  private List<ElementLinkView> cellLinks = List.of();

  public void load() {
    try {
      caseFile = cases.get(caseId);
      getMatrix();
    } catch (NotFoundException e) {
      Feedback.notFound();
    }
  }

  public Matrix getMatrix() {
    if (matrix == null && caseId != null) {
      matrix = classifications.matrix(caseId, Pages.locale());
    }
    return matrix;
  }

  /** The row starts a new crime: the page shows the crime's heading above it. */
  public boolean startsCrime(int index) {
    List<Matrix.Row> rows = getMatrix().rows();
    return index == 0 || !rows.get(index - 1).crimeCode().equals(rows.get(index).crimeCode());
  }

  /** Opens a cell: the active links behind its count. */
  public void open(String incidentId, String elementCode) {
    cellIncident = incidentId;
    cellElement = elementCode;
    try {
      cellLinks = classifications.cell(caseId, incidentId, elementCode);
    } catch (DomainException e) {
      cellLinks = List.of();
      Feedback.refused("matrix", e);
    }
  }

  /** The incident of the opened cell, as the matrix names it. */
  public String getCellIncidentTitle() {
    return getMatrix().incidents().stream()
        .filter(c -> c.incidentId().equals(cellIncident))
        .map(Matrix.Column::title)
        .findFirst()
        .orElse("");
  }

  /** The matrix as CSV, exactly as the API sends it for {@code Accept: text/csv}. */
  public void csv() throws IOException {
    Matrix current = classifications.matrix(caseId, Pages.locale());
    byte[] bytes = MatrixCsv.write(current).getBytes(StandardCharsets.UTF_8);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseContentLength(bytes.length);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"matrix-"
            + caseFile.reference().replaceAll("[^A-Za-z0-9._-]", "_")
            + ".csv\"");
    external.getResponseOutputStream().write(bytes);
    faces.responseComplete();
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public CaseView getCaseFile() {
    return caseFile;
  }

  public String getCellElement() {
    return cellElement;
  }

  public List<ElementLinkView> getCellLinks() {
    return cellLinks;
  }
}
