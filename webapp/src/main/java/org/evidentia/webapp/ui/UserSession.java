package org.evidentia.webapp.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.evidentia.identity.api.Accounts;
import org.evidentia.identity.api.AuthenticatedUser;
import org.evidentia.identity.api.FailedLogins;

/**
 * The person using this browser session: name and interface language. The language is kept for the
 * account, so it is there again at the next login.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;
  static final List<String> LANGUAGES = List.of("en", "uk");

  @Inject Accounts accounts;

  private String displayName;
  private Locale locale;

  void loggedIn(AuthenticatedUser user) {
    displayName = user.displayName();
    locale = Locale.forLanguageTag(user.language());
  }

  /** The chosen language; before any choice, the browser's if supported, else English. */
  public Locale getLocale() {
    if (locale != null) {
      return locale;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale requested = faces == null ? null : faces.getExternalContext().getRequestLocale();
    return requested != null && LANGUAGES.contains(requested.getLanguage())
        ? Locale.forLanguageTag(requested.getLanguage())
        : Locale.ENGLISH;
  }

  /** Switches the language and shows the same page again, by redirect (no re-post on reload). */
  public String switchLanguage(String language) {
    FacesContext current = FacesContext.getCurrentInstance();
    String samePage = current.getViewRoot().getViewId() + "?faces-redirect=true";
    if (!LANGUAGES.contains(language)) {
      return samePage;
    }
    locale = Locale.forLanguageTag(language);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    if (faces.getExternalContext().getUserPrincipal() != null) {
      accounts.chooseLanguage(language);
    }
    return samePage;
  }

  private FailedLogins earlierFailures;

  /** The failed logins before this one, told on the dashboard (null: none). */
  void earlierFailures(FailedLogins failures) {
    earlierFailures = failures;
  }

  public FailedLogins getEarlierFailures() {
    return earlierFailures;
  }

  /** The user read the notice: it goes away. */
  public void dismissEarlierFailures() {
    earlierFailures = null;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public String getDisplayName() {
    return displayName;
  }
}
