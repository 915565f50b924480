package dev.hangar.gateway.internal.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed route key: {@code METHOD /path/{var}/{greedy+}} or {@code $default}. Parsing rejects
 * what API Gateway's {@code CreateRoute} and {@code PutMethod} reject, with a message naming the
 * problem.
 */
public final class RouteKey {
  /** The route key of HTTP APIs' catch-all route. */
  public static final String DEFAULT = "$default";

  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9._-]+");

  private final String text;
  private final String method;
  private final String path;
  private final List<Segment> segments;

  private RouteKey(String text, String method, String path, List<Segment> segments) {
    this.text = text;
    this.method = method;
    this.path = path;
    this.segments = segments;
  }

  /**
   * Parses a route key.
   *
   * @param text the route key
   * @return the parsed key
   * @throws IllegalArgumentException when the key is malformed
   */
  public static RouteKey parse(String text) {
    if (text.equals(DEFAULT)) {
      return new RouteKey(text, "ANY", null, List.of());
    }
    int space = text.indexOf(' ');
    if (space < 0) {
      throw bad(text, "expected 'METHOD /path' or '$default'");
    }
    String method = text.substring(0, space);
    String path = text.substring(space + 1);
    if (!METHODS.contains(method)) {
      throw bad(text, "unknown method '" + method + "'; use one of " + METHODS + " in upper case");
    }
    if (!path.startsWith("/")) {
      throw bad(text, "the path must start with '/'");
    }
    return new RouteKey(text, method, path, segments(text, path));
  }

  private static List<Segment> segments(String text, String path) {
    List<Segment> segments = new ArrayList<>();
    if (path.equals("/")) {
      return segments;
    }
    String[] parts = path.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        throw bad(text, "the path has an empty segment (a doubled or trailing '/')");
      }
      if (part.startsWith("{") && part.endsWith("}")) {
        boolean greedy = part.endsWith("+}");
        String name = part.substring(1, part.length() - (greedy ? 2 : 1));
        if (!VARIABLE.matcher(name).matches()) {
          throw bad(text, "path variable '" + part + "' has an invalid name");
        }
        if (greedy && i != parts.length - 1) {
          throw bad(text, "the greedy path variable " + part + " must be the last segment");
        }
        segments.add(new Segment(greedy ? Segment.Kind.GREEDY : Segment.Kind.VARIABLE, name));
      } else if (part.contains("{") || part.contains("}")) {
        throw bad(text, "segment '" + part + "' mixes text and a path variable");
      } else {
        segments.add(new Segment(Segment.Kind.LITERAL, part));
      }
    }
    return List.copyOf(segments);
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("Invalid route key '" + text + "': " + why);
  }

  /** Whether this is {@code $default}. */
  public boolean isDefault() {
    return path == null;
  }

  /** The method, {@code ANY} for any. */
  public String method() {
    return method;
  }

  /** The resource path such as {@code /orders/{id}}; null for {@code $default}. */
  public String path() {
    return path;
  }

  /** The segments of the path. */
  public List<Segment> segments() {
    return segments;
  }

  /** Whether this key accepts the request method. */
  public boolean acceptsMethod(String requestMethod) {
    return method.equals("ANY") || method.equals(requestMethod.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return text;
  }

  /** One segment of a resource path. */
  public record Segment(Kind kind, String text) {
    /** What a segment matches; the order is the precedence, most specific first. */
    public enum Kind {
      LITERAL,
      VARIABLE,
      GREEDY
    }
  }
}
