package org.evidentia.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.identity.api.Authenticator;
import org.evidentia.identity.api.SecondFactor;

/**
 * The application's one authentication mechanism (Jakarta EE allows exactly one), for pages and API
 * alike.
 *
 * <ul>
 *   <li>{@code /api/*}: a bearer token on every call but {@code POST /api/v1/tokens}; otherwise a
 *       401 with a JSON body. Never a redirect, never a session.
 *   <li>Pages: the login form's credential (through {@code SecurityContext.authenticate}) opens a
 *       session under a new id; later requests re-apply the session's login after checking the
 *       account is still enabled. Protected pages without a login redirect to the login page.
 * </ul>
 */
@ApplicationScoped
public class EvidentiaAuthentication implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String TOKEN_PATH = "/api/v1/tokens";
  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject Authenticator authenticator;

  @Inject AuditLog audit;

  @Inject SecondFactor secondFactor;

  @Inject SecondFactorLogin secondFactorLogin;
  @Inject SessionGuard guard;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Set here too: a refusal (401) is answered before any filter runs.
    SecurityHeadersFilter.apply(response);
    String path = pathOf(request);
    if (path.startsWith("/api/")) {
      return api(request, response, context, path);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      return login(request, context, password);
    }
    HttpSession session = request.getSession(false);
    LoginRecord record =
        session == null ? null : (LoginRecord) session.getAttribute(LoginRecord.SESSION_KEY);
    if (record != null) {
      if (path.startsWith(RESOURCES)) {
        return context.notifyContainerAboutLogin(record.username(), record.roles());
      }
      Optional<AuthenticatedUser> current = authenticator.active(record.username());
      // sec-accounts: the database session must be live; a reset password must be changed first.
      SessionGuard.Verdict verdict =
          current.isEmpty()
              ? SessionGuard.Verdict.ENDED
              : guard.check(session, record.username(), path);
      if (verdict == SessionGuard.Verdict.MUST_CHANGE_PASSWORD) {
        return redirect(request, response, context, SessionGuard.PASSWORD_PAGE);
      }
      if (verdict == SessionGuard.Verdict.LIVE) {
        Set<String> roles = roleNames(current.get());
        if (!roles.equals(record.roles())) {
          session.setAttribute(LoginRecord.SESSION_KEY, new LoginRecord(record.username(), roles));
        }
        return context.notifyContainerAboutLogin(record.username(), roles);
      }
      // Disabled, logged out elsewhere, ended or timed out since the login: the session ends here.
      guard.closed(session);
      session.invalidate();
    }
    if (context.isProtected()) {
      return toLoginPage(request, response, context);
    }
    return context.doNothing();
  }

  /**
   * The path the container mapped the request to, not the raw URI: a raw
   * "/jakarta.faces.resource/../cases/x.xhtml" must not pass for a resource and skip the checks.
   */
  static String pathOf(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String info = request.getPathInfo();
    String mapped = (servletPath == null ? "" : servletPath) + (info == null ? "" : info);
    if (!mapped.isEmpty()) {
      return mapped;
    }
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    // Unmapped and not normal: nothing to shortcut (the resource prefix is never a match).
    return raw.contains("..") || raw.contains(";") ? "/" : raw;
  }

  private AuthenticationStatus login(
      HttpServletRequest request,
      HttpMessageContext context,
      UsernamePasswordCredential credential) {
    Optional<AuthenticatedUser> user =
        authenticator.login(
            credential.getCaller(), credential.getPasswordAsString(), ClientAddress.of(request));
    if (user.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id at login: a session id planted before login is worthless after it.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    // Two-factor login (ADR 18): the password only opens the second step; not logged in yet.
    SecondFactor.Step step = secondFactor.stepAfterPassword(user.get().username());
    if (step != SecondFactor.Step.NONE) {
      secondFactorLogin.start(request, user.get().username(), step);
      return AuthenticationStatus.SEND_CONTINUE;
    }
    Set<String> roles = roleNames(user.get());
    request
        .getSession(true)
        .setAttribute(LoginRecord.SESSION_KEY, new LoginRecord(user.get().username(), roles));
    guard.opened(request, user.get().username());
    return context.notifyContainerAboutLogin(user.get().username(), roles);
  }

  private AuthenticationStatus api(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    if (path.equals(TOKEN_PATH) && "POST".equals(request.getMethod())) {
      return context.doNothing();
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return unauthorized(
          response, "authentication required: send 'Authorization: Bearer <token>'", null);
    }
    Optional<AuthenticatedUser> user = authenticator.byToken(header.substring(7).strip());
    if (user.isEmpty()) {
      audit.record(
          AuditEvent.of("API_TOKEN_REFUSED", "api", path, request.getMethod() + " " + path)
              .by("anonymous", ClientAddress.of(request)));
      return unauthorized(response, "the token is invalid, expired or revoked", "invalid_token");
    }
    return context.notifyContainerAboutLogin(user.get().username(), roleNames(user.get()));
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, String message, String error) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(
        "WWW-Authenticate",
        "Bearer realm=\"evidentia\"" + (error == null ? "" : ", error=\"" + error + "\""));
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String body =
        Json.createObjectBuilder()
            .add("status", 401)
            .add("error", "unauthorized")
            .add("message", message)
            .add("violations", Json.createArrayBuilder())
            .build()
            .toString();
    try {
      response.getWriter().write(body);
    } catch (IOException e) {
      // the client is gone; the status is all that matters
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return redirect(request, response, context, LOGIN_PAGE);
  }

  /** Faces ajax requests do not follow a 302: they get a partial response that redirects. */
  private static AuthenticationStatus redirect(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String page) {
    String target = request.getContextPath() + page;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      try {
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target
                    + "\"/></partial-response>");
      } catch (IOException e) {
        // the client is gone
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(target);
  }

  private static Set<String> roleNames(AuthenticatedUser user) {
    return user.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
