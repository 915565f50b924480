package dev.hangar.harness.internal;

/** Builds the small AWS-style error bodies the transport itself produces. */
public final class ErrorJson {
  private ErrorJson() {}

  /**
   * An error body {@code {"__type": type, "message": message}}.
   *
   * @param type the error type
   * @param message the message
   * @return the JSON text
   */
  public static String of(String type, String message) {
    return "{\"__type\":\"" + escape(type) + "\",\"message\":\"" + escape(message) + "\"}";
  }

  /**
   * Escapes a string for a JSON string literal.
   *
   * @param text the text
   * @return the escaped text, without quotes
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
