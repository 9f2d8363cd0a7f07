package org.evidentia.verification.internal;

import java.time.Duration;
import java.time.Instant;
import org.evidentia.kernel.Feedback;

/** What the review pages share: their texts, and durations as people read them. */
final class Pages {

  static final String TEXT = "org.evidentia.verification.messages";

  private Pages() {}

  static String text(String key, Object... args) {
    return Feedback.text(TEXT, key, args);
  }

  /** "3 days", "5 hours", "12 minutes": the largest unit that is at least one, rounded down. */
  static String age(Instant since, Instant now) {
    if (since == null) {
      return "";
    }
    Duration age = Duration.between(since, now);
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    if (age.toDays() >= 1) {
      return text("age.days", age.toDays());
    }
    if (age.toHours() >= 1) {
      return text("age.hours", age.toHours());
    }
    return text("age.minutes", age.toMinutes());
  }
}
