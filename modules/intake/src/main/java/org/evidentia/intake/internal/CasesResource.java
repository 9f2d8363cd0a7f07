package org.evidentia.intake.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.intake.api.IncidentFigures;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.NewCase;
import org.evidentia.intake.api.TeamChange;
import org.evidentia.intake.api.TeamMemberView;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/** {@code /api/v1/cases}: the caller's cases, their teams, and recording incidents in them. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  @Inject Cases cases;

  @Inject Incidents incidents;

  @Inject IncidentParticulars particulars;

  @GET
  public Page<CaseView> list(
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort) {
    return cases.mine(PageRequest.of(page, size, sort, q, Cases.SORTABLE));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(
      @NotNull(message = "a JSON body with a title is required") NewCase newCase,
      @Context UriInfo uri) {
    CaseView created = cases.open(newCase);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public CaseView get(@PathParam("id") String id) {
    return cases.get(id);
  }

  @GET
  @Path("{id}/team")
  public List<TeamMemberView> team(@PathParam("id") String id) {
    return cases.team(id);
  }

  @PUT
  @Path("{id}/team/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TeamMemberView putMember(
      @PathParam("id") String id, @PathParam("username") String username, TeamChange change) {
    return cases.putMember(id, username, change == null ? new TeamChange(false, null) : change);
  }

  @DELETE
  @Path("{id}/team/{username}")
  public Response removeMember(@PathParam("id") String id, @PathParam("username") String username) {
    cases.removeMember(id, username);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/casualty-figures")
  public List<IncidentFigures> figures(@PathParam("id") String id) {
    return particulars.caseFigures(id);
  }

  @POST
  @Path("{id}/incidents")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(
      @PathParam("id") String caseId,
      @NotNull(message = "a JSON body describing the incident is required") IncidentInput input,
      @Context UriInfo uri) {
    IncidentView created = incidents.record(caseId, input);
    return Response.created(uri.getBaseUriBuilder().path("incidents").path(created.id()).build())
        .entity(created)
        .build();
  }
}
