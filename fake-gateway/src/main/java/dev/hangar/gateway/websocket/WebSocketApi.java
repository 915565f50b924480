package dev.hangar.gateway.websocket;

import dev.hangar.gateway.internal.websocket.RouteSelectionExpression;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The declaration of one API Gateway WebSocket API and its stage: what {@code
 * AWS::ApiGatewayV2::Api} with {@code ProtocolType: WEBSOCKET}, its {@code
 * AWS::ApiGatewayV2::Route}s, their Lambda proxy {@code AWS::ApiGatewayV2::Integration}s, an
 * optional {@code AWS::ApiGatewayV2::Authorizer} on {@code $connect} and an {@code
 * AWS::ApiGatewayV2::Stage} express in CloudFormation.
 *
 * <p>Mirrors "Overview of WebSocket APIs in API Gateway" and "Working with routes for WebSocket
 * APIs": the predefined routes {@code $connect}, {@code $disconnect} and {@code $default}, custom
 * routes chosen by the {@linkplain Builder#routeSelectionExpression(String) route selection
 * expression}, and two-way routes whose integration result is sent back to the client (a route
 * response with route key {@code $default}).
 *
 * <pre>{@code
 * WebSocketApi chat = WebSocketApi.builder("chat")
 *     .stage("prod")
 *     .routeSelectionExpression("$request.body.action")
 *     .route("$connect", "OnConnectFunction")
 *     .route("$disconnect", "OnDisconnectFunction")
 *     .route("sendmessage", "SendMessageFunction")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class WebSocketApi {
  /** The route key API Gateway invokes when a client connects. */
  public static final String CONNECT = "$connect";

  /** The route key API Gateway invokes when a connection closes, from either side. */
  public static final String DISCONNECT = "$disconnect";

  /** The route key of messages that no custom route matches. */
  public static final String DEFAULT = "$default";

  private static final Pattern API_ID = Pattern.compile("[a-z0-9]{10}");
  private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9_\\-]{1,128}");

  private final String name;
  private final String apiId;
  private final String stage;
  private final String routeSelectionExpression;
  private final Map<String, Route> routes;
  private final WebSocketAuthorizer connectAuthorizer;
  private final Map<String, String> stageVariables;

  private WebSocketApi(Builder builder) {
    this.name = builder.name;
    this.apiId = builder.apiId;
    this.stage = builder.stage;
    this.routeSelectionExpression = builder.routeSelectionExpression;
    this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.routes));
    this.connectAuthorizer = builder.connectAuthorizer;
    this.stageVariables = Collections.unmodifiableMap(new LinkedHashMap<>(builder.stageVariables));
  }

  /**
   * A builder for an API of the given name ({@code Name} of {@code AWS::ApiGatewayV2::Api}).
   *
   * @param name the API name, not blank
   * @return a new builder with stage {@code prod} and route selection expression {@code
   *     $request.body.action}; never null
   * @throws IllegalArgumentException when the name is blank
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder initialised with this declaration.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder(name);
    builder.apiId = apiId;
    builder.stage = stage;
    builder.routeSelectionExpression = routeSelectionExpression;
    builder.routes.putAll(routes);
    builder.connectAuthorizer = connectAuthorizer;
    builder.stageVariables.putAll(stageVariables);
    return builder;
  }

  /**
   * The API name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * The API id chosen in the builder; when empty, the gateway assigns one from the harness's seeded
   * id source.
   *
   * @return the ten-character API id, or empty
   */
  public Optional<String> apiId() {
    return Optional.ofNullable(apiId);
  }

  /**
   * The stage name, the first path segment of the API's URL and of its {@code @connections}
   * endpoint.
   *
   * @return the stage name, never null
   */
  public String stage() {
    return stage;
  }

  /**
   * The route selection expression ({@code RouteSelectionExpression}).
   *
   * @return the expression, never null
   */
  public String routeSelectionExpression() {
    return routeSelectionExpression;
  }

  /**
   * The routes by route key, in declaration order.
   *
   * @return the routes, never null and not modifiable
   */
  public Map<String, Route> routes() {
    return routes;
  }

  /**
   * The Lambda {@code REQUEST} authorizer of the {@code $connect} route.
   *
   * @return the authorizer, or empty when connections are not authorised
   */
  public Optional<WebSocketAuthorizer> connectAuthorizer() {
    return Optional.ofNullable(connectAuthorizer);
  }

  /**
   * The stage variables ({@code StageVariables} of {@code AWS::ApiGatewayV2::Stage}).
   *
   * @return the variables, never null and not modifiable
   */
  public Map<String, String> stageVariables() {
    return stageVariables;
  }

  @Override
  public String toString() {
    return "WebSocketApi[" + name + ", stage=" + stage + ", routes=" + routes.keySet() + "]";
  }

  /**
   * One route: its key, the Lambda function of its {@code AWS_PROXY} integration, and whether it
   * has a route response (two-way: the function's result {@code body} goes back to the client).
   *
   * @param routeKey the route key, for example {@code $default} or {@code sendmessage}
   * @param functionName the integrated function's name
   * @param twoWay true when the route has a route response with key {@code $default}
   * @since 0.1.0
   */
  public record Route(String routeKey, String functionName, boolean twoWay) {
    /** Checks that no component is null. */
    public Route {
      Objects.requireNonNull(routeKey, "routeKey");
      Objects.requireNonNull(functionName, "functionName");
    }
  }

  /**
   * Configures a {@link WebSocketApi}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String name;
    private String apiId;
    private String stage = "prod";
    private String routeSelectionExpression = "$request.body.action";
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private WebSocketAuthorizer connectAuthorizer;
    private final Map<String, String> stageVariables = new LinkedHashMap<>();

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("A WebSocket API needs a non-blank name");
      }
      this.name = name;
    }

    /**
     * Fixes the API id instead of letting the gateway assign one, for tests that hard-code the
     * {@code execute-api} host.
     *
     * @param apiId ten lower-case letters or digits, as API Gateway assigns them
     * @return this builder
     * @throws IllegalArgumentException when the id is not of that form
     */
    public Builder apiId(String apiId) {
      Objects.requireNonNull(apiId, "apiId");
      if (!API_ID.matcher(apiId).matches()) {
        throw new IllegalArgumentException(
            "WebSocket API '"
                + name
                + "': apiId must be ten lower-case letters or digits, got '"
                + apiId
                + "'");
      }
      this.apiId = apiId;
      return this;
    }

    /**
     * The stage name ({@code StageName} of {@code AWS::ApiGatewayV2::Stage}).
     *
     * @param stage letters, digits, {@code -} and {@code _}
     * @return this builder
     * @throws IllegalArgumentException when the name has other characters
     */
    public Builder stage(String stage) {
      Objects.requireNonNull(stage, "stage");
      if (!STAGE.matcher(stage).matches()) {
        throw new IllegalArgumentException(
            "WebSocket API '"
                + name
                + "': a stage name has 1 to 128 letters, digits, '-' or"
                + " '_', got '"
                + stage
                + "'");
      }
      this.stage = stage;
      return this;
    }

    /**
     * The route selection expression, for example {@code $request.body.action}, {@code
     * ${request.body.service}/${request.body.action}} or a static value.
     *
     * @param expression the expression ({@code RouteSelectionExpression})
     * @return this builder
     * @throws IllegalArgumentException when a variable is not of the form {@code
     *     $request.body.path}
     */
    public Builder routeSelectionExpression(String expression) {
      Objects.requireNonNull(expression, "expression");
      RouteSelectionExpression.parse(name, expression);
      this.routeSelectionExpression = expression;
      return this;
    }

    /**
     * Adds a one-way route whose Lambda proxy integration invokes a function.
     *
     * @param routeKey {@code $connect}, {@code $disconnect}, {@code $default} or a custom key
     *     without a leading {@code $}
     * @param functionName the function's name as registered with the harness
     * @return this builder
     * @throws IllegalArgumentException when the key is reserved or already declared
     */
    public Builder route(String routeKey, String functionName) {
      return add(new Route(routeKey, functionName, false));
    }

    /**
     * Adds a two-way route: the {@code body} of the function's result is sent back to the client
     * that sent the message, as a route response with key {@code $default} does.
     *
     * @param routeKey {@code $default} or a custom key
     * @param functionName the function's name as registered with the harness
     * @return this builder
     * @throws IllegalArgumentException when the key is {@code $connect} or {@code $disconnect},
     *     reserved, or already declared
     */
    public Builder twoWayRoute(String routeKey, String functionName) {
      if (CONNECT.equals(routeKey) || DISCONNECT.equals(routeKey)) {
        throw new IllegalArgumentException(
            "WebSocket API '"
                + name
                + "': route "
                + routeKey
                + " cannot have a route response;"
                + " use route(...)");
      }
      return add(new Route(routeKey, functionName, true));
    }

    private Builder add(Route route) {
      String key = route.routeKey();
      if (key.isEmpty()
          || key.startsWith("$")
              && !CONNECT.equals(key)
              && !DISCONNECT.equals(key)
              && !DEFAULT.equals(key)) {
        throw new IllegalArgumentException(
            "WebSocket API '"
                + name
                + "': route key '"
                + key
                + "' is not allowed; the '$'"
                + " prefix is reserved for $connect, $disconnect and $default");
      }
      if (route.functionName().isBlank()) {
        throw new IllegalArgumentException(
            "WebSocket API '" + name + "': route '" + key + "' needs a function name");
      }
      if (routes.putIfAbsent(key, route) != null) {
        throw new IllegalArgumentException(
            "WebSocket API '" + name + "': route '" + key + "' is declared twice");
      }
      return this;
    }

    /**
     * Puts a Lambda {@code REQUEST} authorizer on the {@code $connect} route ({@code
     * AuthorizationType: CUSTOM}).
     *
     * @param authorizer the authorizer
     * @return this builder
     */
    public Builder connectAuthorizer(WebSocketAuthorizer authorizer) {
      this.connectAuthorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    /**
     * Sets a stage variable, delivered to functions in {@code stageVariables}.
     *
     * @param name the variable name
     * @param value the value
     * @return this builder
     */
    public Builder stageVariable(String name, String value) {
      stageVariables.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the declaration.
     *
     * @return the declaration, never null
     * @throws IllegalStateException when no route is declared
     */
    public WebSocketApi build() {
      if (routes.isEmpty()) {
        throw new IllegalStateException(
            "WebSocket API '"
                + name
                + "' has no route; declare at least $default or a custom"
                + " route with route(...)");
      }
      return new WebSocketApi(this);
    }
  }
}
