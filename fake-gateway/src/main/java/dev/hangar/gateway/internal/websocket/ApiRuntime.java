package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.auth.AuthOutcome;
import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.FunctionInvoker;
import dev.hangar.harness.spi.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One deployed WebSocket API stage at run time: its open connections and what happens on connect,
 * on each message and on disconnect, as "Overview of WebSocket APIs in API Gateway" describes. Safe
 * for concurrent use; no lock is held while a function runs, so functions may post back to any
 * connection, their own included.
 */
public final class ApiRuntime {
  private final String name;
  private final ApiStage stage;
  private final Map<String, RouteTarget> routes;
  private final RouteSelectionExpression selection;
  private final ConnectAuthorizer authorizer;
  private final String authorizerFunction;
  private final FunctionInvoker functions;
  private final HarnessClock clock;
  private final GatewayIds ids;
  private final WebSocketEvents events;
  private final Map<String, LiveConnection> connections = new ConcurrentHashMap<>();

  /** Headers API Gateway sets itself, whatever the client sent (lower case). */
  private static final java.util.Set<String> EDGE_HEADERS =
      java.util.Set.of(
          "host", "x-amzn-trace-id", "x-forwarded-for", "x-forwarded-port", "x-forwarded-proto");

  /**
   * A route's integration.
   *
   * @param functionName the integrated function
   * @param twoWay whether the result's body goes back to the client
   */
  public record RouteTarget(String functionName, boolean twoWay) {}

  /**
   * The run-time state of an API.
   *
   * @param name the API name, for messages
   * @param stage the API's stage
   * @param routes route key to integration
   * @param selectionExpression the route selection expression
   * @param authorizer the connect authorizer's function and identity sources, or null
   * @param functions the harness's functions
   * @param clock the harness clock
   * @param ids the id source
   */
  public ApiRuntime(
      String name,
      ApiStage stage,
      Map<String, RouteTarget> routes,
      String selectionExpression,
      AuthorizerSpec authorizer,
      FunctionInvoker functions,
      HarnessClock clock,
      GatewayIds ids) {
    this.name = name;
    this.stage = stage;
    this.routes = Map.copyOf(routes);
    this.selection = RouteSelectionExpression.parse(name, selectionExpression);
    this.functions = functions;
    this.clock = clock;
    this.ids = ids;
    this.events = new WebSocketEvents(stage, ids);
    this.authorizerFunction = authorizer == null ? null : authorizer.functionName();
    this.authorizer =
        authorizer == null
            ? null
            : new ConnectAuthorizer(
                authorizer.functionName(),
                authorizer.identitySources(),
                functions,
                clock,
                stage,
                events);
  }

  /**
   * Fails with a set-up message when a route or the authorizer names a function the harness does
   * not know. Checked at each connect, not when the API is deployed, because functions are
   * registered with the harness after the gateway is attached to it.
   */
  private void requireFunctionsRegistered() {
    for (RouteTarget target : routes.values()) {
      requireFunction("route integration", target.functionName());
    }
    if (authorizerFunction != null) {
      requireFunction("the $connect authorizer", authorizerFunction);
    }
  }

  private void requireFunction(String where, String functionName) {
    if (!functions.exists(functionName)) {
      throw new IllegalStateException(
          "WebSocket API '"
              + name
              + "': "
              + where
              + " names function '"
              + functionName
              + "', which is not registered with the harness; register it with"
              + " harness.lambda().register(...) or fix the name");
    }
  }

  /**
   * A connect authorizer's declaration.
   *
   * @param functionName the authorizer function
   * @param identitySources the identity sources that must be present
   */
  public record AuthorizerSpec(String functionName, List<String> identitySources) {}

  /**
   * The API name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The API's stage.
   *
   * @return the stage
   */
  public ApiStage stage() {
    return stage;
  }

  /**
   * Opens a connection: the authorizer, then the {@code $connect} route; a refusal from either
   * refuses the upgrade and nothing else runs.
   *
   * @param handshake what the client sent
   * @param peer where the connection's messages go once open
   * @return the open connection or the refusal status
   */
  public ConnectOutcome connect(HandshakeRequest handshake, ConnectionPeer peer) {
    requireFunctionsRegistered();
    Instant now = clock.now();
    LiveConnection connection =
        new LiveConnection(ids.next(), now, atTheEdge(handshake, now), peer);
    connections.put(connection.connectionId(), connection);
    int refusal = admit(connection, now);
    if (refusal != 0 || !connection.open()) {
      connections.remove(connection.connectionId());
      connection.markClosed();
      return new ConnectOutcome(null, refusal == 0 ? 410 : refusal);
    }
    return new ConnectOutcome(connection, 0);
  }

  private int admit(LiveConnection connection, Instant now) {
    if (authorizer != null) {
      AuthOutcome outcome = authorizer.authorize(connection, now);
      if (outcome instanceof AuthOutcome.Refused refused) {
        return ConnectAuthorizer.status(refused);
      }
      connection.authorizer(ConnectAuthorizer.eventContext((AuthOutcome.Allowed) outcome));
    }
    RouteTarget target = routes.get("$connect");
    if (target == null) {
      return 0;
    }
    IntegrationResult result =
        IntegrationResult.invoke(functions, target.functionName(), events.connect(connection, now));
    return result.accepted() ? 0 : result.statusCode();
  }

  /**
   * The headers the integration sees, in the order API Gateway gives them: {@code Host} (the API's
   * domain), the client's headers, then the trace and forwarding headers the edge adds.
   */
  private HandshakeRequest atTheEdge(HandshakeRequest handshake, Instant now) {
    HttpHeaders.Builder headers = HttpHeaders.builder().add("Host", stage.domainName());
    for (Map.Entry<String, List<String>> header : handshake.headers().asMap().entrySet()) {
      String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
      if (!EDGE_HEADERS.contains(name)) {
        header.getValue().forEach(value -> headers.add(header.getKey(), value));
      }
    }
    headers.add("X-Amzn-Trace-Id", ids.traceId(now));
    headers.add("X-Forwarded-For", handshake.sourceIp());
    headers.add("X-Forwarded-Port", "443");
    headers.add("X-Forwarded-Proto", "https");
    return new HandshakeRequest(headers.build(), handshake.query(), handshake.sourceIp());
  }

  /**
   * Handles a text message a client sent: the quotas, the route selection, the integration, and
   * what goes back to the client.
   *
   * @param connection the sender
   * @param text the message
   * @param largestFrameBytes the size of the message's largest frame
   */
  public void receiveText(LiveConnection connection, String text, int largestFrameBytes) {
    if (!connection.isOpen()) {
      return;
    }
    if (largestFrameBytes > Limits.MAX_FRAME_BYTES
        || text.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_MESSAGE_BYTES) {
      closeFromGateway(connection, Limits.MESSAGE_TOO_BIG, "Message too big");
      return;
    }
    Instant now = clock.now();
    connection.touch(now);
    String routeKey = selection.evaluate(text).filter(this::isMessageRoute).orElse("$default");
    RouteTarget target = routes.get(routeKey);
    if (target == null) {
      sendError(connection, "Forbidden");
      return;
    }
    ObjectNode event = events.message(connection, routeKey, text, now);
    IntegrationResult result = IntegrationResult.invoke(functions, target.functionName(), event);
    if (result.failed()) {
      sendError(connection, "Internal server error");
    } else if (target.twoWay() && result.body() != null && connection.isOpen()) {
      connection.peer().sendText(result.body());
    }
  }

  private boolean isMessageRoute(String routeKey) {
    return routes.containsKey(routeKey)
        && !routeKey.equals("$connect")
        && !routeKey.equals("$disconnect");
  }

  /**
   * Handles a binary message, which WebSocket APIs refuse: the connection closes with 1003.
   *
   * @param connection the sender
   */
  public void receiveBinary(LiveConnection connection) {
    closeFromGateway(connection, Limits.UNSUPPORTED_DATA, "Unsupported data");
  }

  private void sendError(LiveConnection connection, String message) {
    ObjectNode error = Json.object();
    error.put("message", message);
    error.put("connectionId", connection.connectionId());
    error.put("requestId", ids.next());
    connection.peer().sendText(error.toString());
  }

  /**
   * The client closed the connection (or it dropped); {@code $disconnect} runs once.
   *
   * @param connection the connection
   * @param code the close status, or 1005 when the close frame had none
   * @param reason the reason
   */
  public void clientClosed(LiveConnection connection, int code, String reason) {
    boolean noStatus = code == Limits.NO_STATUS && reason.isEmpty();
    finish(connection, code, noStatus ? "Client-side close frame status not set" : reason);
  }

  /**
   * Closes a connection from the gateway's side: a close frame to the client, then {@code
   * $disconnect}.
   *
   * @param connection the connection
   * @param code the close status
   * @param reason the reason
   */
  public void closeFromGateway(LiveConnection connection, int code, String reason) {
    if (connection.isOpen()) {
      connection.peer().close(code, reason);
    }
    finish(connection, code, reason);
  }

  private void finish(LiveConnection connection, int code, String reason) {
    if (!connection.markClosed()) {
      return;
    }
    connections.remove(connection.connectionId());
    RouteTarget target = routes.get("$disconnect");
    if (target != null) {
      // $disconnect is best effort in API Gateway too: its result and failures reach no one.
      IntegrationResult.invoke(
          functions,
          target.functionName(),
          events.disconnect(connection, code, reason, clock.now()));
    }
  }

  /**
   * An open connection by id.
   *
   * @param connectionId the id
   * @return the connection, or empty when it is unknown, still connecting, or closed
   */
  public Optional<LiveConnection> openConnection(String connectionId) {
    LiveConnection connection = connections.get(connectionId);
    return connection != null && connection.isOpen() ? Optional.of(connection) : Optional.empty();
  }

  /**
   * The ids of the open connections.
   *
   * @return a snapshot, never null
   */
  public List<String> openConnectionIds() {
    List<String> ids = new ArrayList<>();
    connections.values().stream()
        .filter(LiveConnection::isOpen)
        .forEach(c -> ids.add(c.connectionId()));
    return ids;
  }

  /**
   * Closes the connections the clock's jump made idle for 10 minutes or older than 2 hours.
   *
   * @param now the clock's new time
   */
  public void expire(Instant now) {
    for (LiveConnection connection : List.copyOf(connections.values())) {
      boolean tooOld = !now.isBefore(connection.connectedAt().plus(Limits.MAX_DURATION));
      boolean idle = !now.isBefore(connection.lastActiveAt().plus(Limits.IDLE_TIMEOUT));
      if (connection.isOpen() && (tooOld || idle)) {
        closeFromGateway(connection, Limits.GOING_AWAY, "Going away");
      }
    }
  }

  /**
   * Posts data to a connection, as {@code PostToConnection} does: text when it is valid UTF-8.
   *
   * @param connection the connection
   * @param data the data
   */
  public void post(LiveConnection connection, byte[] data) {
    connection.touch(clock.now());
    String text = Utf8.decode(data);
    if (text != null) {
      connection.peer().sendText(text);
    } else {
      connection.peer().sendBinary(data);
    }
  }

  /** Closes every connection when the gateway closes, running {@code $disconnect} for each. */
  public void closeAll() {
    for (LiveConnection connection : List.copyOf(connections.values())) {
      closeFromGateway(connection, Limits.GOING_AWAY, "Going away");
    }
  }
}
