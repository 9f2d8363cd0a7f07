package org.evidentia.bundle.internal;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.evidentia.bundle.api.BundleView;
import org.evidentia.bundle.api.Bundles;
import org.evidentia.kernel.Feedback;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** What the bundle pages share: their texts, the download, how progress and hashes are shown. */
final class Pages {

  static final String TEXT = "org.evidentia.bundle.messages";

  private Pages() {}

  static String text(String key, Object... args) {
    return Feedback.text(TEXT, key, args);
  }

  /** The language of the page, "en" or "uk": the default language of a summary. */
  static String language() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null
            && faces.getViewRoot() != null
            && "uk".equals(faces.getViewRoot().getLocale().getLanguage())
        ? "uk"
        : "en";
  }

  static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * The finished ZIP, streamed from the store by PrimeFaces as an attachment: never held in memory.
   * Asked for by a POST carrying the view state, so no other site can record a download.
   */
  static StreamedContent streamed(Bundles.Download download) {
    return DefaultStreamedContent.builder()
        .name(download.fileName())
        .contentType("application/zip")
        .contentLength(download.size())
        .stream(
            () -> {
              try {
                return download.opener().open();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  /** Progress as a whole percentage, for the progress bar. */
  static int percent(BundleView b) {
    return b == null ? 0 : (int) Math.round(Math.max(0, Math.min(1, b.progress())) * 100);
  }

  /** The first 12 hex digits: enough to tell bundles apart in a list. */
  static String shortHash(String sha256) {
    return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length())) + "…";
  }

  /** A size in bytes the way people read it. */
  static String size(Long bytes) {
    if (bytes == null) {
      return "";
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
