package org.evidentia.bundle.internal;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Bundles;
import org.evidentia.bundle.api.Enums.BundleStatus;
import org.evidentia.intake.api.Cases;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.Role;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * What the case section and a bundle's own page both offer: download a finished bundle, restart a
 * failed one (after a confirmation; with the password again when it reveals identities). The
 * service checks the team, the role and the password again.
 */
abstract class BundleActions implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Bundles bundles;

  @Inject Caller caller;

  @Inject Cases cases;

  /**
   * Whether the caller may see protected identities, by case; read once per view (the service
   * checks again).
   */
  private transient Map<String, Boolean> seesIdentities;

  // The restart dialog.
  private String restartId;
  private String restartName;
  private boolean restartReveals;
  // Never serialized with the view; cleared after every restart attempt.
  private transient String password;

  /** Forgets what was loaded, so the next render reads the bundles again. */
  abstract void refresh();

  /** The form whose fields carry a refusal's messages. */
  abstract String formId();

  /** The restart dialog's own form. */
  abstract String restartFormId();

  /** Who is looking: only the requester of an export is offered its restart. */
  public String getMe() {
    return caller.username();
  }

  public boolean isAnalyst() {
    return caller.hasRole(Role.LEGAL_ANALYST);
  }

  /**
   * A bundle that reveals identities goes only to those who may see them on its case; the service
   * refuses anyone else, so the button is not offered to them.
   */
  public boolean mayDownload(BundleView b) {
    if (b.status() != BundleStatus.DONE) {
      return false;
    }
    if (!b.revealProtectedIdentities()) {
      return true;
    }
    if (seesIdentities == null) {
      seesIdentities = new HashMap<>();
    }
    return seesIdentities.computeIfAbsent(
        b.caseId(),
        id ->
            cases.team(id).stream()
                .anyMatch(
                    m -> m.username().equals(caller.username()) && m.mayViewProtectedIdentities()));
  }

  public StreamedContent download(String bundleId) {
    try {
      return Pages.streamed(bundles.download(bundleId));
    } catch (DomainException e) {
      Feedback.refused(formId(), e);
      refresh();
      return null;
    }
  }

  public void prepareRestart(BundleView b) {
    restartId = b.id();
    restartName = b.fileName();
    restartReveals = b.revealProtectedIdentities();
    password = null;
  }

  public void restart() {
    try {
      BundleView restarted = bundles.restart(restartId, restartReveals ? password : null);
      Feedback.info(Pages.text("restart.done", restarted.fileName()));
      restartId = null;
      // Lets the page close the dialog and poll again.
      PrimeFaces.current().ajax().addCallbackParam("restarted", true);
    } catch (org.evidentia.kernel.RuleViolationException e) {
      if (restartReveals && e.getMessage().contains("password")) {
        // A mistyped password belongs beside the password field.
        jakarta.faces.context.FacesContext faces =
            jakarta.faces.context.FacesContext.getCurrentInstance();
        faces.validationFailed();
        faces.addMessage(
            restartFormId() + ":password",
            new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      } else {
        Feedback.refused(restartFormId(), e);
      }
    } catch (DomainException e) {
      Feedback.refused(restartFormId(), e);
    } finally {
      password = null;
    }
    refresh();
  }

  public int percent(BundleView b) {
    return Pages.percent(b);
  }

  public String shortHash(String sha256) {
    return Pages.shortHash(sha256);
  }

  public String size(Long bytes) {
    return Pages.size(bytes);
  }

  public String getRestartName() {
    return restartName;
  }

  public boolean isRestartReveals() {
    return restartReveals;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
