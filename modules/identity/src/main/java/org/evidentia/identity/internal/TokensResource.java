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

  /**
   * The credentials for a new token. {@code code} is the authenticator app's current code or a
   * recovery code, for an account with two-factor login; {@code totp} is its older name.
   */
  public record TokenRequest(
      @NotBlank(message = "username is required") String username,
      @NotBlank(message = "password is required") String password,
      String code,
      String totp,
      Instant expiresAt) {}

  @Inject TokenService tokenService;

  @Inject ApiTokens tokens;

  @Inject Caller caller;

  @Inject LoginOutcome outcome;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @Valid @NotNull(message = "a JSON body with username and password is required")
          TokenRequest request,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    TokenService.Answer answer =
        tokenService.request(
            request.username(),
            request.password(),
            request.code() != null ? request.code() : request.totp(),
            request.expiresAt(),
            caller.address());
    if (answer.token() != null) {
      return Response.created(uri.getAbsolutePathBuilder().path(answer.token().id()).build())
          .entity(answer.token())
          .build();
    }
    if (outcome.throttled().isPresent()) {
      return tooManyAttempts(outcome.throttled().get());
    }
    Response.ResponseBuilder refusal =
        Response.status(answer.status())
            .type(MediaType.APPLICATION_JSON)
            .entity(ApiError.of(answer.status(), answer.error(), answer.message()));
    if (answer.status() == 401) {
      refusal.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"evidentia\"");
    }
    return refusal.build();
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
