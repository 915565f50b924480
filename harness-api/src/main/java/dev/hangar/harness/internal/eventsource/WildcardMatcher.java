package dev.hangar.harness.internal.eventsource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * EventBridge's {@code wildcard}: {@code *} matches any run of characters; {@code \*} and {@code
 * \\} are a literal star and backslash; two stars in a row and any other escape are invalid.
 */
final class WildcardMatcher implements ValueMatcher {
  private final List<String> parts;

  private WildcardMatcher(List<String> parts) {
    this.parts = parts;
  }

  static WildcardMatcher compile(String pattern) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 == pattern.length() || (pattern.charAt(i + 1) != '*' && pattern.charAt(i + 1) != '\\')) {
          throw new InvalidFilterPatternException();
        }
        part.append(pattern.charAt(++i));
      } else if (c == '*') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
          throw new InvalidFilterPatternException();
        }
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return new WildcardMatcher(List.copyOf(parts));
  }

  @Override
  public boolean matches(JsonNode value) {
    return value.isTextual() && matches(value.textValue());
  }

  /** Parts are separated by stars: the first anchors the start, the last the end. */
  private boolean matches(String text) {
    if (parts.size() == 1) {
      return text.equals(parts.get(0));
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    if (!text.startsWith(first) || text.length() < first.length() + last.length()) {
      return false;
    }
    int from = first.length();
    int end = text.length() - last.length();
    for (int i = 1; i < parts.size() - 1; i++) {
      int at = text.indexOf(parts.get(i), from);
      if (at < 0 || at + parts.get(i).length() > end) {
        return false;
      }
      from = at + parts.get(i).length();
    }
    return text.endsWith(last);
  }
}
