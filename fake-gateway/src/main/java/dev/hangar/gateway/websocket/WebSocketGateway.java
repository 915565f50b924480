package dev.hangar.gateway.websocket;

import dev.hangar.gateway.internal.deploy.ExecuteApiHosts;
import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.websocket.ApiRuntime;
import dev.hangar.gateway.internal.websocket.ApiStage;
import dev.hangar.gateway.internal.websocket.LoopbackWebSocketServer;
import dev.hangar.gateway.internal.websocket.ManagementApi;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * API Gateway WebSocket APIs in-process: the APIs declared with {@link WebSocketApi}, their
 * connections, and the {@code @connections} management API that a function's real {@code
 * ApiGatewayManagementApiClient} reaches at {@code
 * https://{api-id}.execute-api.{region}.amazonaws.com/{stage}}.
 *
 * <p>Add it to a harness, then connect test clients in-process or serve an API on loopback:
 *
 * <pre>{@code
 * WebSocketGateway gateway = WebSocketGateway.builder().api(chat).build();
 * try (Harness harness = Harness.builder().functions(functions).service(gateway).build()) {
 *   WebSocketClient alice = gateway.connect("chat");
 *   alice.send("{\"action\":\"sendmessage\",\"data\":\"hi\"}");
 * }
 * }</pre>
 *
 * <p>Mirrors "Overview of WebSocket APIs in API Gateway", "Use @connections commands in your
 * backend service" and "Quotas for configuring and running a WebSocket API in API Gateway" (32 KB
 * frames, 128 KB messages, 10 minutes idle, 2 hours per connection, on the harness clock).
 *
 * <p>REST and HTTP APIs are served by {@link dev.hangar.gateway.FakeGateway}, which works the same
 * way (a builder of API declarations, an {@link AwsService} added to the harness, ids from the
 * harness's seeded source, the same {@code execute-api} hosts and authorizer code); add both to one
 * harness for an application with both kinds of API.
 *
 * <p>Instances are safe for concurrent use. One gateway belongs to one harness.
 *
 * @see dev.hangar.gateway.FakeGateway
 * @since 0.1.0
 */
public final class WebSocketGateway implements AwsService {
  private final List<WebSocketApi> declarations;
  private final Map<String, Deployed> byId = new LinkedHashMap<>();
  private final Map<String, Deployed> byName = new LinkedHashMap<>();
  private final List<AutoCloseable> closeables = new CopyOnWriteArrayList<>();
  private volatile HarnessContext context;
  private boolean attached;
  private volatile GatewayIds ids;

  private record Deployed(ApiRuntime runtime, ManagementApi management) {}

  private WebSocketGateway(List<WebSocketApi> declarations) {
    this.declarations = List.copyOf(declarations);
  }

  /**
   * A builder with no API yet.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A gateway serving these APIs.
   *
   * @param apis the APIs; at least one
   * @return the gateway, never null
   * @throws IllegalArgumentException when two APIs have the same name
   * @throws IllegalStateException when no API is given
   */
  public static WebSocketGateway of(WebSocketApi... apis) {
    Builder builder = builder();
    for (WebSocketApi api : apis) {
      builder.api(api);
    }
    return builder.build();
  }

  @Override
  public String name() {
    return "apigateway-websocket";
  }

  /**
   * Deploys the APIs: assigns API ids, checks that every route's function is registered, routes
   * each API's {@code execute-api} host to the harness and follows the clock for timeouts.
   *
   * @throws IllegalStateException when the gateway is already attached, or a route or authorizer
   *     names a function the harness does not have
   */
  @Override
  public synchronized void attach(HarnessContext context) {
    if (attached) {
      throw new IllegalStateException("This WebSocketGateway is already added to a harness");
    }
    attached = true;
    this.ids = new GatewayIds(context::newId);
    ExecuteApiHosts hosts = new ExecuteApiHosts(context, ids);
    for (WebSocketApi api : declarations) {
      deploy(api, context, hosts);
    }
    closeables.add(
        context.clock().onAdvance(now -> byId.values().forEach(d -> d.runtime().expire(now))));
    // Published last: the test-facing methods see fully deployed APIs or none.
    this.context = context;
  }

  private void deploy(WebSocketApi api, HarnessContext context, ExecuteApiHosts hosts) {
    String apiId =
        hosts.claim("WebSocket API '" + api.name() + "'", api.apiId().orElse(null), "apiId");
    Map<String, ApiRuntime.RouteTarget> routes = new LinkedHashMap<>();
    for (WebSocketApi.Route route : api.routes().values()) {
      routes.put(
          route.routeKey(), new ApiRuntime.RouteTarget(route.functionName(), route.twoWay()));
    }
    ApiRuntime.AuthorizerSpec authorizer = null;
    if (api.connectAuthorizer().isPresent()) {
      WebSocketAuthorizer declared = api.connectAuthorizer().get();
      authorizer =
          new ApiRuntime.AuthorizerSpec(declared.functionName(), declared.identitySources());
    }
    ApiStage stage =
        new ApiStage(
            apiId, api.stage(), context.region(), context.accountId(), api.stageVariables());
    ApiRuntime runtime =
        new ApiRuntime(
            api.name(),
            stage,
            routes,
            api.routeSelectionExpression(),
            authorizer,
            context.functions(),
            context.clock(),
            ids);
    Deployed deployed = new Deployed(runtime, new ManagementApi(runtime, context::newId));
    byId.put(apiId, deployed);
    byName.put(api.name(), deployed);
  }

  /**
   * True for {@code @connections} requests: those addressed to an API's {@code execute-api} host,
   * and those whose path starts with the stage and {@code @connections} of exactly one API (for
   * clients pointed at the harness endpoint or its loopback endpoint).
   */
  @Override
  public boolean handles(ServiceRequest request) {
    return find(request) != null;
  }

  @Override
  public ServiceResponse handle(ServiceRequest request) {
    Deployed deployed = find(request);
    if (deployed == null) {
      return ServiceResponse.json(403, "{\"message\":\"Forbidden\"}");
    }
    return deployed.management().handle(request);
  }

  private Deployed find(ServiceRequest request) {
    if (context == null) {
      return null;
    }
    String host = request.host().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Deployed> entry : byId.entrySet()) {
      if (host.equals(entry.getValue().runtime().stage().domainName())) {
        return entry.getValue();
      }
    }
    Deployed match = null;
    for (Deployed deployed : byId.values()) {
      if (deployed.management().matchesStage(request)) {
        if (match != null) {
          return null;
        }
        match = deployed;
      }
    }
    return match;
  }

  /**
   * The API id of an API.
   *
   * @param api the API's name or id
   * @return the ten-character id, never null
   * @throws IllegalArgumentException when no such API is declared
   * @throws IllegalStateException before the gateway is added to a harness
   */
  public String apiId(String api) {
    return deployed(api).runtime().stage().apiId();
  }

  /**
   * The endpoint of an API's {@code @connections} management API, for {@code
   * ApiGatewayManagementApiClient.builder().endpointOverride(...)}; requests to it reach this
   * gateway through the harness's in-process transport.
   *
   * @param api the API's name or id
   * @return {@code https://{api-id}.execute-api.{region}.amazonaws.com/{stage}}, never null
   */
  public URI managementEndpoint(String api) {
    ApiStage stage = deployed(api).runtime().stage();
    return URI.create("https://" + stage.domainName() + "/" + stage.stage());
  }

  /**
   * The URL real clients would use in AWS, for messages and configuration.
   *
   * @param api the API's name or id
   * @return {@code wss://{api-id}.execute-api.{region}.amazonaws.com/{stage}}, never null
   */
  public URI webSocketUrl(String api) {
    ApiStage stage = deployed(api).runtime().stage();
    return URI.create("wss://" + stage.domainName() + "/" + stage.stage());
  }

  /**
   * Connects a new in-process client with no extra headers or query.
   *
   * @param api the API's name or id
   * @return the connected client, never null
   * @throws WebSocketConnectException when the authorizer or {@code $connect} refuses
   */
  public WebSocketClient connect(String api) {
    return connector(api).connect();
  }

  /**
   * Prepares an in-process connection with headers, query parameters and a source IP.
   *
   * @param api the API's name or id
   * @return a connector, never null
   */
  public WebSocketConnector connector(String api) {
    return new WebSocketConnector(deployed(api).runtime(), ids);
  }

  /**
   * The ids of an API's open connections.
   *
   * @param api the API's name or id
   * @return a snapshot, never null
   */
  public List<String> connectionIds(String api) {
    return new ArrayList<>(deployed(api).runtime().openConnectionIds());
  }

  /**
   * Serves an API as a real WebSocket endpoint on {@code 127.0.0.1}.
   *
   * @param api the API's name or id
   * @param port the port, or 0 for a free one
   * @return the running endpoint, closed with the harness at the latest; never null
   * @throws UncheckedIOException when the port cannot be bound
   */
  public WebSocketEndpoint serveOnLoopback(String api, int port) {
    Deployed deployed = deployed(api);
    try {
      LoopbackWebSocketServer server =
          LoopbackWebSocketServer.start(deployed.runtime(), InetAddress.getLoopbackAddress(), port);
      closeables.add(server);
      return new WebSocketEndpoint(server);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not serve WebSocket API '" + api + "' on 127.0.0.1:" + port + ": " + e, e);
    }
  }

  private Deployed deployed(String api) {
    Objects.requireNonNull(api, "api");
    if (context == null) {
      throw new IllegalStateException(
          "This WebSocketGateway is not added to a harness yet; use"
              + " Harness.builder().service(gateway).build() first");
    }
    Deployed deployed = byName.containsKey(api) ? byName.get(api) : byId.get(api);
    if (deployed == null) {
      throw new IllegalArgumentException(
          "No WebSocket API named '" + api + "'; declared: " + byName.keySet());
    }
    return deployed;
  }

  /** Stops loopback endpoints and closes every open connection (running {@code $disconnect}). */
  @Override
  public void close() {
    for (AutoCloseable closeable : closeables) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Best effort: one failing endpoint must not keep the others open.
      }
    }
    byId.values().forEach(d -> d.runtime().closeAll());
  }

  @Override
  public String toString() {
    return "WebSocketGateway" + byName.keySet();
  }

  /**
   * Configures a {@link WebSocketGateway}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, WebSocketApi> apis = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an API.
     *
     * @param api the declaration
     * @return this builder
     * @throws IllegalArgumentException when another API has the same name
     */
    public Builder api(WebSocketApi api) {
      Objects.requireNonNull(api, "api");
      if (apis.putIfAbsent(api.name(), api) != null) {
        throw new IllegalArgumentException("Two WebSocket APIs are named '" + api.name() + "'");
      }
      return this;
    }

    /**
     * Builds the gateway; it deploys its APIs when added to a harness.
     *
     * @return the gateway, never null
     * @throws IllegalStateException when no API was added
     */
    public WebSocketGateway build() {
      if (apis.isEmpty()) {
        throw new IllegalStateException("A WebSocketGateway needs at least one WebSocketApi");
      }
      return new WebSocketGateway(List.copyOf(apis.values()));
    }
  }
}
