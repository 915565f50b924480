package dev.hangar.harness.spi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The HTTP response a fake AWS service gives to a {@link ServiceRequest}.
 *
 * @param status the HTTP status code
 * @param headers the response headers; {@code Content-Length} is set by the transport
 * @param body the response body; empty when there is none
 * @since 0.1.0
 */
public record ServiceResponse(int status, HttpHeaders headers, byte[] body) {

  /** Checks that no component is null and the status is a valid HTTP status. */
  public ServiceResponse {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
  }

  /**
   * A response with a body of the given content type.
   *
   * @param status the HTTP status code
   * @param contentType the {@code Content-Type} header value
   * @param body the body
   * @return the response, never null
   */
  public static ServiceResponse of(int status, String contentType, byte[] body) {
    return new ServiceResponse(
        status, HttpHeaders.builder().set("Content-Type", contentType).build(), body);
  }

  /**
   * A JSON response.
   *
   * @param status the HTTP status code
   * @param json the JSON text
   * @return the response, never null
   */
  public static ServiceResponse json(int status, String json) {
    return of(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the body text, never null
   */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
