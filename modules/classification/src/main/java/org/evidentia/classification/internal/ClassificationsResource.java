package org.evidentia.classification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.evidentia.classification.api.ClassificationEvent;
import org.evidentia.classification.api.ClassificationView;
import org.evidentia.classification.api.Classifications;
import org.evidentia.classification.api.ElementLinkView;
import org.evidentia.classification.api.Enums.Decision;
import org.evidentia.classification.api.NewLink;
import org.evidentia.kernel.InvalidInputException;

/** {@code /api/v1/classifications/{id}}: decide, history, element links. */
@Path("classifications/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationsResource {

  /** {@code action}: CONFIRM or WITHDRAW; read here so that a forged one gets a clear 400. */
  public record Change(String action, String note, Long expectedVersion) {}

  @Inject Classifications classifications;

  @Context UriInfo uri;

  @GET
  public ClassificationView get(@PathParam("id") String id) {
    return classifications.get(id);
  }

  @PATCH
  @Consumes(MediaType.APPLICATION_JSON)
  public ClassificationView change(@PathParam("id") String id, Change change) {
    if (change == null || change.action() == null) {
      throw new InvalidInputException("action", "CONFIRM or WITHDRAW");
    }
    Decision decision;
    try {
      decision = Decision.valueOf(change.action());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("action", "one of " + Arrays.toString(Decision.values()));
    }
    return classifications.decide(id, decision, change.note(), change.expectedVersion());
  }

  @GET
  @Path("history")
  public List<ClassificationEvent> history(@PathParam("id") String id) {
    return classifications.history(id);
  }

  @GET
  @Path("element-links")
  public List<ElementLinkView> links(@PathParam("id") String id) {
    return classifications.links(id);
  }

  @POST
  @Path("element-links")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response link(@PathParam("id") String id, NewLink link) {
    ElementLinkView created = classifications.link(id, link);
    return Response.created(
            uri.getBaseUriBuilder().path("classifications/" + id + "/element-links").build())
        .entity(created)
        .build();
  }
}
