package org.evidentia.evidence.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.evidentia.evidence.api.Enums.EvidenceKind;
import org.evidentia.evidence.api.Evidence;
import org.evidentia.evidence.api.EvidenceView;
import org.evidentia.evidence.api.NewEvidence;
import org.evidentia.intake.api.IncidentView;
import org.evidentia.kernel.ApiError;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.TooLargeException;

/**
 * {@code /api/v1/incidents/{id}/evidence}: upload (multipart/form-data, streamed) and list.
 *
 * <p>The body is read here as a raw stream and parsed part by part ({@link MultipartForm}); the
 * file part goes straight into the store while it is hashed, so memory stays flat for any size and
 * an oversized upload is refused as soon as the limit is passed (ADR 11).
 */
@Path("incidents/{incidentId}/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentEvidenceResource {

  /** Room for part headers and boundaries around a file of the maximum size. */
  private static final long MULTIPART_OVERHEAD = 1024 * 1024;

  private static final int MAX_FIELD_BYTES = 8 * 1024;
  private static final long DRAIN = 4 * 1024 * 1024;
  private static final Set<String> FIELDS =
      Set.of(
          "kind",
          "description",
          "sourceId",
          "collectedBy",
          "obtainedAt",
          "graphic",
          "personalData",
          "derivedFrom");

  @Inject EvidenceService evidence;

  @Inject EvidenceAccess access;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Role.Names.CASEWORKER)
  @Operation(
      summary = "Upload evidence",
      description =
          "multipart/form-data with a part 'file' and the fields kind, description, sourceId,"
              + " collectedBy, obtainedAt, graphic, personalData, derivedFrom. 413 over the"
              + " configured limit; duplicateOf names an earlier item with the same bytes;"
              + " 403 for anyone but a caseworker; 500 or 507 when the store cannot write.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = UploadForm.class)))
  public Response upload(
      @PathParam("incidentId") String incidentId,
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Content-Length") Long contentLength,
      InputStream body,
      @Context UriInfo uri) {
    try {
      return receive(incidentId, contentType, contentLength, body, uri);
    } catch (EvidenceService.StorageFailure e) {
      // Logged SEVERE where it happened; the uploader's request was fine.
      int status = e.full() ? 507 : 500;
      return Response.status(status)
          .type(MediaType.APPLICATION_JSON)
          .entity(
              ApiError.of(status, e.full() ? "insufficient_storage" : "internal", e.getMessage()))
          .build();
    }
  }

  private Response receive(
      String incidentId, String contentType, Long contentLength, InputStream body, UriInfo uri) {
    IncidentView incident = access.incidentForUpload(incidentId);
    if (contentLength != null && contentLength > evidence.maxSize() + MULTIPART_OVERHEAD) {
      throw new TooLargeException(
          "the upload is larger than the limit of " + evidence.maxSize() + " bytes");
    }
    MultipartForm form = new MultipartForm(body, MultipartForm.boundary(contentType));
    Map<String, String> fields = new HashMap<>();
    ContentStore.Staged staged = null;
    String fileName = null;
    try {
      MultipartForm.Part part;
      while ((part = form.next()) != null) {
        if ("file".equals(part.name())) {
          if (staged != null) {
            throw new InvalidInputException("file", "send one file per upload");
          }
          fileName = part.fileName() == null ? FileNames.UNNAMED : part.fileName();
          try {
            staged = evidence.stage(incident.id(), null, part.body());
          } catch (TooLargeException e) {
            drain(body);
            throw e;
          }
        } else if (FIELDS.contains(part.name())) {
          fields.put(part.name(), part.text(MAX_FIELD_BYTES));
        } else {
          throw new InvalidInputException(
              part.name(), "unknown field; the fields are 'file' and " + FIELDS);
        }
      }
      if (staged == null) {
        throw new InvalidInputException("file", "a part named 'file' with the file is required");
      }
      NewEvidence input = input(fields);
      evidence.check(incident, input);
      ContentStore.Staged received = staged;
      staged = null;
      EvidenceView created = evidence.record(incident, input, fileName, received);
      return Response.created(uri.getBaseUriBuilder().path("evidence").path(created.id()).build())
          .entity(created)
          .build();
    } catch (MultipartForm.MalformedMultipartException e) {
      throw new InvalidInputException("body", e.getMessage());
    } catch (IOException e) {
      throw new InvalidInputException(
          "file", "the upload broke off before the file was complete; nothing was kept");
    } finally {
      if (staged != null) {
        staged.close();
      }
    }
  }

  /**
   * Reads on a little after refusing, so a client slightly over the limit gets the 413 instead of a
   * connection reset; a client far over it is cut off (it should send Expect: 100-continue).
   */
  private static void drain(InputStream body) {
    byte[] sink = new byte[64 * 1024];
    long left = DRAIN;
    try {
      int n;
      while (left > 0 && (n = body.read(sink, 0, (int) Math.min(sink.length, left))) != -1) {
        left -= n;
      }
    } catch (IOException e) {
      // the client is gone; the refusal stands
    }
  }

  @GET
  public Page<EvidenceView> list(
      @PathParam("incidentId") String incidentId,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort) {
    return evidence.list(incidentId, PageRequest.of(page, size, sort, q, Evidence.SORTABLE));
  }

  static NewEvidence input(Map<String, String> fields) {
    List<InvalidInputException.Violation> violations = new ArrayList<>();
    EvidenceKind kind = null;
    String kindText = blankToNull(fields.get("kind"));
    if (kindText != null) {
      try {
        kind = EvidenceKind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(
            new InvalidInputException.Violation(
                "kind",
                "unknown kind '" + kindText + "'; use one of " + List.of(EvidenceKind.values())));
      }
    }
    Instant obtainedAt = null;
    String obtained = blankToNull(fields.get("obtainedAt"));
    if (obtained != null) {
      try {
        obtainedAt =
            obtained.length() == 10
                ? LocalDate.parse(obtained).atStartOfDay().toInstant(ZoneOffset.UTC)
                : Instant.parse(obtained);
      } catch (DateTimeParseException e) {
        violations.add(
            new InvalidInputException.Violation(
                "obtainedAt", "use a date (2024-07-08) or a UTC time (2024-07-08T10:45:00Z)"));
      }
    }
    Boolean graphic = flag(fields, "graphic", violations);
    Boolean personalData = flag(fields, "personalData", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new NewEvidence(
        kind,
        blankToNull(fields.get("description")),
        blankToNull(fields.get("sourceId")),
        blankToNull(fields.get("collectedBy")),
        obtainedAt,
        Boolean.TRUE.equals(graphic),
        Boolean.TRUE.equals(personalData),
        blankToNull(fields.get("derivedFrom")));
  }

  private static Boolean flag(
      Map<String, String> fields, String name, List<InvalidInputException.Violation> violations) {
    String value = blankToNull(fields.get(name));
    if (value == null) {
      return false;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
      case "on":
      case "yes":
      case "1":
        return true;
      case "false":
      case "off":
      case "no":
      case "0":
        return false;
      default:
        violations.add(new InvalidInputException.Violation(name, "use true or false"));
        return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The upload form as OpenAPI describes it. */
  @Schema(name = "EvidenceUpload")
  public static class UploadForm {
    @Schema(
        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
        format = "binary",
        required = true)
    public String file;

    @Schema(required = true, implementation = EvidenceKind.class)
    public String kind;

    public String description;
    public String sourceId;
    public String collectedBy;

    @Schema(description = "2024-07-08 or 2024-07-08T10:45:00Z")
    public String obtainedAt;

    public boolean graphic;
    public boolean personalData;

    @Schema(description = "the original item this is a redacted copy of")
    public String derivedFrom;
  }
}
