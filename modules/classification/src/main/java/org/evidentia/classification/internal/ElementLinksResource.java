package org.evidentia.classification.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.evidentia.classification.api.Classifications;
import org.evidentia.classification.api.ElementLinkView;

/** {@code /api/v1/element-links/{id}/withdraw}: a link is withdrawn, never deleted. */
@Path("element-links/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ElementLinksResource {

  public record Withdrawal(String note) {}

  @Inject Classifications classifications;

  @POST
  @Path("withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  public ElementLinkView withdraw(@PathParam("id") String id, Withdrawal withdrawal) {
    return classifications.unlink(id, withdrawal == null ? null : withdrawal.note());
  }
}
