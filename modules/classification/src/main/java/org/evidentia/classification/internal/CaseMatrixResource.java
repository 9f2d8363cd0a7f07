package org.evidentia.classification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.evidentia.classification.api.Classifications;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Matrix;
import org.evidentia.classification.api.MatrixCsv;

/** {@code /api/v1/cases/{id}/matrix}: JSON, or CSV with {@code Accept: text/csv}. */
@Path("cases/{id}/matrix")
@RequestScoped
public class CaseMatrixResource {

  @Inject Classifications classifications;

  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Matrix json(@PathParam("id") String id, @QueryParam("lang") String lang) {
    return classifications.matrix(id, CrimesResource.locale(lang, headers));
  }

  @GET
  // Lower quality: a client that accepts anything gets JSON.
  @Produces("text/csv;qs=0.5")
  public Response csv(@PathParam("id") String id, @QueryParam("lang") String lang) {
    Matrix matrix = classifications.matrix(id, CrimesResource.locale(lang, headers));
    return Response.ok(MatrixCsv.write(matrix), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"matrix.csv\"")
        .build();
  }

  @GET
  @Path("cell")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ElementLinkView> cell(
      @PathParam("id") String id,
      @QueryParam("incidentId") String incidentId,
      @QueryParam("elementCode") String elementCode) {
    return classifications.cell(id, incidentId, elementCode);
  }
}
