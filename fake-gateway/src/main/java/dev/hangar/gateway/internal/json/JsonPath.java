package dev.hangar.gateway.internal.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small path language over JSON for response assertions: {@code $} is the root, {@code a.b}
 * descends into fields, {@code items[0]} into array elements; {@code $.a} and {@code a} are the
 * same.
 */
public final class JsonPath {
  private JsonPath() {}

  /**
   * Follows a path.
   *
   * @return the node, or null when the path leads nowhere
   * @throws IllegalArgumentException when the path is malformed
   */
  public static JsonNode find(JsonNode root, String path) {
    String p = path.trim();
    if (p.startsWith("$")) {
      p = p.substring(1);
    }
    if (p.startsWith(".")) {
      p = p.substring(1);
    }
    JsonNode node = root;
    int i = 0;
    while (i < p.length() && node != null) {
      char c = p.charAt(i);
      if (c == '[') {
        int close = p.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("Unclosed '[' in JSON path '" + path + "'");
        }
        String index = p.substring(i + 1, close).trim();
        if (index.startsWith("\"") || index.startsWith("'")) {
          node = node.get(index.substring(1, index.length() - 1));
        } else {
          try {
            node = node.isArray() ? node.get(Integer.parseInt(index)) : null;
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "Array index '" + index + "' in JSON path '" + path + "' is not a number");
          }
        }
        i = close + 1;
      } else if (c == '.') {
        i++;
      } else {
        int end = i;
        while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') {
          end++;
        }
        node = node.isObject() ? node.get(p.substring(i, end)) : null;
        i = end;
      }
    }
    return node;
  }
}
