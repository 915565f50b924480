package dev.hangar.junit.internal.template;

import java.util.List;

/**
 * A CORS configuration of an API ({@code Cors} of a REST API, {@code CorsConfiguration} of an HTTP
 * API). A REST API's {@code Cors: "'*'"} string form becomes one allowed origin.
 *
 * @param allowOrigins allowed origins, unquoted
 * @param allowMethods allowed methods
 * @param allowHeaders allowed headers
 * @param exposeHeaders exposed headers
 * @param maxAgeSeconds the max age, or null
 * @param allowCredentials whether credentials are allowed
 */
public record CorsSpec(
    List<String> allowOrigins,
    List<String> allowMethods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    Integer maxAgeSeconds,
    boolean allowCredentials) {
  /** Copies every collection. */
  public CorsSpec {
    allowOrigins = List.copyOf(allowOrigins);
    allowMethods = List.copyOf(allowMethods);
    allowHeaders = List.copyOf(allowHeaders);
    exposeHeaders = List.copyOf(exposeHeaders);
  }
}
