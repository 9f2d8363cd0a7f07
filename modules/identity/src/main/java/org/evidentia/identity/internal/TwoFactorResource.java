package org.evidentia.identity.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.evidentia.kernel.Role;

/**
 * {@code /api/v1/users/{username}/two-factor}: whether a user has a second factor, and its reset by
 * an administrator when the user lost both the app and the recovery codes.
 */
@Path("users/{username}/two-factor")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

  @Inject TwoFactorService twoFactor;

  @GET
  public TwoFactorStatus status(@PathParam("username") String username) {
    return twoFactor.statusOf(username);
  }

  @DELETE
  public TwoFactorStatus reset(@PathParam("username") String username) {
    return twoFactor.resetByAdministrator(username);
  }
}
