package org.evidentia.classification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.Classifications;
import org.evidentia.kernel.InvalidInputException;

/** {@code /api/v1/incidents/{id}/classifications}: propose, list. */
@Path("incidents/{id}/classifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentClassificationsResource {

  public record Proposal(String crimeCode, String rationale) {}

  @Inject Classifications classifications;

  @Context UriInfo uri;

  @GET
  public List<ClassificationView> list(@PathParam("id") String id) {
    return classifications.ofIncident(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(@PathParam("id") String id, Proposal proposal) {
    if (proposal == null) {
      throw new InvalidInputException("crimeCode", "send {\"crimeCode\", \"rationale\"}");
    }
    ClassificationView created =
        classifications.propose(id, proposal.crimeCode(), proposal.rationale());
    return Response.created(uri.getBaseUriBuilder().path("classifications/" + created.id()).build())
        .entity(created)
        .build();
  }
}
