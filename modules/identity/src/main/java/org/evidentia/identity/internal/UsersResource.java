package org.evidentia.identity.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.evidentia.identity.api.AccountChange;
import org.evidentia.identity.api.AccountView;
import org.evidentia.identity.api.Accounts;
import org.evidentia.identity.api.ApiTokens;
import org.evidentia.identity.api.NewAccount;
import org.evidentia.identity.api.PasswordReset;
import org.evidentia.identity.api.SessionView;
import org.evidentia.identity.api.Sessions;
import org.evidentia.identity.api.TokenView;
import org.evidentia.kernel.Page;
import org.evidentia.kernel.PageRequest;
import org.evidentia.kernel.Role;

/** {@code /api/v1/users}: account administration. */
@Path("users")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject Accounts accounts;

  @Inject ApiTokens tokens;

  @Inject Sessions sessions;

  @GET
  public Page<AccountView> list(
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort) {
    return accounts.list(PageRequest.of(page, size, sort, q, Accounts.SORTABLE));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @Valid @NotNull(message = "a JSON body is required") NewAccount account,
      @Context UriInfo uri) {
    AccountView created = accounts.create(account);
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{username}")
  public AccountView get(@PathParam("username") String username) {
    return accounts.get(username);
  }

  @PATCH
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountView change(
      @PathParam("username") String username,
      @Valid @NotNull(message = "a JSON body is required") AccountChange change) {
    return accounts.change(username, change);
  }

  /** The body of a password reset: a temporary password, or none to have one made up. */
  public record ResetRequest(String temporaryPassword) {}

  @POST
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public PasswordReset resetPassword(@PathParam("username") String username, ResetRequest request) {
    return accounts.resetPassword(username, request == null ? null : request.temporaryPassword());
  }

  @GET
  @Path("{username}/sessions")
  public List<SessionView> sessions(@PathParam("username") String username) {
    accounts.get(username);
    return sessions.of(username);
  }

  @DELETE
  @Path("{username}/sessions/{id}")
  public Response endSession(@PathParam("username") String username, @PathParam("id") String id) {
    sessions.endOne(username, id);
    return Response.noContent().build();
  }

  /** Ends every session and revokes every token of the account. */
  @DELETE
  @Path("{username}/sessions")
  public Response endAccess(@PathParam("username") String username) {
    sessions.endAccess(username);
    return Response.noContent().build();
  }

  @GET
  @Path("{username}/tokens")
  public List<TokenView> tokens(@PathParam("username") String username) {
    accounts.get(username);
    return tokens.tokensOf(username);
  }
}
