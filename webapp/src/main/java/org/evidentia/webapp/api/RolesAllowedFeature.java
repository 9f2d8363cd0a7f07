package org.evidentia.webapp.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.kernel.ApiError;

/**
 * Enforces {@code @RolesAllowed} on resources (method over class) before the resource runs: 403
 * with a JSON body naming the roles, and an audit entry. Services check their own rules again.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

  @Inject AuditLog audit;

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed != null) {
      context.register(new RoleCheck(allowed.value(), audit));
    }
  }

  @Priority(Priorities.AUTHORIZATION - 10)
  static final class RoleCheck implements ContainerRequestFilter {

    private final String[] roles;
    private final AuditLog audit;

    RoleCheck(String[] roles, AuditLog audit) {
      this.roles = roles;
      this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (Arrays.stream(roles).anyMatch(security::isUserInRole)) {
        return;
      }
      String path = "/" + request.getUriInfo().getPath();
      String rule = "this requires the role " + String.join(" or ", roles);
      audit.record(
          AuditEvent.of(
              "ACCESS_DENIED", "api", path, request.getMethod() + " " + path + ": " + rule));
      request.abortWith(
          Response.status(Response.Status.FORBIDDEN)
              .type(MediaType.APPLICATION_JSON)
              .entity(ApiError.of(403, "forbidden", rule))
              .build());
    }
  }
}
