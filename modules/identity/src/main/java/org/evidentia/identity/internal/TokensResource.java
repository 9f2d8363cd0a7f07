package org.evidentia.identity.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.evidentia.identity.api.ApiTokens;
import org.evidentia.identity.api.LoginOutcome;
import org.evidentia.identity.api.TokenView;
import org.evidentia.kernel.ApiError;
import org.evidentia.kernel.Caller;

/**
 * {@code /api/v1/tokens}: exchange a username and password for a personal token (the one call that
 * needs no token), list one's own tokens, revoke one.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

  /** The credentials for a new token; {@code totp} is accepted for the coming two-factor login. */
  public record TokenRequest(
      @NotBlank(message = "username is required") String username,
      @NotBlank(message = "password is required") String password,
      String totp,
      Instant expiresAt) {}

  @Inject ApiTokens tokens;

  @Inject Caller caller;

  @Inject LoginOutcome outcome;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @Valid @NotNull(message = "a JSON body with username and password is required")
          TokenRequest request,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    return tokens
        .issue(request.username(), request.password(), request.expiresAt(), caller.address())
        .map(
            issued ->
                Response.created(uri.getAbsolutePathBuilder().path(issued.id()).build())
                    .entity(issued)
                    .build())
        .orElseGet(
            () ->
                outcome
                    .throttled()
                    .map(TokensResource::tooManyAttempts)
                    .orElseGet(TokensResource::wrongCredentials));
  }

  /** Refused unchecked: the account or address failed too often; the client learns how long. */
  private static Response tooManyAttempts(Duration wait) {
    long seconds = AuthenticationService.seconds(wait);
    return Response.status(Response.Status.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            ApiError.of(
                429,
                "too_many_attempts",
                "too many failed attempts; try again in " + seconds + " seconds"))
        .build();
  }

  private static Response wrongCredentials() {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"evidentia\"")
        .type(MediaType.APPLICATION_JSON)
        .entity(ApiError.unauthorized("wrong username or password"))
        .build();
  }

  @GET
  public List<TokenView> mine() {
    return tokens.tokensOf(caller.username());
  }

  @DELETE
  @Path("{id}")
  public TokenView revoke(@PathParam("id") String id) {
    return tokens.revoke(id);
  }
}
