package org.evidentia.kernel;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Messages shown to the person using a page: on a field, or for the whole page. */
public final class Feedback {

  private Feedback() {}

  /**
   * Answers the page with the friendly 404, exactly as for a record that does not exist: what a
   * user outside a case's team gets (ADR 0009).
   */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** A text from a module's bundle in the language of the current view, with its arguments. */
  public static String text(String bundle, String key, Object... args) {
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    String pattern = java.util.ResourceBundle.getBundle(bundle, locale).getString(key);
    return new java.text.MessageFormat(pattern, locale).format(args);
  }

  public static void info(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  public static void error(String text) {
    add(null, FacesMessage.SEVERITY_ERROR, text);
  }

  /**
   * Shows a refusal from the domain: each field's message beside the field in {@code formId} (field
   * names become component ids), anything else for the page.
   */
  public static void refused(String formId, DomainException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.validationFailed();
    if (refusal instanceof InvalidInputException invalid) {
      for (InvalidInputException.Violation v : invalid.violations()) {
        String clientId = formId + ":" + v.field().replace('.', '_');
        boolean onField = faces.getViewRoot().findComponent(":" + clientId) != null;
        add(onField ? clientId : null, FacesMessage.SEVERITY_ERROR, v.message());
      }
    } else {
      add(null, FacesMessage.SEVERITY_ERROR, refusal.getMessage());
    }
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
