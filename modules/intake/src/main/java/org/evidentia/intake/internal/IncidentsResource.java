package org.evidentia.intake.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.evidentia.intake.api.ClaimSpread;
import org.evidentia.intake.api.ClaimView;
import org.evidentia.intake.api.Enums.IncidentStatus;
import org.evidentia.intake.api.IncidentFilter;
import org.evidentia.intake.api.IncidentInput;
import org.evidentia.intake.api.IncidentParticulars;
import org.evidentia.intake.api.IncidentRevisionView;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.intake.api.Incidents;
import org.evidentia.intake.api.Location;
import org.evidentia.intake.api.NewClaim;
import org.evidentia.intake.api.NewPerson;
import org.evidentia.intake.api.NewSource;
import org.evidentia.intake.api.Occurred;
import org.evidentia.intake.api.PersonView;
import org.evidentia.intake.api.SourceView;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;

/** {@code /api/v1/incidents}: list, read, edit, history, and the incident's particulars. */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

  @Inject Incidents incidents;

  @Inject IncidentParticulars particulars;

  @GET
  public Page<IncidentView> list(
      @QueryParam("caseId") String caseId,
      @QueryParam("status") String status,
      @QueryParam("type") String type,
      @QueryParam("region") String region,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort) {
    IncidentFilter filter =
        new IncidentFilter(
            blankToNull(caseId),
            status(status),
            blankToNull(type),
            blankToNull(region),
            moment("from", from, false),
            moment("to", to, true));
    return incidents.list(filter, PageRequest.of(page, size, sort, q, Incidents.SORTABLE));
  }

  /** Possible duplicates of an incident about to be recorded: same day, nearby place. */
  @GET
  @Path("similar")
  public List<IncidentView> similar(
      @QueryParam("caseId") String caseId,
      @QueryParam("from") String from,
      @QueryParam("latitude") Double latitude,
      @QueryParam("longitude") Double longitude,
      @QueryParam("locality") String locality,
      @QueryParam("placeName") String placeName) {
    Instant when = moment("from", from, false);
    if (when == null) {
      throw new InvalidInputException("from", "give the date of the incident");
    }
    return incidents.similar(
        caseId,
        new Occurred(when, null, null),
        new Location(placeName, null, null, null, locality, latitude, longitude, null));
  }

  /** The body of a same-event link: {@code {"incidentId": "..."}}. */
  public record SameEvent(String incidentId) {}

  @PUT
  @Path("{id}/same-event")
  @Consumes(MediaType.APPLICATION_JSON)
  public IncidentView linkSameEvent(@PathParam("id") String id, SameEvent link) {
    if (link == null || link.incidentId() == null) {
      throw new InvalidInputException(
          "incidentId", "name the incident this one is the same event as");
    }
    return incidents.linkSameEvent(id, link.incidentId());
  }

  @GET
  @Path("{id}")
  public IncidentView get(@PathParam("id") String id) {
    return incidents.get(id);
  }

  /** Fields left out keep their value; {@code expectedVersion} guards against lost updates. */
  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public IncidentView edit(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body with the changed fields is required") IncidentInput patch) {
    return incidents.edit(id, merge(incidents.get(id), patch));
  }

  @GET
  @Path("{id}/history")
  public List<IncidentRevisionView> history(@PathParam("id") String id) {
    return incidents.history(id);
  }

  @POST
  @Path("{id}/sources")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addSource(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body describing the source is required") NewSource source,
      @Context UriInfo uri) {
    SourceView created = particulars.addSource(id, source);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/sources")
  public List<SourceView> sources(@PathParam("id") String id) {
    return particulars.sources(id);
  }

  @POST
  @Path("{id}/casualty-claims")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addClaim(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body with the figures is required") NewClaim claim,
      @Context UriInfo uri) {
    ClaimView created = particulars.addClaim(id, claim);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/casualty-claims")
  public List<ClaimView> claims(@PathParam("id") String id) {
    return particulars.claims(id);
  }

  @GET
  @Path("{id}/casualty-claims/spread")
  public List<ClaimSpread> spread(@PathParam("id") String id) {
    return particulars.spread(id);
  }

  @POST
  @Path("{id}/persons")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addPerson(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body describing the person is required") NewPerson person,
      @Context UriInfo uri) {
    PersonView created = particulars.addPerson(id, person);
    return Response.created(uri.getBaseUriBuilder().path("persons").path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/persons")
  public List<PersonView> persons(@PathParam("id") String id) {
    return particulars.persons(id);
  }

  static IncidentInput merge(IncidentView current, IncidentInput patch) {
    Occurred occurred = patch.occurred() == null ? current.occurred() : patch.occurred();
    Location location = patch.location() == null ? current.location() : patch.location();
    return new IncidentInput(
        or(patch.title(), current.title()),
        or(patch.narrative(), current.narrative()),
        occurred,
        location,
        or(patch.incidentType(), current.incidentType()),
        or(patch.weapon(), current.weapon()),
        or(patch.target(), current.target()),
        or(patch.allegedPerpetrator(), current.allegedPerpetrator()),
        patch.expectedVersion());
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static IncidentStatus status(String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return IncidentStatus.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "unknown status '" + value + "'");
    }
  }

  /** A date ({@code 2024-07-08}, the whole day) or an instant ({@code 2024-07-08T10:45:00Z}). */
  private static Instant moment(String field, String value, boolean endOfDay) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC)
            .minusMillis(endOfDay ? 1 : 0);
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "use a date (2024-07-08) or a UTC time (2024-07-08T10:45:00Z)");
    }
  }
}
