package org.evidentia.identity.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.evidentia.identity.api.SecondFactor;
import org.evidentia.kernel.Caller;
import org.evidentia.kernel.DomainException;
import org.evidentia.kernel.Feedback;

/**
 * A user's own two-factor login: enrol voluntarily, get new recovery codes, or turn it off (both
 * with a current code; turning off is refused while the policy requires it).
 */
@Named
@ViewScoped
public class TwoFactorSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String TEXT = "org.evidentia.identity.messages";

  @Inject TwoFactorService twoFactor;

  @Inject Caller caller;

  private TwoFactorStatus status;
  private SecondFactor.Enrolment enrolment;
  private List<String> recoveryCodes;
  private String code;

  /** The page shows a secret key and recovery codes: no browser or proxy may keep a copy. */
  public void noStore() {
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("Cache-Control", "no-store");
  }

  public TwoFactorStatus getStatus() {
    if (status == null) {
      status = twoFactor.status();
    }
    return status;
  }

  public void startEnrolment() {
    enrolment = twoFactor.newEnrolment(caller.username());
    recoveryCodes = null;
  }

  public void confirmEnrolment() {
    try {
      recoveryCodes = twoFactor.enrol(caller.username(), enrolment.key(), code, caller.address());
      enrolment = null;
      status = null;
    } catch (DomainException e) {
      Feedback.refused("twoFactor", e);
    } finally {
      code = null;
    }
  }

  public void regenerate() {
    try {
      recoveryCodes = twoFactor.regenerateOwn(code);
      status = null;
    } catch (DomainException e) {
      Feedback.refused("twoFactor", e);
    } finally {
      code = null;
    }
  }

  public void remove() {
    try {
      twoFactor.removeOwn(code);
      status = null;
      recoveryCodes = null;
      Feedback.info(Feedback.text(TEXT, "twofactor.removed"));
    } catch (DomainException e) {
      Feedback.refused("twoFactor", e);
    } finally {
      code = null;
    }
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
