package org.evidentia.webapp.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.evidentia.identity.api.Passwords;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.webapp.security.SessionGuard;

/**
 * The user's own password change: the current password, the new one twice. After an administrator's
 * reset it is the only page the user can reach until the change is made.
 */
@Named
@RequestScoped
public class PasswordView {

  @Inject Passwords passwords;

  private String currentPassword;
  private String newPassword;
  private String repeated;

  public boolean isPending() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getUserPrincipal() != null
        && passwords.changePending(external.getUserPrincipal().getName());
  }

  public void change() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpSession session = (HttpSession) external.getSession(false);
    Object secret = session == null ? null : session.getAttribute(SessionGuard.SECRET);
    try {
      passwords.changeOwn(
          currentPassword, newPassword, repeated, secret instanceof String s ? s : null);
    } catch (DomainException e) {
      Feedback.refused("password", e);
      return;
    } finally {
      currentPassword = null;
      newPassword = null;
      repeated = null;
    }
    external.getFlash().setKeepMessages(true);
    Feedback.info(Feedback.text(LoginView.TEXT, "password.changed"));
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
    faces.responseComplete();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
