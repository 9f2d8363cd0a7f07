package org.evidentia.verification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.verification.api.Checklist;
import org.evidentia.verification.api.ReviewAction;
import org.evidentia.verification.api.ReviewActionType;
import org.evidentia.verification.api.ReviewView;
import org.evidentia.verification.api.Reviews;

/**
 * {@code /api/v1/incidents/{id}/review}: where the incident stands and the actions on it. Every
 * rule is checked in {@link Reviews}; this class only translates.
 */
@Path("incidents/{id}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentReviewResource {

  /** The action as sent: the name is read here so that a forged one gets a clear 400. */
  public record ActionRequest(
      String action, String rationale, Checklist checklist, Long expectedVersion) {}

  @Inject Reviews reviews;

  @GET
  public ReviewView review(@PathParam("id") String id) {
    return reviews.review(id);
  }

  @POST
  @Path("actions")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewView act(@PathParam("id") String id, ActionRequest request) {
    if (request == null) {
      throw new InvalidInputException("action", "send the action as a JSON object");
    }
    return reviews.act(
        id,
        new ReviewAction(
            actionType(request.action()),
            request.rationale(),
            request.checklist(),
            request.expectedVersion()));
  }

  private static ReviewActionType actionType(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException(
          "action", "name the action: " + Arrays.toString(ReviewActionType.values()));
    }
    try {
      return ReviewActionType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "action",
          "no such action \""
              + (name.length() > 40 ? name.substring(0, 40) + "..." : name)
              + "\"; one of "
              + Arrays.toString(ReviewActionType.values()));
    }
  }
}
