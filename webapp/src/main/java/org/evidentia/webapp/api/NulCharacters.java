package org.evidentia.webapp.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.evidentia.kernel.ApiError;
import org.evidentia.kernel.InvalidInputException;

/**
 * Refuses a NUL character in the path or a query parameter with 400: PostgreSQL cannot store or
 * compare text holding one and fails the query (a 500), and no id, filter or search contains one.
 */
@Provider
@PreMatching
public class NulCharacters implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String field = null;
    if (request.getUriInfo().getPath(true).indexOf('\0') >= 0) {
      field = "path";
    } else {
      for (Map.Entry<String, List<String>> parameter :
          request.getUriInfo().getQueryParameters(true).entrySet()) {
        if (parameter.getKey().indexOf('\0') >= 0
            || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
          field = parameter.getKey().replace('\0', '?');
          break;
        }
      }
    }
    if (field != null) {
      request.abortWith(
          ErrorMappers.respond(
              new ApiError(
                  400,
                  "validation",
                  "'" + field + "' contains a NUL character",
                  List.of(
                      new InvalidInputException.Violation(field, "contains a NUL character")))));
    }
  }
}
