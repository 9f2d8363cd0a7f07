package org.evidentia.webapp.api;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidentia.kernel.ApiError;
import org.evidentia.kernel.ConflictException;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.RuleViolationException;
import org.evidentia.kernel.TooLargeException;

/** Every error the API answers has the same JSON shape ({@link ApiError}); never a stack trace. */
public final class ErrorMappers {

  private ErrorMappers() {}

  static Response respond(ApiError error) {
    return Response.status(error.status()).type(MediaType.APPLICATION_JSON).entity(error).build();
  }

  /** Refusals from the domain: 400, 403, 404, 409 or 413 with the domain's own message. */
  @Provider
  public static class Domain implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      if (e instanceof InvalidInputException invalid) {
        return respond(new ApiError(400, "validation", invalid.getMessage(), invalid.violations()));
      }
      if (e instanceof NotFoundException) {
        return respond(ApiError.of(404, "not_found", e.getMessage()));
      }
      if (e instanceof ConflictException) {
        return respond(ApiError.of(409, "conflict", e.getMessage()));
      }
      if (e instanceof RuleViolationException) {
        return respond(ApiError.of(403, "forbidden", e.getMessage()));
      }
      if (e instanceof TooLargeException) {
        return respond(ApiError.of(413, "too_large", e.getMessage()));
      }
      return respond(ApiError.of(400, "refused", e.getMessage()));
    }
  }

  /** Bean Validation on request bodies and parameters: 400 with one violation per field. */
  @Provider
  public static class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<InvalidInputException.Violation> violations = new ArrayList<>();
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        violations.add(
            new InvalidInputException.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
      }
      violations.sort(java.util.Comparator.comparing(InvalidInputException.Violation::field));
      String message = violations.isEmpty() ? "invalid request" : violations.get(0).message();
      return respond(new ApiError(400, "validation", message, violations));
    }

    /** {@code create.account.password} becomes {@code password}: the caller's field, not ours. */
    private static String fieldOf(Path path) {
      List<String> names = new ArrayList<>();
      for (Path.Node node : path) {
        if (node.getKind() == ElementKind.PROPERTY
            || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
          if (node.getName() != null && !node.getName().startsWith("<")) {
            names.add(node.getName());
          }
        }
      }
      return names.isEmpty() ? "body" : String.join(".", names);
    }
  }

  /** Statuses raised by JAX-RS itself (unknown path 404, wrong method 405, bad media type 415). */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String parameter = unconvertibleQueryParameter(e);
      if (parameter != null) {
        return respond(
            new ApiError(
                400,
                "validation",
                "query parameter '" + parameter + "' has a value of the wrong type",
                List.of(
                    new InvalidInputException.Violation(parameter, "not a value of its type"))));
      }
      if (status == 400 && e.getCause() != null) {
        return respond(
            ApiError.of(
                400, "malformed", "the request body is not valid JSON of the expected shape"));
      }
      Response.Status known = Response.Status.fromStatusCode(status);
      String error = known == null ? "error" : known.name().toLowerCase(Locale.ROOT);
      String message =
          known == null ? "request failed" : known.getReasonPhrase().toLowerCase(Locale.ROOT);
      return respond(ApiError.of(status, error, message));
    }
  }

  /**
   * The name of a query parameter Jersey could not convert (page=abc): JAX-RS answers those with
   * 404, which would tell a client that the list does not exist. Jersey is Payara's, not a compile
   * dependency, hence the name check.
   */
  static String unconvertibleQueryParameter(WebApplicationException e) {
    if (!e.getClass().getName().endsWith("ParamException$QueryParamException")) {
      return null;
    }
    try {
      Object name = e.getClass().getMethod("getParameterName").invoke(e);
      return name == null ? "query" : name.toString();
    } catch (ReflectiveOperationException | RuntimeException notJersey) {
      return "query";
    }
  }

  /** A body that is not JSON, or not of the expected shape. */
  @Provider
  public static class Malformed implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return respond(
          ApiError.of(
              400, "malformed", "the request body is not valid JSON of the expected shape"));
    }
  }

  /** Reading the body failed before it reached JSON-B. */
  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return respond(ApiError.of(400, "malformed", "the request body could not be read"));
    }
  }

  /**
   * An optimistic or pessimistic lock failure anywhere in the cause chain (JPA's or EclipseLink's
   * own exception, wrapped by the transaction at commit).
   */
  static boolean isConcurrentChange(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String name = c.getClass().getSimpleName();
      if (name.equals("OptimisticLockException")
          || name.equals("PessimisticLockException")
          || name.equals("LockTimeoutException")) {
        return true;
      }
    }
    return false;
  }

  /** Anything else is our fault: logged in full, answered without detail. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      if (e instanceof WebApplicationException web) {
        return new Web().toResponse(web);
      }
      if (isConcurrentChange(e)) {
        // Two writers on one row, found at commit: the loser changed nothing and may retry.
        return respond(
            ApiError.of(
                409,
                "conflict",
                "someone else changed this record at the same moment; reload it and try again"));
      }
      LOG.log(Level.SEVERE, "unexpected error in the API", e);
      return respond(
          ApiError.of(500, "internal", "an unexpected error occurred; it has been logged"));
    }
  }
}
