package dev.hangar.junit.internal.template;

import java.util.Map;
import java.util.Set;

/**
 * Settings a template may carry because most of their keys change nothing a test can see (log
 * levels, metrics), whose other keys would change behaviour Hangar does not model: those keys are
 * refused by name with their line, so a template never relies on something Hangar skipped.
 */
final class InertSettings {
  private static final Set<String> THROTTLING = Set.of("ThrottlingBurstLimit", "ThrottlingRateLimit");

  private InertSettings() {}

  /** A route settings object ({@code DefaultRouteSettings}): throttling is refused. */
  static void refuseThrottling(Props settings, String what) {
    for (String key : THROTTLING) {
      if (settings.has(key)) {
        throw new TemplateException(
            settings.at(key),
            settings.owner() + " has " + key + "; Hangar does not throttle " + what
                + ", so the limit would not hold; remove it from the template Hangar loads");
      }
    }
  }

  /** A map of route keys to route settings ({@code RouteSettings}): throttling is refused. */
  static void refuseRouteThrottling(Props owner, String key, String what) {
    for (Map.Entry<String, Props> route : owner.child(key).entries().entrySet()) {
      refuseThrottling(route.getValue(), what);
    }
  }

  /**
   * A function's {@code LoggingConfig}: the log group changes nothing in a test; a JSON log format
   * and log levels change the lines a function writes, which Hangar writes as plain text.
   */
  static void refuseLogFormat(Props config) {
    config.allowOnly(Set.of("LogFormat"), Set.of("LogGroup"));
    String format = config.string("LogFormat", "Text");
    if (!format.equals("Text")) {
      throw new TemplateException(
          config.at("LogFormat"),
          config.owner() + " has LogFormat " + format + "; Hangar writes a function's log as"
              + " plain text (LogFormat Text) only");
    }
  }

  /** An HTTP API event's {@code TimeoutInMillis}: only API Gateway's default of 30000. */
  static void refuseIntegrationTimeout(Props event) {
    Integer timeout = event.integer("TimeoutInMillis");
    if (timeout != null && timeout != 30_000) {
      throw new TemplateException(
          event.at("TimeoutInMillis"),
          event.owner() + " has TimeoutInMillis " + timeout + "; Hangar waits for an HTTP API"
              + " integration for API Gateway's default of 30000 ms and supports only that");
    }
  }
}
