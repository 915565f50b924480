package dev.hangar.gateway.internal.engine;

import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.CacheStatistics;
import dev.hangar.gateway.Route;
import dev.hangar.gateway.StageCache;
import dev.hangar.gateway.UsagePlan;
import dev.hangar.gateway.internal.auth.AuthOutcome;
import dev.hangar.gateway.internal.cache.StageResponseCache;
import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.route.PathDecoder;
import dev.hangar.gateway.internal.route.RouteKey;
import dev.hangar.gateway.internal.route.RouteMatch;
import dev.hangar.gateway.internal.route.RouteTable;
import dev.hangar.gateway.internal.throttle.TokenBucket;
import dev.hangar.gateway.internal.throttle.UsagePlanMeter;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One API at run time: takes a request through stage selection, limits, CORS, route selection,
 * authorizer, API key, stage cache and the Lambda proxy integration, in API Gateway's order, and
 * answers with API Gateway's responses.
 */
public final class ApiRuntime {
  /** API Gateway's payload limit, 10 MB. */
  static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
  /** API Gateway's limit on the request line and headers together, 10240 bytes. */
  static final int MAX_HEADER_BYTES = 10240;

  private final ApiDefinition definition;
  private final ApiIdentity api;
  private final boolean rest;
  private final boolean payloadV2;
  private final HarnessContext context;
  private final RouteTable<Route> routes = new RouteTable<>();
  private final ApiAuthorizers authorizers;
  private final Map<String, ApiKey> apiKeys = new LinkedHashMap<>();
  private final Map<String, StageResponseCache> caches = new LinkedHashMap<>();
  private final Map<String, TokenBucket> stageBuckets = new LinkedHashMap<>();
  private final Map<String, TokenBucket> routeBuckets = new java.util.concurrent.ConcurrentHashMap<>();
  private final AccessLogFormat accessLogFormat;
  private final LambdaIntegration integration;
  private final StageCaching caching;
  private final GatewayResponses gatewayResponses;
  private final CorsPolicy cors;
  private final FunctionCalls calls;

  /**
   * Prepares an API; set-up mistakes fail here.
   *
   * @param definition the API
   * @param apiId its id
   * @param context the harness
   * @param calls where the calls functions make while serving a request join its trace
   */
  public ApiRuntime(
      ApiDefinition definition, String apiId, HarnessContext context, FunctionCalls calls) {
    this.calls = calls;
    this.definition = definition;
    this.api = new ApiIdentity(apiId, context.region(), context.accountId());
    this.rest = definition.type() == ApiDefinition.Type.REST;
    this.payloadV2 = definition.payloadFormatVersion().equals("2.0");
    this.context = context;
    routes.restStyle(rest);
    for (Route route : definition.routes()) {
      routes.add(RouteKey.parse(route.routeKey()), route);
    }
    this.authorizers =
        new ApiAuthorizers(definition.authorizers(), rest, payloadV2, api, context);
    for (UsagePlan plan : definition.usagePlans()) {
      UsagePlanMeter meter = new UsagePlanMeter(plan, context.clock());
      plan.apiKeys()
          .forEach(
              (name, value) -> {
                if (apiKeys.put(value, new ApiKey(name, keyId(name), meter)) != null) {
                  throw new IllegalArgumentException(
                      "API '" + definition.name() + "': the API key value of '" + name
                          + "' is used twice");
                }
              });
    }
    StageCache cache = definition.stageCache();
    if (cache != null
        && cache.unauthorizedInvalidation()
            == StageCache.UnauthorizedInvalidation.SUCCEED_WITH_RESPONSE_HEADER) {
      throw new UnsupportedOperationException(
          "API '" + definition.name() + "': the stage cache strategy SUCCEED_WITH_RESPONSE_HEADER is"
              + " not supported by Hangar yet (the warning header's text is not pinned); use"
              + " FAIL_WITH_403 or SUCCEED_WITHOUT_RESPONSE_HEADER");
    }
    if (cache != null && cache.enabled()) {
      for (String stage : definition.stages().keySet()) {
        caches.put(stage, new StageResponseCache(cache.ttl(), context.clock()));
      }
    }
    if (definition.throttleRate() > 0) {
      for (String stage : definition.stages().keySet()) {
        stageBuckets.put(
            stage,
            new TokenBucket(definition.throttleRate(), definition.throttleBurst(), context.clock()));
      }
    }
    this.accessLogFormat =
        definition.accessLogFormat() == null
            ? null
            : AccessLogFormat.parse(definition.accessLogFormat(), definition.name());
    this.cors = new CorsPolicy(definition.cors(), rest);
    this.integration = new LambdaIntegration(definition, api, context, cors);
    this.caching = new StageCaching(definition, caches, authorizers, integration);
    this.gatewayResponses = new GatewayResponses(definition.gatewayResponses());
  }

  private String keyId(String name) {
    return ResourceIds.of(api.apiId(), "key:" + name) + ResourceIds.of(name, "id");
  }

  /** @return the API's id */
  public String apiId() {
    return api.apiId();
  }

  /** @return the API's definition */
  public ApiDefinition definition() {
    return definition;
  }

  /** @return the host of the API's default endpoint */
  public String host() {
    return api.domainName();
  }

  /** The cache statistics of a stage, or null when it has no cache. */
  public CacheStatistics cacheStatistics(String stage) {
    StageResponseCache cache = caches.get(stage);
    return cache == null ? null : new CacheStatistics(cache.hits(), cache.misses());
  }

  /** Flushes a stage's cache, as {@code FlushStageCache} does. */
  public void flushCache(String stage) {
    StageResponseCache cache = caches.get(stage);
    if (cache != null) {
      cache.flush();
    }
  }

  /**
   * Handles one request.
   *
   * @param inbound the request
   * @return the response with its record
   */
  public Handled handle(Inbound inbound) {
    Instant now = context.clock().now();
    String requestId = context.newId();
    Exchange ex = new Exchange(inbound, requestId, GatewayIds.extendedRequestId(requestId), now);
    ServiceResponse response;
    try (FunctionCalls.Scope tracked = calls.track(traceId(ex), ex)) {
      response = process(ex);
    } catch (PathDecoder.MalformedEncodingException e) {
      ex.note("bad request: " + e.getMessage());
      ex.errorMessage = "Bad Request";
      response = GatewayErrors.badRequest(rest);
    }
    response = withGatewayHeaders(gatewayResponses.apply(response, ex), ex);
    ex.status = response.status();
    ex.responseLength = response.body().length;
    ex.note("responded " + response.status());
    String logLine = accessLogFormat == null ? null : accessLogFormat.render(ex, api);
    return new Handled(
        response,
        requestId,
        ex.routeKey == null ? null : ex.routeKey.toString(),
        ex.steps(),
        logLine);
  }

  private ServiceResponse process(Exchange ex) {
    if (!selectStage(ex)) {
      ex.note("no stage matches " + ex.inbound.rawPath());
      return noRoute(ex);
    }
    ServiceResponse limit = checkLimits(ex);
    if (limit != null) {
      return limit;
    }
    ex.headers = integrationHeaders(ex);
    QueryString.parse(ex.inbound.rawQuery());
    ServiceResponse preflight = cors.preflight(ex, routes);
    if (preflight != null) {
      ex.note("CORS preflight answered by the gateway");
      return preflight;
    }
    RouteMatch<Route> match = routes.select(ex.inbound.method(), ex.path);
    if (match == null) {
      ex.note("no route matches " + ex.inbound.method() + " " + ex.path);
      return noRoute(ex);
    }
    ex.route = match.route();
    ex.routeKey = match.key();
    ex.pathParameters = match.pathParameters();
    ex.note("route " + match.key() + " -> function " + match.route().function());
    TokenBucket bucket =
        ex.route.throttleRate() > 0
            ? routeBuckets.computeIfAbsent(
                ex.stage + " " + ex.route.routeKey(),
                k -> new TokenBucket(ex.route.throttleRate(), ex.route.throttleBurst(), context.clock()))
            : stageBuckets.get(ex.stage);
    if (bucket != null && !bucket.tryTake()) {
      ex.note("throttled by " + (ex.route.throttleRate() > 0 ? "the route's" : "the stage's") + " limits");
      ex.errorMessage = "Too Many Requests";
      return GatewayErrors.throttled(rest);
    }
    if (ex.route.authorizer() != null) {
      ServiceResponse refused = authorize(ex);
      if (refused != null) {
        return refused;
      }
    }
    if (ex.route.isApiKeyRequired()) {
      ServiceResponse refused = checkApiKey(ex);
      if (refused != null) {
        return refused;
      }
    }
    return caching.respond(ex);
  }

  private boolean selectStage(Exchange ex) {
    Map<String, Map<String, String>> stages = definition.stages();
    String rawPath = ex.inbound.rawPath();
    if (!ex.inbound.stagePrefixed()) {
      ex.stage = ex.inbound.stage();
      ex.path = rawPath;
    } else {
      int slash = rawPath.indexOf('/', 1);
      String first = slash < 0 ? rawPath.substring(1) : rawPath.substring(1, slash);
      if (!first.isEmpty() && stages.containsKey(first)) {
        ex.stage = first;
        ex.path = slash < 0 ? "/" : rawPath.substring(slash);
      } else if (stages.containsKey("$default")) {
        ex.stage = "$default";
        ex.path = rawPath;
      } else {
        return false;
      }
    }
    ex.stageVariables = stages.getOrDefault(ex.stage, Map.of());
    return stages.containsKey(ex.stage);
  }

  private ServiceResponse noRoute(Exchange ex) {
    String authorization = ex.inbound.headers().first("Authorization").orElse(null);
    if (rest && authorization != null && !authorization.contains("=")) {
      ex.errorMessage = "Invalid key=value pair in Authorization header";
      return GatewayErrors.unparsableAuthorization(authorization);
    }
    ex.errorMessage = rest ? "Missing Authentication Token" : "Not Found";
    return rest ? GatewayErrors.missingAuthenticationToken() : GatewayErrors.notFound();
  }

  private ServiceResponse checkLimits(Exchange ex) {
    if (ex.inbound.body().length > MAX_BODY_BYTES) {
      ex.note("payload of " + ex.inbound.body().length + " bytes is over 10 MB");
      ex.errorMessage = "Request Too Long";
      return GatewayErrors.tooLarge(rest);
    }
    int headerBytes = ex.inbound.method().length() + ex.inbound.rawPath().length()
        + ex.inbound.rawQuery().length();
    for (Map.Entry<String, List<String>> header : ex.inbound.headers().asMap().entrySet()) {
      for (String value : header.getValue()) {
        headerBytes += header.getKey().length() + value.length() + 4;
      }
    }
    if (headerBytes > MAX_HEADER_BYTES) {
      ex.note("request line and headers take " + headerBytes + " bytes, over 10240");
      ex.errorMessage = "Request Header Fields Too Large";
      return GatewayErrors.headersTooLarge(rest);
    }
    return null;
  }

  private HttpHeaders integrationHeaders(Exchange ex) {
    HttpHeaders.Builder headers = HttpHeaders.builder();
    for (Map.Entry<String, List<String>> header : ex.inbound.headers().asMap().entrySet()) {
      String name = rest ? header.getKey() : header.getKey().toLowerCase(Locale.ROOT);
      header.getValue().forEach(value -> headers.add(name, value));
    }
    HttpHeaders sent = ex.inbound.headers();
    if (!sent.contains("Host")) {
      headers.set(rest ? "Host" : "host", api.domainName());
    }
    String forwarded = sent.first("X-Forwarded-For").map(v -> v + ", ").orElse("");
    headers.set(rest ? "X-Forwarded-For" : "x-forwarded-for", forwarded + ex.inbound.sourceIp());
    headers.set(rest ? "X-Forwarded-Port" : "x-forwarded-port", "443");
    headers.set(rest ? "X-Forwarded-Proto" : "x-forwarded-proto", "https");
    headers.set(rest ? "X-Amzn-Trace-Id" : "x-amzn-trace-id", traceId(ex));
    if (!rest && ex.inbound.body().length > 0 && !sent.contains("Content-Length")) {
      headers.set("content-length", String.valueOf(ex.inbound.body().length));
    }
    return headers.build();
  }

  private ServiceResponse authorize(Exchange ex) {
    AuthOutcome outcome = authorizers.authorize(ex, ex.route);
    if (outcome instanceof AuthOutcome.Refused refused) {
      ex.note("authorizer " + ex.route.authorizer() + " refused: " + refused.detail());
      ex.authorizerError = refused.detail();
      return GatewayErrors.refused(refused, rest);
    }
    AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) outcome;
    ex.note(
        "authorizer " + ex.route.authorizer() + " allowed"
            + (allowed.fromCache() ? " (cached result)" : "")
            + (allowed.principalId() == null ? "" : " principal " + allowed.principalId()));
    ex.principalId = allowed.principalId();
    ex.authorizerApiKey = allowed.usageIdentifierKey();
    ex.authorizerContext =
        authorizers.isLambda(ex.route) ? authorizers.lambdaContext(allowed) : allowed.context();
    return null;
  }

  private ServiceResponse checkApiKey(Exchange ex) {
    boolean fromAuthorizer = definition.apiKeySource() == ApiDefinition.ApiKeySource.AUTHORIZER;
    String value =
        fromAuthorizer
            ? ex.authorizerApiKey
            : ex.inbound.headers().first("x-api-key").orElse(null);
    ApiKey key = value == null ? null : apiKeys.get(value);
    if (key == null) {
      ex.note(
          value == null
              ? "API key required but "
                  + (fromAuthorizer ? "the authorizer returned no usageIdentifierKey" : "x-api-key is missing")
              : "unknown API key");
      ex.errorMessage = "Forbidden";
      return GatewayErrors.forbiddenApiKey();
    }
    ex.apiKey = value;
    ex.apiKeyId = key.id;
    switch (key.meter.admit(value)) {
      case THROTTLED:
        ex.note("API key " + key.name + " throttled by its usage plan");
        ex.errorMessage = "Too Many Requests";
        return GatewayErrors.throttled(true);
      case QUOTA_EXCEEDED:
        ex.note("API key " + key.name + " is over its usage plan's quota");
        ex.errorMessage = "Limit Exceeded";
        return GatewayErrors.quotaExceeded();
      default:
        ex.note("API key " + key.name + " accepted");
        return null;
    }
  }

  private ServiceResponse withGatewayHeaders(ServiceResponse response, Exchange ex) {
    HttpHeaders.Builder headers = response.headers().toBuilder();
    if (rest) {
      if (!response.headers().contains("Content-Type")) {
        headers.set("Content-Type", "application/json");
      }
      headers.set("x-amzn-RequestId", ex.requestId);
      headers.set("x-amz-apigw-id", ex.extendedRequestId);
      headers.set("X-Amzn-Trace-Id", traceId(ex));
    } else {
      headers.set("apigw-requestid", ex.extendedRequestId);
    }
    return new ServiceResponse(response.status(), headers.build(), response.body());
  }

  private static String traceId(Exchange ex) {
    return GatewayIds.traceId(ex.time, ex.requestId);
  }

  /**
   * A handled request.
   *
   * @param response the response
   * @param requestId the request id
   * @param routeKey the selected route key, or null
   * @param steps the trace
   * @param accessLogLine the access-log line, or null when logging is off
   */
  public record Handled(
      ServiceResponse response,
      String requestId,
      String routeKey,
      List<String> steps,
      String accessLogLine) {}

  private record ApiKey(String name, String id, UsagePlanMeter meter) {}
}
