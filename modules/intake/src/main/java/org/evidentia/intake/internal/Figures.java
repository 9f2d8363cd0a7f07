package org.evidentia.intake.internal;

import org.evidentia.intake.api.Range;

/** How casualty figures read on a page. */
final class Figures {

  private Figures() {}

  /** {@code 8} when exact, {@code 8–16} for a range, a dash when unknown. */
  static String text(Range range) {
    if (range == null) {
      return "–";
    }
    return range.min().equals(range.max())
        ? range.min().toString()
        : range.min() + "–" + range.max();
  }
}
