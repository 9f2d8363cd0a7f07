package org.evidentia.evidence.internal;

import java.util.Locale;
import org.evidentia.kernel.Feedback;

/** What the evidence pages share: their texts, and sizes as people read them. */
final class Pages {

  static final String TEXT = "org.evidentia.evidence.messages";

  private Pages() {}

  static String text(String key, Object... args) {
    return Feedback.text(TEXT, key, args);
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
