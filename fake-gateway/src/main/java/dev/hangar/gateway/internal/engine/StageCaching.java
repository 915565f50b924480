package dev.hangar.gateway.internal.engine;

import dev.hangar.gateway.ApiDefinition;
import dev.hangar.gateway.StageCache;
import dev.hangar.gateway.internal.cache.StageResponseCache;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A REST API stage's cache in front of the integration: which methods are cached, the cache key
 * from the route's key parameters, and the {@code Cache-Control: max-age=0} invalidation rule
 * with its authorization setting ("Cache settings for REST APIs in API Gateway").
 */
final class StageCaching {
  private final ApiDefinition definition;
  private final Map<String, StageResponseCache> caches;
  private final ApiAuthorizers authorizers;
  private final LambdaIntegration integration;

  StageCaching(
      ApiDefinition definition,
      Map<String, StageResponseCache> caches,
      ApiAuthorizers authorizers,
      LambdaIntegration integration) {
    this.definition = definition;
    this.caches = caches;
    this.authorizers = authorizers;
    this.integration = integration;
  }

  ServiceResponse respond(Exchange ex) {
    StageResponseCache cache = caches.get(ex.stage);
    boolean cacheable =
        cache != null
            && (ex.route.caching() != null
                ? ex.route.caching()
                : ex.inbound.method().equals("GET"));
    if (!cacheable) {
      return integration.invoke(ex);
    }
    String key = cacheKey(ex);
    if (wantsInvalidation(ex)) {
      StageCache settings = definition.stageCache();
      if (!settings.requireAuthorizationToInvalidate()) {
        ex.note("cache entry invalidated by Cache-Control: max-age=0");
        cache.invalidate(key);
      } else if (settings.unauthorizedInvalidation()
          == StageCache.UnauthorizedInvalidation.FAIL_WITH_403) {
        ex.note("cache invalidation refused: the caller is not authorized");
        ex.errorMessage = "not authorized to invalidate the cache";
        return GatewayErrors.cacheInvalidationDenied(authorizers.methodArn(ex));
      } else {
        ex.note("unauthorized cache invalidation ignored");
      }
    }
    ServiceResponse cached = cache.lookup(key);
    if (cached != null) {
      ex.note("stage cache hit");
      ex.cacheStatus = "hit";
      return cached;
    }
    ex.note("stage cache miss");
    ServiceResponse response = integration.invoke(ex);
    if (response.status() >= 200 && response.status() < 300) {
      cache.store(key, response);
    }
    return response;
  }

  private static boolean wantsInvalidation(Exchange ex) {
    for (String value : ex.inbound.headers().all("Cache-Control")) {
      if (value.replace(" ", "").toLowerCase(Locale.ROOT).contains("max-age=0")) {
        return true;
      }
    }
    return false;
  }

  private String cacheKey(Exchange ex) {
    StringBuilder key =
        new StringBuilder(ex.inbound.method()).append(' ').append(ex.routeKey.path());
    Map<String, List<String>> query = QueryString.parse(ex.inbound.rawQuery());
    for (String parameter : ex.route.cacheKeyParameters()) {
      key.append('|').append(parameter).append('=');
      if (parameter.startsWith("method.request.path.")) {
        key.append(ex.pathParameters.get(parameter.substring("method.request.path.".length())));
      } else if (parameter.startsWith("method.request.querystring.")) {
        key.append(query.get(parameter.substring("method.request.querystring.".length())));
      } else if (parameter.startsWith("method.request.header.")) {
        key.append(ex.inbound.headers().all(parameter.substring("method.request.header.".length())));
      } else {
        throw new IllegalArgumentException(
            "Route '" + ex.route.routeKey() + "': cache key parameter '" + parameter
                + "' is not method.request.path|querystring|header.NAME");
      }
    }
    return key.toString();
  }

}
