package dev.hangar.gateway.internal.engine;

import dev.hangar.gateway.internal.route.PathDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits and decodes a raw query string, keeping repeated names in order. */
final class QueryString {
  private QueryString() {}

  /**
   * Parses a raw query.
   *
   * @throws PathDecoder.MalformedEncodingException when an escape is malformed
   */
  static Map<String, List<String>> parse(String rawQuery) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = PathDecoder.decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : PathDecoder.decodeQuery(pair.substring(eq + 1));
      parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return parameters;
  }
}
