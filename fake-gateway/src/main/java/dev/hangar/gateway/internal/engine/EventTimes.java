package dev.hangar.gateway.internal.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** API Gateway's {@code requestTime} format, {@code 04/Mar/2020:19:15:17 +0000}. */
final class EventTimes {
  private static final DateTimeFormatter CLF =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

  private EventTimes() {}

  static String requestTime(Instant time) {
    return CLF.format(time);
  }
}
