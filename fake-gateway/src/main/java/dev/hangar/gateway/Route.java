package dev.hangar.gateway;

import dev.hangar.gateway.internal.route.RouteKey;
import java.util.List;
import java.util.Objects;

/**
 * One route of an API: a route key such as {@code GET /orders/{id}}, {@code ANY /{proxy+}} or (HTTP
 * APIs only) {@code $default}, the Lambda function it integrates with (proxy integration), and its
 * per-route settings: authorizer, authorization scopes, API key requirement, stage caching.
 *
 * <p>Mirrors a REST API's resource and method with a {@code AWS_PROXY} integration and an HTTP
 * API's route with a Lambda integration ("Create routes for HTTP APIs in API Gateway", "Set up
 * Lambda proxy integrations in API Gateway"). Instances are immutable; each {@code with}-style
 * method returns a copy.
 *
 * @since 0.1.0
 */
public final class Route {
  private final String routeKey;
  private final String function;
  private final String authorizer;
  private final List<String> scopes;
  private final boolean apiKeyRequired;
  private final Boolean caching;
  private final List<String> cacheKeyParameters;
  private final double throttleRate;
  private final int throttleBurst;

  private Route(
      String routeKey,
      String function,
      String authorizer,
      List<String> scopes,
      boolean apiKeyRequired,
      Boolean caching,
      List<String> cacheKeyParameters,
      double throttleRate,
      int throttleBurst) {
    this.routeKey = routeKey;
    this.function = function;
    this.authorizer = authorizer;
    this.scopes = scopes;
    this.apiKeyRequired = apiKeyRequired;
    this.caching = caching;
    this.cacheKeyParameters = cacheKeyParameters;
    this.throttleRate = throttleRate;
    this.throttleBurst = throttleBurst;
  }

  /**
   * A route integrated with a function.
   *
   * @param routeKey {@code METHOD /path} with {@code {name}} path variables and an optional greedy
   *     {@code {name+}} last segment, or {@code $default}
   * @param function the name of the Lambda function the route invokes; {@code
   *     ${stageVariables.NAME}} parts are replaced by the stage's variables at request time, as in
   *     an integration URI ("Use stage variables for a REST API in API Gateway")
   * @return the route, never null
   * @throws IllegalArgumentException when the route key is malformed (the message says why)
   */
  public static Route of(String routeKey, String function) {
    Objects.requireNonNull(routeKey, "routeKey");
    Objects.requireNonNull(function, "function");
    RouteKey.parse(routeKey);
    if (function.isBlank()) {
      throw new IllegalArgumentException("Route " + routeKey + ": the function name is blank");
    }
    return new Route(routeKey, function, null, List.of(), false, null, List.of(), 0, 0);
  }

  /**
   * This route protected by the authorizer of that name (declared on the API).
   *
   * @param authorizerName the authorizer's name
   * @return a copy with the authorizer, never null
   */
  public Route authorizer(String authorizerName) {
    return new Route(
        routeKey,
        function,
        Objects.requireNonNull(authorizerName, "authorizerName"),
        scopes,
        apiKeyRequired,
        caching,
        cacheKeyParameters,
        throttleRate,
        throttleBurst);
  }

  /**
   * The authorization scopes of the route: a JWT (or Cognito access token) must carry at least one
   * of them in its {@code scope} or {@code scp} claim.
   *
   * @param authorizationScopes the scopes
   * @return a copy with the scopes, never null
   */
  public Route scopes(String... authorizationScopes) {
    return new Route(
        routeKey,
        function,
        authorizer,
        List.of(authorizationScopes),
        apiKeyRequired,
        caching,
        cacheKeyParameters,
        throttleRate,
        throttleBurst);
  }

  /**
   * Requires an API key in the {@code x-api-key} header (REST APIs), as a method's {@code
   * apiKeyRequired} does.
   *
   * @return a copy that requires a key, never null
   */
  public Route apiKeyRequired() {
    return new Route(
        routeKey, function, authorizer, scopes, true, caching, cacheKeyParameters, throttleRate,
        throttleBurst);
  }

  /**
   * Overrides the stage's caching for this method (REST APIs): on or off. By default only {@code
   * GET} methods are cached when the stage cache is on.
   *
   * @param enabled whether responses of this method are cached
   * @param keyParameters the cache key parameters, such as {@code method.request.path.id}, {@code
   *     method.request.querystring.page} or {@code method.request.header.Accept}
   * @return a copy with the setting, never null
   */
  public Route caching(boolean enabled, String... keyParameters) {
    return new Route(
        routeKey, function, authorizer, scopes, apiKeyRequired, enabled, List.of(keyParameters),
        throttleRate, throttleBurst);
  }

  /**
   * Throttles this route on its own, instead of the stage's default throttling (a REST method's or
   * an HTTP API route's throttling settings), on the harness clock.
   *
   * @param rate the steady-state rate per second; positive
   * @param burst the burst limit; positive
   * @return a copy with the setting, never null
   */
  public Route throttle(double rate, int burst) {
    if (rate <= 0 || burst <= 0) {
      throw new IllegalArgumentException(
          "Route " + routeKey + ": throttling rate and burst must be positive, got " + rate + " and "
              + burst);
    }
    return new Route(
        routeKey, function, authorizer, scopes, apiKeyRequired, caching, cacheKeyParameters, rate,
        burst);
  }

  /** @return the route's own throttling rate per second, 0 when the stage's applies */
  public double throttleRate() {
    return throttleRate;
  }

  /** @return the route's own burst limit, 0 when the stage's applies */
  public int throttleBurst() {
    return throttleBurst;
  }

  /**
   * The route key as declared.
   *
   * @return the route key, never null
   */
  public String routeKey() {
    return routeKey;
  }

  /**
   * The function the route invokes.
   *
   * @return the function name, never null
   */
  public String function() {
    return function;
  }

  /**
   * The authorizer's name.
   *
   * @return the name, or null when the route is open
   */
  public String authorizer() {
    return authorizer;
  }

  /**
   * The authorization scopes.
   *
   * @return the scopes, empty when none; never null
   */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * Whether an API key is required.
   *
   * @return true when {@link #apiKeyRequired()} was called
   */
  public boolean isApiKeyRequired() {
    return apiKeyRequired;
  }

  /**
   * The per-method cache override.
   *
   * @return true or false when overridden, null when the stage default applies
   */
  public Boolean caching() {
    return caching;
  }

  /**
   * The cache key parameters.
   *
   * @return the parameters, empty when none; never null
   */
  public List<String> cacheKeyParameters() {
    return cacheKeyParameters;
  }

  @Override
  public String toString() {
    return routeKey + " -> " + function;
  }
}
