package dev.hangar.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.gateway.internal.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP response a client got from the gateway: status, headers, body, and JSON accessors for
 * assertions ({@code response.json("items[0].id")}).
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class GatewayResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String requestId;
  private volatile JsonNode parsed;

  GatewayResponse(int status, Map<String, List<String>> headers, byte[] body, String requestId) {
    this.status = status;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body.clone();
    this.requestId = requestId;
  }

  /** @return the HTTP status code */
  public int status() {
    return status;
  }

  /** @return header name (as sent) to values, in order; never null, not modifiable */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the name, in any case
   * @return the value, or empty when absent
   */
  public Optional<String> header(String name) {
    List<String> values = headerValues(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * All values of a header.
   *
   * @param name the name, in any case
   * @return the values, empty when absent; never null
   */
  public List<String> headerValues(String name) {
    List<String> values = new ArrayList<>();
    headers.forEach(
        (k, v) -> {
          if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            values.addAll(v);
          }
        });
    return values;
  }

  /** @return the body decoded as UTF-8, empty when there is none */
  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** @return a copy of the body's bytes */
  public byte[] bodyBytes() {
    return body.clone();
  }

  /**
   * The id API Gateway gave the request, for finding its trace; null for responses read over
   * loopback HTTP, where it is in the {@code x-amzn-RequestId} header of REST APIs.
   *
   * @return the request id, or null
   */
  public String requestId() {
    return requestId;
  }

  /**
   * The JSON value at a path of the body: {@code $} or {@code ""} for the whole body, {@code
   * a.b}, {@code items[0].id}. Objects come back as {@code Map}, arrays as {@code List}, numbers as
   * {@code Long} or {@code BigDecimal}, plus {@code String}, {@code Boolean} and null for JSON null.
   *
   * @param path the path
   * @return the value
   * @throws IllegalStateException when the body is not JSON
   * @throws IllegalArgumentException when nothing is at the path (the message shows the body)
   */
  public Object json(String path) {
    JsonNode node = JsonPath.find(tree(), path);
    if (node == null || node.isMissingNode()) {
      throw new IllegalArgumentException(
          "Nothing at JSON path '" + path + "' in the response body: " + abbreviated());
    }
    return Json.toJava(node);
  }

  /**
   * Whether the body has a value (JSON null included) at a path.
   *
   * @param path the path
   * @return true when {@link #json(String)} would return
   */
  public boolean hasJson(String path) {
    JsonNode node = JsonPath.find(tree(), path);
    return node != null && !node.isMissingNode();
  }

  private JsonNode tree() {
    JsonNode tree = parsed;
    if (tree == null) {
      tree = Json.parseOrNull(body);
      if (tree == null) {
        throw new IllegalStateException("The response body is not JSON: " + abbreviated());
      }
      parsed = tree;
    }
    return tree;
  }

  private String abbreviated() {
    String text = body();
    return text.length() > 500 ? text.substring(0, 500) + "..." : text;
  }

  @Override
  public String toString() {
    return "GatewayResponse[" + status + ", " + abbreviated() + "]";
  }
}
