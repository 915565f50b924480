package dev.hangar.gateway.internal.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Selects a route for a request with API Gateway's precedence: the most specific path wins, segment
 * by segment from the left (a literal over a path variable over a greedy variable); on the same
 * path a route for the request's method wins over {@code ANY}; {@code $default} catches what
 * nothing else matched ("Create routes for HTTP APIs in API Gateway", section "Routing API
 * requests").
 *
 * <p>REST APIs choose the resource first and then the method: a request whose most specific
 * resource lacks its method does not fall back to a less specific resource ({@link
 * #restStyle(boolean)}).
 *
 * @param <R> the caller's route type
 */
public final class RouteTable<R> {
  private final List<Entry<R>> entries = new ArrayList<>();
  private Entry<R> defaultRoute;
  private boolean restStyle;

  /** Adds a route; fails when the same key is already present. */
  public void add(RouteKey key, R route) {
    if (key.isDefault()) {
      if (defaultRoute != null) {
        throw new IllegalArgumentException("Duplicate route key $default");
      }
      defaultRoute = new Entry<>(key, route);
      return;
    }
    for (Entry<R> entry : entries) {
      if (entry.key.method().equals(key.method()) && samePath(entry.key, key)) {
        throw new IllegalArgumentException(
            "Duplicate route: '" + key + "' conflicts with '" + entry.key + "'");
      }
    }
    entries.add(new Entry<>(key, route));
  }

  /** Chooses REST API's resource-then-method selection. */
  public void restStyle(boolean rest) {
    this.restStyle = rest;
  }

  /**
   * Selects the route for a request.
   *
   * @param method the request method
   * @param rawPath the raw (percent-encoded) path relative to the stage, starting with '/'
   * @return the match, or null when nothing matches
   * @throws PathDecoder.MalformedEncodingException when a bound parameter cannot be decoded
   */
  public RouteMatch<R> select(String method, String rawPath) {
    List<String> segments = split(rawPath);
    Entry<R> best = null;
    int[] bestScore = null;
    for (Entry<R> entry : entries) {
      if (!restStyle && !entry.key.acceptsMethod(method)) {
        continue;
      }
      int[] score = score(entry.key, segments);
      if (score == null) {
        continue;
      }
      int cmp = bestScore == null ? 1 : compare(score, bestScore);
      if (cmp > 0 || (cmp == 0 && prefersMethod(entry, best, method))) {
        best = entry;
        bestScore = score;
      }
    }
    if (restStyle && best != null) {
      best = methodOnSamePath(best, method);
    }
    if (best == null) {
      return defaultRoute != null && !restStyle
          ? new RouteMatch<>(defaultRoute.route, defaultRoute.key, Map.of())
          : null;
    }
    return new RouteMatch<>(best.route, best.key, bind(best.key, segments));
  }

  /** Whether any route's path matches the raw path, whatever its method. */
  public boolean hasResource(String rawPath) {
    List<String> segments = split(rawPath);
    for (Entry<R> entry : entries) {
      if (score(entry.key, segments) != null) {
        return true;
      }
    }
    return false;
  }

  private Entry<R> methodOnSamePath(Entry<R> resource, String method) {
    Entry<R> any = null;
    for (Entry<R> entry : entries) {
      if (samePath(entry.key, resource.key)) {
        if (entry.key.method().equals(method)) {
          return entry;
        }
        if (entry.key.method().equals("ANY")) {
          any = entry;
        }
      }
    }
    return any;
  }

  private boolean prefersMethod(Entry<R> candidate, Entry<R> current, String method) {
    return current != null
        && current.key.method().equals("ANY")
        && candidate.key.method().equals(method);
  }

  /** Splits a raw path; a single trailing slash is ignored, as API Gateway ignores it. */
  static List<String> split(String rawPath) {
    String path = rawPath;
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> segments = new ArrayList<>();
    if (path.equals("/") || path.isEmpty()) {
      return segments;
    }
    for (String part : path.substring(1).split("/", -1)) {
      segments.add(part);
    }
    return segments;
  }

  /** Per-segment ranks (3 literal, 2 variable, 1 greedy), or null when the key does not match. */
  private static int[] score(RouteKey key, List<String> segments) {
    List<RouteKey.Segment> template = key.segments();
    int[] score = new int[template.size()];
    for (int i = 0; i < template.size(); i++) {
      RouteKey.Segment segment = template.get(i);
      if (segment.kind() == RouteKey.Segment.Kind.GREEDY) {
        if (i >= segments.size() || String.join("/", segments.subList(i, segments.size())).isEmpty()) {
          return null;
        }
        score[i] = 1;
        return score;
      }
      if (i >= segments.size()) {
        return null;
      }
      String actual = segments.get(i);
      if (segment.kind() == RouteKey.Segment.Kind.LITERAL) {
        if (!segment.text().equals(decodeLenient(actual))) {
          return null;
        }
        score[i] = 3;
      } else {
        if (actual.isEmpty()) {
          return null;
        }
        score[i] = 2;
      }
    }
    return template.size() == segments.size() ? score : null;
  }

  private static String decodeLenient(String raw) {
    try {
      return PathDecoder.decodePath(raw);
    } catch (PathDecoder.MalformedEncodingException e) {
      return raw;
    }
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static Map<String, String> bind(RouteKey key, List<String> segments) {
    Map<String, String> parameters = new LinkedHashMap<>();
    List<RouteKey.Segment> template = key.segments();
    for (int i = 0; i < template.size(); i++) {
      RouteKey.Segment segment = template.get(i);
      if (segment.kind() == RouteKey.Segment.Kind.GREEDY) {
        parameters.put(
            segment.text(),
            PathDecoder.decodePath(String.join("/", segments.subList(i, segments.size()))));
      } else if (segment.kind() == RouteKey.Segment.Kind.VARIABLE) {
        parameters.put(segment.text(), PathDecoder.decodePath(segments.get(i)));
      }
    }
    return parameters;
  }

  private static boolean samePath(RouteKey a, RouteKey b) {
    if (a.segments().size() != b.segments().size()) {
      return false;
    }
    for (int i = 0; i < a.segments().size(); i++) {
      RouteKey.Segment x = a.segments().get(i);
      RouteKey.Segment y = b.segments().get(i);
      if (x.kind() != y.kind()
          || (x.kind() == RouteKey.Segment.Kind.LITERAL && !x.text().equals(y.text()))) {
        return false;
      }
    }
    return true;
  }

  private record Entry<R>(RouteKey key, R route) {}
}
