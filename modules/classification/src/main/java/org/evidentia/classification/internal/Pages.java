package org.evidentia.classification.internal;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.evidentia.kernel.Feedback;

/** What the classification pages share: their texts and the language of the view. */
final class Pages {

  static final String TEXT = "org.evidentia.classification.messages";

  private Pages() {}

  static String text(String key, Object... args) {
    return Feedback.text(TEXT, key, args);
  }

  /** The language the page is shown in: crimes and elements are read in it. */
  static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }

  /** Keeps the messages of this request for the page the browser is redirected to. */
  static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
