package dev.hangar.gateway.websocket;

import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.websocket.ApiRuntime;
import dev.hangar.gateway.internal.websocket.ConnectOutcome;
import dev.hangar.gateway.internal.websocket.HandshakeRequest;
import dev.hangar.gateway.internal.websocket.InProcessPeer;
import dev.hangar.harness.spi.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prepares an in-process connection to a WebSocket API: the upgrade request's headers and query
 * string (identity sources of a {@code $connect} authorizer among them) and the client's source IP.
 * API Gateway adds {@code Host}, {@code X-Amzn-Trace-Id} and the {@code X-Forwarded-*} headers, as
 * it does for a real client.
 *
 * <p>Not safe for concurrent use; each {@link #connect()} opens a new connection.
 *
 * @since 0.1.0
 */
public final class WebSocketConnector {
  private final ApiRuntime api;
  private final GatewayIds ids;
  private final HttpHeaders.Builder headers = HttpHeaders.builder();
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private String sourceIp = "127.0.0.1";

  WebSocketConnector(ApiRuntime api, GatewayIds ids) {
    this.api = api;
    this.ids = ids;
  }

  /**
   * Adds a header to the upgrade request.
   *
   * @param name the header name
   * @param value the value
   * @return this connector
   */
  public WebSocketConnector header(String name, String value) {
    headers.add(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Adds a query string parameter to the connection URL.
   *
   * @param name the parameter name
   * @param value the value
   * @return this connector
   */
  public WebSocketConnector queryParameter(String name, String value) {
    query
        .computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>())
        .add(Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * The client's IP address, as {@code requestContext.identity.sourceIp} and {@code
   * X-Forwarded-For} report it; {@code 127.0.0.1} by default.
   *
   * @param sourceIp the address
   * @return this connector
   */
  public WebSocketConnector sourceIp(String sourceIp) {
    this.sourceIp = Objects.requireNonNull(sourceIp, "sourceIp");
    return this;
  }

  /**
   * The client's {@code User-Agent} header, reported in {@code requestContext.identity.userAgent}.
   *
   * @param userAgent the user agent
   * @return this connector
   */
  public WebSocketConnector userAgent(String userAgent) {
    headers.set("User-Agent", Objects.requireNonNull(userAgent, "userAgent"));
    return this;
  }

  /**
   * Opens the connection: the authorizer and {@code $connect} run before this returns.
   *
   * @return the connected client, never null
   * @throws WebSocketConnectException when the authorizer or {@code $connect} refuses the
   *     connection
   */
  public WebSocketClient connect() {
    HttpHeaders sent = headers.build();
    // build() empties the builder; refill it so the connector can open more connections.
    sent.asMap().forEach((name, values) -> values.forEach(v -> headers.add(name, v)));
    HttpHeaders.Builder upgrade = sent.toBuilder();
    if (!sent.contains("Sec-WebSocket-Extensions")) {
      upgrade.set("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits");
    }
    if (!sent.contains("Sec-WebSocket-Key")) {
      upgrade.set("Sec-WebSocket-Key", ids.websocketKey());
    }
    if (!sent.contains("Sec-WebSocket-Version")) {
      upgrade.set("Sec-WebSocket-Version", "13");
    }
    InProcessPeer peer = new InProcessPeer();
    ConnectOutcome outcome =
        api.connect(new HandshakeRequest(upgrade.build(), query, sourceIp), peer);
    if (!outcome.accepted()) {
      throw new WebSocketConnectException(outcome.refusalStatus());
    }
    return new WebSocketClient(api, outcome.connection(), peer);
  }
}
