package org.evidentia.webapp.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.identity.api.SecondFactor;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.InvalidInputException;
import org.evidentia.webapp.security.PendingLogin;
import org.evidentia.webapp.security.SecondFactorLogin;

/**
 * The second step of a login (ADR 18): the code from the authenticator app or a recovery code; or,
 * for a user the policy requires it of who has none yet, enrolment (QR code or key, a first code,
 * the recovery codes once) before the session is logged in.
 */
@Named
@ViewScoped
public class TwoFactorLoginView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String PAGE = "/two-factor.xhtml";

  @Inject SecondFactor secondFactor;

  @Inject SecondFactorLogin logins;

  @Inject UserSession session;

  @Inject org.evidentia.identity.api.LoginOutcome outcome;

  private String username;
  private SecondFactor.Step step;
  private SecondFactor.Enrolment enrolment;
  private List<String> recoveryCodes;
  private String code;

  /** Without a pending login there is nothing to do here: back to the password. */
  /** The page shows a secret key and recovery codes: no browser or proxy may keep a copy. */
  public void noStore() {
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("Cache-Control", "no-store");
  }

  public void open() throws IOException {
    if (username != null) {
      return;
    }
    Optional<PendingLogin> pending = logins.pending(request());
    if (pending.isEmpty()) {
      toLogin();
      return;
    }
    username = pending.get().username();
    step = pending.get().step();
    if (step == SecondFactor.Step.ENROL) {
      enrolment = secondFactor.newEnrolment(username);
    }
  }

  public void verify() throws IOException {
    HttpServletRequest request = request();
    Optional<PendingLogin> pending = logins.pending(request);
    if (pending.isEmpty() || pending.get().step() != SecondFactor.Step.CODE) {
      toLogin();
      return;
    }
    Optional<AuthenticatedUser> user =
        secondFactor.completeLogin(
            pending.get().username(),
            code,
            org.evidentia.webapp.security.ClientAddress.of(request));
    code = null;
    if (user.isEmpty()) {
      logins.failed(request);
      if (logins.pending(request).isEmpty()) {
        toLogin();
        return;
      }
      Feedback.error(Feedback.text(LoginView.TEXT, "twofactor.failed"));
      return;
    }
    loggedIn(request, user.get());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
    FacesContext.getCurrentInstance().responseComplete();
  }

  /** Confirms the new secret with a first code; the login completes and the codes show once. */
  public void confirmEnrolment() throws IOException {
    HttpServletRequest request = request();
    Optional<PendingLogin> pending = logins.pending(request);
    if (pending.isEmpty()
        || pending.get().step() != SecondFactor.Step.ENROL
        || !pending.get().username().equals(username)
        || enrolment == null) {
      toLogin();
      return;
    }
    try {
      recoveryCodes =
          secondFactor.enrol(
              username,
              enrolment.key(),
              code,
              org.evidentia.webapp.security.ClientAddress.of(request));
    } catch (InvalidInputException wrong) {
      logins.failed(request);
      Feedback.error(Feedback.text(LoginView.TEXT, "twofactor.enrol.failed"));
      return;
    } finally {
      code = null;
    }
    enrolment = null;
    Optional<AuthenticatedUser> user =
        secondFactor.completeLoginAfterEnrolment(
            username, org.evidentia.webapp.security.ClientAddress.of(request));
    if (user.isEmpty()) {
      toLogin();
      return;
    }
    loggedIn(request, user.get());
  }

  private void loggedIn(HttpServletRequest request, AuthenticatedUser user) {
    logins.complete(request, user);
    session.loggedIn(user);
    // Failed logins since the last complete one, told now that both factors are done.
    session.earlierFailures(outcome.earlierFailures().orElse(null));
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static void toLogin() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
    faces.responseComplete();
  }

  public boolean isEnrolling() {
    return step == SecondFactor.Step.ENROL && recoveryCodes == null;
  }

  public boolean isAskingForCode() {
    return step == SecondFactor.Step.CODE;
  }

  public SecondFactor.Enrolment getEnrolment() {
    return enrolment;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
