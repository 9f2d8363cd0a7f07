package org.evidentia.bundle.internal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.evidentia.bundle.api.BundleOptions;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Bundles;
import org.evidentia.bundle.api.Enums.IncidentScope;
import org.evidentia.intake.api.CaseView;
import org.evidentia.intake.api.Cases;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;
import org.evidentia.kernel.NotFoundException;
import org.evidentia.kernel.Role;
import org.evidentia.kernel.RuleViolationException;

/**
 * The export page ({@code bundle/export.xhtml?caseId=}): the options, a confirmation, then the
 * bundle's own page, which shows the progress. Only legal analysts get the form; revealing
 * identities is offered only to those allowed to see them on the case. The service checks all of it
 * again (and the password), and its refusals are shown on the field they concern.
 */
@Named("bundleExport")
@ViewScoped
public class BundleExportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Bundles bundles;

  @Inject Cases cases;

  @Inject Caller caller;

  private String caseId;
  private CaseView caseFile;
  private boolean mayReveal;

  private IncidentScope incidents = IncidentScope.VERIFIED;
  private String language;
  private boolean reveal;
  private String reason;
  private String password;

  public void load() {
    try {
      caseFile = cases.get(caseId);
    } catch (NotFoundException e) {
      Feedback.notFound();
      return;
    }
    if (!caller.hasRole(Role.LEGAL_ANALYST)) {
      // The same answer as for any page a role forbids; the service would refuse the export.
      FacesContext faces = FacesContext.getCurrentInstance();
      try {
        faces.getExternalContext().responseSendError(403, "legal analysts only");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
      return;
    }
    mayReveal =
        cases.team(caseId).stream()
            .anyMatch(
                m -> m.username().equals(caller.username()) && m.mayViewProtectedIdentities());
    if (language == null) {
      language = Pages.language();
    }
  }

  /** Starts the export and goes to the bundle's page, which shows its progress. */
  public String export() {
    try {
      BundleView queued =
          bundles.export(
              caseId,
              new BundleOptions(incidents, mayReveal && reveal, reason, password, language));
      Feedback.info(Pages.text("export.started", queued.fileName()));
      Pages.keepMessages();
      return "/bundle/bundle?faces-redirect=true&id=" + queued.id();
    } catch (RuleViolationException e) {
      if (reveal && e.getMessage().contains("password")) {
        // A mistyped password belongs beside the password field.
        FacesContext.getCurrentInstance().validationFailed();
        FacesContext.getCurrentInstance()
            .addMessage(
                "export:password",
                new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      } else {
        Feedback.refused("export", e);
      }
      return null;
    } catch (DomainException e) {
      Feedback.refused("export", e);
      return null;
    } finally {
      // Typed again for every attempt: it is never kept.
      password = null;
    }
  }

  public IncidentScope[] getScopes() {
    return IncidentScope.values();
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public CaseView getCaseFile() {
    return caseFile;
  }

  public boolean isMayReveal() {
    return mayReveal;
  }

  public IncidentScope getIncidents() {
    return incidents;
  }

  public void setIncidents(IncidentScope incidents) {
    this.incidents = incidents;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isReveal() {
    return reveal;
  }

  public void setReveal(boolean reveal) {
    this.reveal = reveal;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
