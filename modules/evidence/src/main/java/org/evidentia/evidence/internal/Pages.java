package org.evidentia.evidence.internal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.evidentia.kernel.Feedback;

/** What the evidence pages share: their texts, sizes as people read them, and the 404 answer. */
final class Pages {

  static final String TEXT = "org.evidentia.evidence.messages";

  private Pages() {}

  static String text(String key, Object... args) {
    return Feedback.text(TEXT, key, args);
  }

  /** The same answer as for an item that does not exist: the friendly 404 page. */
  static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(404, "not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** {@code 812 bytes}, {@code 1.4 MiB}: binary units, one decimal, the exact count beside. */
  static String bytes(long size) {
    if (size < 1024) {
      return size + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = size;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
