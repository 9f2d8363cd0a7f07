package org.evidentia.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How views show values: times in UTC to the second, the way they are recorded. */
@Named
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public String utc(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }
}
