package dev.hangar.gateway.internal.websocket;

import dev.hangar.harness.spi.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a client sent to open a WebSocket connection: the upgrade request's headers and query
 * string, and where it came from.
 *
 * @param headers the headers as the client sent them
 * @param query the query parameters, each with its values in arrival order
 * @param sourceIp the client's IP address
 */
public record HandshakeRequest(
    HttpHeaders headers, Map<String, List<String>> query, String sourceIp) {

  /** Checks that no component is null and copies the query. */
  public HandshakeRequest {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(sourceIp, "sourceIp");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    query = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The {@code User-Agent} header, as {@code identity.userAgent} reports it.
   *
   * @return the user agent, or null when the client sent none
   */
  public String userAgent() {
    return headers.first("User-Agent").orElse(null);
  }
}
