package org.evidentia.webapp.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.evidentia.audit.api.AuditEvent;
import org.evidentia.audit.api.AuditLog;
import org.evidentia.identity.api.Authenticator;
import org.evidentia.identity.api.LoginOutcome;
import org.evidentia.kernel.Feedback;
import org.evidentia.webapp.security.SessionGuard;

/** The login form, and logout. A failed login says only that it failed, never why. */
@Named
@RequestScoped
public class LoginView {

  static final String TEXT = "org.evidentia.webapp.messages";

  @Inject SecurityContext security;

  @Inject Authenticator authenticator;

  @Inject UserSession session;

  @Inject AuditLog audit;

  @Inject LoginOutcome outcome;

  @Inject SessionGuard guard;

  private static long waitSeconds(java.time.Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username,
                        new Password(password == null ? "" : password))));
    password = null;
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      // The password was right; a second factor (or its enrolment) comes next (ADR 18).
      external.redirect(external.getRequestContextPath() + TwoFactorLoginView.PAGE);
      faces.responseComplete();
      return;
    }
    if (status != AuthenticationStatus.SUCCESS) {
      // sec-accounts: a throttled attempt says how long to wait (it was not even checked).
      Feedback.error(
          outcome
              .throttled()
              .map(wait -> Feedback.text(TEXT, "throttle.wait", waitSeconds(wait)))
              .orElseGet(() -> Feedback.text(TEXT, "login.failed")));
      return;
    }
    authenticator.active(request.getUserPrincipal().getName()).ifPresent(session::loggedIn);
    session.earlierFailures(outcome.earlierFailures().orElse(null));
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
    faces.responseComplete();
  }

  public void logout() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getUserPrincipal() != null) {
      audit.record(AuditEvent.of("LOGOUT", "account", request.getUserPrincipal().getName(), null));
    }
    guard.closed(request.getSession(false));
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      // the session below is invalidated all the same
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    faces.responseComplete();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
