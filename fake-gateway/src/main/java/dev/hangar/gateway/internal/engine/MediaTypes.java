package dev.hangar.gateway.internal.engine;

import java.util.List;
import java.util.Locale;

/** Media type matching for binary media types and payload 2.0's text detection. */
final class MediaTypes {
  private MediaTypes() {}

  /** The bare type of a Content-Type or Accept value, lower case, without parameters. */
  static String bare(String value) {
    if (value == null) {
      return null;
    }
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Whether a bare type matches one of the patterns ({@code type/sub}, {@code type/*}, {@code *}{@code /*}). */
  static boolean matchesAny(String type, List<String> patterns) {
    if (type == null || type.isEmpty()) {
      return false;
    }
    for (String pattern : patterns) {
      String p = pattern.toLowerCase(Locale.ROOT).trim();
      if (p.equals("*/*") || p.equals(type)) {
        return true;
      }
      if (p.endsWith("/*") && type.startsWith(p.substring(0, p.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether payload 2.0 passes a body of this type as text rather than base64. */
  static boolean isText(String type) {
    if (type == null) {
      return true;
    }
    return type.startsWith("text/")
        || type.equals("application/json")
        || type.endsWith("+json")
        || type.equals("application/xml")
        || type.endsWith("+xml")
        || type.equals("application/javascript");
  }
}
