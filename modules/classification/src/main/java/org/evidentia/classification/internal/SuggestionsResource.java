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
import java.util.List;
import org.evidentia.classification.api.Classifications;
import org.evidentia.classification.api.CrimeView;

/**
 * {@code /api/v1/incidents/{id}/classification-suggestions}: crimes offered first. (A root path of
 * its own: a resource at {@code incidents/{id}} would take every incident path from intake's.)
 */
@Path("incidents/{id}/classification-suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionsResource {

  @Inject Classifications classifications;

  @Context HttpHeaders headers;

  @GET
  public List<CrimeView> suggestions(@PathParam("id") String id, @QueryParam("lang") String lang) {
    return classifications.suggestions(id, CrimesResource.locale(lang, headers));
  }
}
