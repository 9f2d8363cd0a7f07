package org.evidentia.intake.internal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.evidentia.kernel.Feedback;

/** What the intake pages share: their texts and redirects. */
final class Pages {

  static final String TEXT = "org.evidentia.intake.messages";

  private Pages() {}

  static String text(String key, Object... args) {
    return Feedback.text(TEXT, key, args);
  }

  static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
