package dev.hangar.gateway;

import dev.hangar.gateway.internal.openapi.OpenApiImporter;
import dev.hangar.gateway.internal.route.RouteKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One API declared from code: a REST API ({@link #rest(String)}, Lambda proxy integrations with
 * payload format 1.0) or an HTTP API ({@link #http(String)}, payload format 2.0 unless {@link
 * Builder#payloadFormatVersion(String)} says 1.0), with its stages and stage variables, routes,
 * authorizers, usage plans, CORS, binary media types, stage cache, access-log format and
 * integration timeout.
 *
 * <p>Set-up mistakes (a route naming an unknown authorizer, a feature the API type does not have)
 * fail in {@link Builder#build()} with a message naming the field. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class ApiDefinition {
  /** The kind of API. */
  public enum Type {
    /** A REST API (API Gateway v1). */
    REST,
    /** An HTTP API (API Gateway v2). */
    HTTP
  }

  /** Where a REST API reads the API key of a request ({@code apiKeySource}). */
  public enum ApiKeySource {
    /** The {@code x-api-key} header (the default). */
    HEADER,
    /** The {@code usageIdentifierKey} a Lambda authorizer returns. */
    AUTHORIZER
  }

  private static final Pattern API_ID = Pattern.compile("[a-z0-9]{10}");
  private static final Pattern STAGE = Pattern.compile("\\$default|[A-Za-z0-9_-]{1,128}");

  private final Type type;
  private final String name;
  private final String id;
  private final Map<String, Map<String, String>> stages;
  private final List<Route> routes;
  private final Map<String, Authorizer> authorizers;
  private final List<UsagePlan> usagePlans;
  private final Cors cors;
  private final List<String> binaryMediaTypes;
  private final StageCache stageCache;
  private final String accessLogFormat;
  private final String payloadFormatVersion;
  private final Duration integrationTimeout;
  private final double throttleRate;
  private final int throttleBurst;
  private final ApiKeySource apiKeySource;
  private final Map<GatewayResponseType, CustomResponse> gatewayResponses;

  private ApiDefinition(Builder b) {
    this.type = b.type;
    this.name = b.name;
    this.id = b.id;
    Map<String, Map<String, String>> stageCopy = new LinkedHashMap<>();
    b.stages.forEach((k, v) -> stageCopy.put(k, Map.copyOf(v)));
    this.stages = java.util.Collections.unmodifiableMap(stageCopy);
    this.routes = List.copyOf(b.routes);
    this.authorizers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.authorizers));
    this.usagePlans = List.copyOf(b.usagePlans);
    this.cors = b.cors;
    this.binaryMediaTypes = List.copyOf(b.binaryMediaTypes);
    this.stageCache = b.stageCache;
    this.accessLogFormat = b.accessLogFormat;
    this.payloadFormatVersion = b.payloadFormatVersion;
    this.integrationTimeout = b.integrationTimeout;
    this.throttleRate = b.throttleRate;
    this.throttleBurst = b.throttleBurst;
    this.apiKeySource = b.apiKeySource;
    this.gatewayResponses =
        java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(b.gatewayResponses));
  }

  /**
   * Starts a REST API. Its default stage is {@code Prod} (SAM's implicit stage) unless stages are
   * declared.
   *
   * @param name the API's name, used to find it again with {@link FakeGateway#api(String)}
   * @return a builder, never null
   */
  public static Builder rest(String name) {
    return new Builder(Type.REST, name);
  }

  /**
   * Starts an HTTP API. Its default stage is {@code $default} (auto-deployed, no stage prefix in
   * URLs) unless stages are declared.
   *
   * @param name the API's name, used to find it again with {@link FakeGateway#api(String)}
   * @return a builder, never null
   */
  public static Builder http(String name) {
    return new Builder(Type.HTTP, name);
  }

  /** @return the API's type */
  public Type type() {
    return type;
  }

  /** @return the API's name */
  public String name() {
    return name;
  }

  /** @return the explicit API id, or null when the gateway draws one */
  public String id() {
    return id;
  }

  /** @return stage name to stage variables, in declaration order; never empty */
  public Map<String, Map<String, String>> stages() {
    return stages;
  }

  /** @return the routes in declaration order */
  public List<Route> routes() {
    return routes;
  }

  /** @return authorizer name to authorizer */
  public Map<String, Authorizer> authorizers() {
    return authorizers;
  }

  /** @return the usage plans */
  public List<UsagePlan> usagePlans() {
    return usagePlans;
  }

  /** @return the CORS configuration, or null */
  public Cors cors() {
    return cors;
  }

  /** @return the binary media types such as {@code image/png} or {@code *}{@code /*} */
  public List<String> binaryMediaTypes() {
    return binaryMediaTypes;
  }

  /** @return the stage cache settings, or null when the cache is off */
  public StageCache stageCache() {
    return stageCache;
  }

  /** @return the access-log format with {@code $context} variables, or null for no access log */
  public String accessLogFormat() {
    return accessLogFormat;
  }

  /** @return {@code 1.0} or {@code 2.0} */
  public String payloadFormatVersion() {
    return payloadFormatVersion;
  }

  /** @return how long the gateway waits for a function, on the harness clock */
  public Duration integrationTimeout() {
    return integrationTimeout;
  }

  /** @return the customised gateway responses of a REST API */
  public Map<GatewayResponseType, CustomResponse> gatewayResponses() {
    return gatewayResponses;
  }

  /**
   * A customised gateway response ("Set up gateway responses to customize error responses").
   *
   * @param statusCode the status to send instead of the default, or null to keep it
   * @param headers headers to add, with literal values
   * @param bodyTemplate the JSON body template, with {@code $context.error.messageString}, {@code
   *     $context.error.message}, {@code $context.error.responseType} and {@code
   *     $context.requestId}; null keeps the default body
   * @since 0.1.0
   */
  public record CustomResponse(Integer statusCode, Map<String, String> headers, String bodyTemplate) {
    /** Copies the headers and checks the template's variables. */
    public CustomResponse {
      headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
      if (statusCode != null && (statusCode < 400 || statusCode > 599)) {
        throw new IllegalArgumentException(
            "A gateway response's status must be 4XX or 5XX, got " + statusCode);
      }
      if (bodyTemplate != null) {
        java.util.regex.Matcher matcher =
            Pattern.compile("\\$context\\.[A-Za-z.]+[A-Za-z]").matcher(bodyTemplate);
        while (matcher.find()) {
          String variable = matcher.group();
          if (!java.util.Set.of(
                  "$context.error.messageString",
                  "$context.error.message",
                  "$context.error.responseType",
                  "$context.requestId")
              .contains(variable)) {
            throw new IllegalArgumentException(
                "Gateway response template variable " + variable + " is not supported by Hangar;"
                    + " use $context.error.messageString, $context.error.message,"
                    + " $context.error.responseType or $context.requestId");
          }
        }
      }
    }
  }

  /** @return where API keys are read from */
  public ApiKeySource apiKeySource() {
    return apiKeySource;
  }

  /** @return each stage's steady-state request rate per second; 0 when not throttled */
  public double throttleRate() {
    return throttleRate;
  }

  /** @return each stage's burst limit; 0 when not throttled */
  public int throttleBurst() {
    return throttleBurst;
  }

  @Override
  public String toString() {
    return type + " API '" + name + "' " + routes;
  }

  /**
   * Collects an API's settings.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Type type;
    private final String name;
    private String id;
    private final Map<String, Map<String, String>> stages = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Authorizer> authorizers = new LinkedHashMap<>();
    private final List<UsagePlan> usagePlans = new ArrayList<>();
    private Cors cors;
    private final List<String> binaryMediaTypes = new ArrayList<>();
    private StageCache stageCache;
    private String accessLogFormat;
    private String payloadFormatVersion;
    private Duration integrationTimeout;
    private double throttleRate;
    private int throttleBurst;
    private ApiKeySource apiKeySource = ApiKeySource.HEADER;
    private final Map<GatewayResponseType, CustomResponse> gatewayResponses =
        new java.util.EnumMap<>(GatewayResponseType.class);

    private Builder(Type type, String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("An API's name must not be blank");
      }
      this.type = type;
      this.name = name;
      this.payloadFormatVersion = type == Type.REST ? "1.0" : "2.0";
      this.integrationTimeout = Duration.ofSeconds(type == Type.REST ? 29 : 30);
    }

    /**
     * Fixes the API id (ten lower-case letters or digits) instead of drawing one from the harness's
     * seeded source; the API is then reachable at {@code {id}.execute-api.{region}.amazonaws.com}.
     *
     * @param apiId the id
     * @return this builder
     */
    public Builder id(String apiId) {
      if (!API_ID.matcher(Objects.requireNonNull(apiId, "apiId")).matches()) {
        throw new IllegalArgumentException(
            "API '" + name + "': an API id is ten lower-case letters or digits, got '" + apiId + "'");
      }
      this.id = apiId;
      return this;
    }

    /**
     * Adds a stage without variables.
     *
     * @param stageName the stage's name
     * @return this builder
     */
    public Builder stage(String stageName) {
      return stage(stageName, Map.of());
    }

    /**
     * Adds a stage with stage variables.
     *
     * @param stageName the stage's name ({@code $default} only for HTTP APIs)
     * @param variables the stage variables
     * @return this builder
     */
    public Builder stage(String stageName, Map<String, String> variables) {
      if (!STAGE.matcher(Objects.requireNonNull(stageName, "stageName")).matches()) {
        throw new IllegalArgumentException(
            "API '" + name + "': invalid stage name '" + stageName + "'");
      }
      if (stageName.equals("$default") && type == Type.REST) {
        throw new IllegalArgumentException(
            "API '" + name + "': REST APIs have no $default stage; name the stage");
      }
      stages.put(stageName, Map.copyOf(variables));
      return this;
    }

    /**
     * Adds a route to a function.
     *
     * @param routeKey such as {@code GET /orders/{id}}
     * @param function the function's name
     * @return this builder
     */
    public Builder route(String routeKey, String function) {
      return route(Route.of(routeKey, function));
    }

    /**
     * Adds a route.
     *
     * @param route the route
     * @return this builder
     */
    public Builder route(Route route) {
      routes.add(Objects.requireNonNull(route, "route"));
      return this;
    }

    /**
     * Adds what an OpenAPI document declares, with API Gateway's extensions: {@code aws_proxy}
     * integrations as routes (the function is the name in the Lambda ARN, or the logical id of a
     * CloudFormation {@code ${Function.Arn}} reference), {@code x-amazon-apigateway-any-method},
     * binary media types, Lambda authorizers and security requirements ("Working with API Gateway
     * extensions to OpenAPI"). JWT and Cognito authorizers need the issuer's keys: declare them
     * with {@link #authorizer(Authorizer)} under the scheme's name. The document may be JSON or
     * YAML, as API Gateway's import accepts both.
     *
     * @param document the OpenAPI 3.x or Swagger 2.0 document, JSON (starting with an opening
     *     brace) or YAML
     * @return this builder
     * @throws IllegalArgumentException when the document is not valid JSON or YAML (the message
     *     gives the line and column), is not OpenAPI, or uses what Hangar cannot run (the message
     *     names it)
     */
    public Builder openApi(String document) {
      Objects.requireNonNull(document, "document");
      OpenApiImporter.importInto(this, type == Type.REST, document, "OpenAPI document");
      return this;
    }

    /**
     * Adds what an OpenAPI file declares, as {@link #openApi(String)} does; messages about the
     * document name the file.
     *
     * @param file a JSON or YAML OpenAPI file, read as UTF-8
     * @return this builder
     * @throws IllegalArgumentException when the file cannot be read, or as {@link
     *     #openApi(String)}
     */
    public Builder openApi(Path file) {
      Objects.requireNonNull(file, "file");
      String document;
      try {
        document = Files.readString(file);
      } catch (IOException | UncheckedIOException e) {
        throw new IllegalArgumentException(
            "API '" + name + "': cannot read the OpenAPI file " + file + ": " + e, e);
      }
      OpenApiImporter.importInto(
          this, type == Type.REST, document, "OpenAPI file " + file);
      return this;
    }

    /**
     * Adds an authorizer.
     *
     * @param authorizer the authorizer
     * @return this builder
     */
    public Builder authorizer(Authorizer authorizer) {
      Objects.requireNonNull(authorizer, "authorizer");
      if (authorizers.putIfAbsent(authorizer.name(), authorizer) != null) {
        throw new IllegalArgumentException(
            "API '" + name + "': two authorizers are named '" + authorizer.name() + "'");
      }
      return this;
    }

    /**
     * Adds a usage plan with its API keys (REST APIs).
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder usagePlan(UsagePlan plan) {
      usagePlans.add(Objects.requireNonNull(plan, "plan"));
      return this;
    }

    /**
     * Chooses where the API reads API keys (REST APIs): the {@code x-api-key} header (default) or
     * the {@code usageIdentifierKey} of the route's Lambda authorizer ("Choose an API key source in
     * API Gateway").
     *
     * @param source the source
     * @return this builder
     */
    public Builder apiKeySource(ApiKeySource source) {
      this.apiKeySource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Customises one of a REST API's gateway responses, for example {@code DEFAULT_4XX} with an
     * {@code Access-Control-Allow-Origin} header so browsers can read errors.
     *
     * @param type the response type
     * @param response the customisation
     * @return this builder
     */
    public Builder gatewayResponse(GatewayResponseType type, CustomResponse response) {
      gatewayResponses.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(response));
      return this;
    }

    /**
     * Sets the CORS configuration.
     *
     * @param configuration the configuration
     * @return this builder
     */
    public Builder cors(Cors configuration) {
      this.cors = Objects.requireNonNull(configuration, "configuration");
      return this;
    }

    /**
     * Adds binary media types (REST APIs): request bodies of these content types reach the
     * function base64-encoded, and base64 responses are decoded for clients accepting them.
     *
     * @param mediaTypes such as {@code image/png}, {@code image/*} or {@code *}{@code /*}
     * @return this builder
     */
    public Builder binaryMediaTypes(String... mediaTypes) {
      binaryMediaTypes.addAll(List.of(mediaTypes));
      return this;
    }

    /**
     * Throttles every stage of the API as a whole (a REST stage's default method throttling, an
     * HTTP API stage's default route throttling): a token bucket of {@code burst} requests refilled
     * at {@code rate} per second of the harness clock; a request finding it empty gets {@code 429
     * {"message":"Too Many Requests"}} ("Throttle requests to your REST APIs", "Protect your HTTP
     * API").
     *
     * @param rate the steady-state rate per second; positive
     * @param burst the burst limit; positive
     * @return this builder
     */
    public Builder throttle(double rate, int burst) {
      if (rate <= 0 || burst <= 0) {
        throw new IllegalArgumentException(
            "API '" + name + "': throttling rate and burst must be positive, got " + rate + " and "
                + burst);
      }
      this.throttleRate = rate;
      this.throttleBurst = burst;
      return this;
    }

    /**
     * Turns on the stage cache of every stage (REST APIs).
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder stageCache(StageCache settings) {
      this.stageCache = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Turns on access logging with a format of {@code $context} variables, such as {@code
     * $context.requestId $context.httpMethod $context.path $context.status}.
     *
     * @param format the format
     * @return this builder
     */
    public Builder accessLogFormat(String format) {
      this.accessLogFormat = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Chooses the payload format of an HTTP API's Lambda integrations.
     *
     * @param version {@code 1.0} or {@code 2.0}
     * @return this builder
     */
    public Builder payloadFormatVersion(String version) {
      if (!version.equals("1.0") && !version.equals("2.0")) {
        throw new IllegalArgumentException(
            "API '" + name + "': payloadFormatVersion must be 1.0 or 2.0, got '" + version + "'");
      }
      if (type == Type.REST && version.equals("2.0")) {
        throw new IllegalArgumentException(
            "API '" + name + "': REST APIs send payload format 1.0 only");
      }
      this.payloadFormatVersion = version;
      return this;
    }

    /**
     * Sets the integration timeout (REST default 29 s, HTTP default 30 s; 50 ms to 30 s for HTTP
     * APIs).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder integrationTimeout(Duration timeout) {
      if (timeout.compareTo(Duration.ofMillis(50)) < 0) {
        throw new IllegalArgumentException(
            "API '" + name + "': the integration timeout must be at least 50 ms, got " + timeout);
      }
      if (type == Type.HTTP && timeout.compareTo(Duration.ofSeconds(30)) > 0) {
        throw new IllegalArgumentException(
            "API '" + name + "': an HTTP API's integration timeout is at most 30 s, got " + timeout);
      }
      this.integrationTimeout = timeout;
      return this;
    }

    /**
     * Checks the settings and builds the definition.
     *
     * @return the definition, never null
     * @throws IllegalArgumentException when the settings contradict each other or the API type
     */
    public ApiDefinition build() {
      if (stages.isEmpty()) {
        stages.put(type == Type.REST ? "Prod" : "$default", Map.of());
      }
      if (routes.isEmpty()) {
        throw new IllegalArgumentException("API '" + name + "' has no routes; add one with route(...)");
      }
      for (Authorizer authorizer : authorizers.values()) {
        checkAuthorizerFits(authorizer);
      }
      for (Route route : routes) {
        checkRouteFits(route);
      }
      if (type == Type.HTTP && stageCache != null) {
        throw unsupported("stage caching", "REST APIs");
      }
      if (type == Type.HTTP && !gatewayResponses.isEmpty()) {
        throw unsupported("gateway responses", "REST APIs");
      }
      if (type == Type.HTTP && apiKeySource != ApiKeySource.HEADER) {
        throw unsupported("API key sources", "REST APIs");
      }
      if (type == Type.HTTP && !usagePlans.isEmpty()) {
        throw unsupported("usage plans and API keys", "REST APIs");
      }
      return new ApiDefinition(this);
    }

    private void checkAuthorizerFits(Authorizer authorizer) {
      boolean restKind =
          switch (authorizer.kind()) {
            case LAMBDA_TOKEN, LAMBDA_REQUEST, COGNITO -> true;
            case HTTP_LAMBDA, JWT -> false;
          };
      if (restKind != (type == Type.REST)) {
        throw new IllegalArgumentException(
            "API '" + name + "': authorizer '" + authorizer.name() + "' of kind "
                + authorizer.kind() + " belongs to " + (restKind ? "REST" : "HTTP")
                + " APIs, not to a " + type + " API");
      }
    }

    private void checkRouteFits(Route route) {
      RouteKey key = RouteKey.parse(route.routeKey());
      if (key.isDefault() && type == Type.REST) {
        throw new IllegalArgumentException(
            "API '" + name + "': REST APIs have no $default route; use 'ANY /{proxy+}'");
      }
      if (route.authorizer() != null && !authorizers.containsKey(route.authorizer())) {
        throw new IllegalArgumentException(
            "API '" + name + "': route '" + route.routeKey() + "' names authorizer '"
                + route.authorizer() + "', which is not declared; declared: "
                + authorizers.keySet());
      }
      if (!route.scopes().isEmpty()) {
        Authorizer authorizer = route.authorizer() == null ? null : authorizers.get(route.authorizer());
        if (authorizer == null
            || (authorizer.kind() != Authorizer.Kind.JWT
                && authorizer.kind() != Authorizer.Kind.COGNITO)) {
          throw new IllegalArgumentException(
              "API '" + name + "': route '" + route.routeKey()
                  + "' has authorization scopes but no JWT or Cognito authorizer");
        }
      }
      if (route.isApiKeyRequired() && type == Type.HTTP) {
        throw unsupported("API keys (apiKeyRequired)", "REST APIs");
      }
      if (route.caching() != null && type == Type.HTTP) {
        throw unsupported("method caching", "REST APIs");
      }
    }

    private IllegalArgumentException unsupported(String feature, String owner) {
      return new IllegalArgumentException(
          "API '" + name + "': " + feature + ": only " + owner + " have this in API Gateway");
    }
  }
}
