package dev.hangar.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A CORS configuration. On an HTTP API it is API Gateway's built-in CORS ("Configure CORS for HTTP
 * APIs in API Gateway"): preflight {@code OPTIONS} requests are answered by the gateway without
 * invoking a function, and matching responses get {@code access-control-allow-origin} and {@code
 * access-control-expose-headers}. On a REST API it stands for the {@code OPTIONS} methods with a
 * mock integration that the console's "Enable CORS" (and SAM's {@code Cors}) creates on each
 * resource; the function's own responses are not changed ("Enable CORS for a REST API resource").
 *
 * <p>Instances are immutable.
 *
 * @param allowOrigins allowed origins, or {@code *}
 * @param allowMethods allowed methods, or {@code *}
 * @param allowHeaders allowed request headers, or {@code *}
 * @param exposeHeaders response headers exposed to the browser
 * @param maxAge how long a browser may cache a preflight answer; null for none
 * @param allowCredentials whether {@code access-control-allow-credentials: true} is sent
 * @since 0.1.0
 */
public record Cors(
    List<String> allowOrigins,
    List<String> allowMethods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    Duration maxAge,
    boolean allowCredentials) {

  /** Copies the lists and checks that none is null. */
  public Cors {
    allowOrigins = List.copyOf(Objects.requireNonNull(allowOrigins, "allowOrigins"));
    allowMethods = List.copyOf(Objects.requireNonNull(allowMethods, "allowMethods"));
    allowHeaders = List.copyOf(Objects.requireNonNull(allowHeaders, "allowHeaders"));
    exposeHeaders = List.copyOf(Objects.requireNonNull(exposeHeaders, "exposeHeaders"));
    if (allowCredentials && allowOrigins.contains("*")) {
      throw new IllegalArgumentException(
          "CORS: allowCredentials cannot be combined with the origin '*' (API Gateway rejects it);"
              + " list the origins");
    }
  }

  /**
   * Any origin, any method, any header, no credentials.
   *
   * @return the configuration, never null
   */
  public static Cors allowAll() {
    return new Cors(List.of("*"), List.of("*"), List.of("*"), List.of(), null, false);
  }

  /**
   * The given origins with any method and header.
   *
   * @param origins the allowed origins such as {@code https://example.com}
   * @return the configuration, never null
   */
  public static Cors origins(String... origins) {
    return new Cors(List.of(origins), List.of("*"), List.of("*"), List.of(), null, false);
  }
}
