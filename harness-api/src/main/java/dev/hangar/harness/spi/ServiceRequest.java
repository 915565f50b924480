package dev.hangar.harness.spi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One HTTP request addressed to a fake AWS service, as an SDK client sent it: through the in-process
 * transport or over the loopback endpoint. Both paths build the same request, so a service has one
 * implementation for both.
 *
 * <p>The path and query are raw (still percent-encoded). A gzip-encoded body has already been
 * decoded. Instances are immutable.
 *
 * @param method the HTTP method in upper case, for example {@code POST}
 * @param host the host the client addressed, without port, in lower case
 * @param path the raw path, starting with {@code /}
 * @param rawQuery the raw query string without {@code ?}; empty when there is none
 * @param headers the request headers
 * @param body the request body; empty when there is none
 * @since 0.1.0
 */
public record ServiceRequest(
    String method, String host, String path, String rawQuery, HttpHeaders headers, byte[] body) {

  /** Checks that no component is null. */
  public ServiceRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rawQuery, "rawQuery");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or null when absent
   */
  public String header(String name) {
    return headers.first(name).orElse(null);
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the body text, never null
   */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + host + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
  }
}
