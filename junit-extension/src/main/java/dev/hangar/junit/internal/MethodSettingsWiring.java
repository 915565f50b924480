package dev.hangar.junit.internal;

import dev.hangar.gateway.Route;
import dev.hangar.gateway.StageCache;
import dev.hangar.junit.internal.template.EventSpec;
import dev.hangar.junit.internal.template.RestApiSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A REST API stage's {@code MethodSettings} and cache cluster applied to its routes, as API
 * Gateway applies a stage's method settings ("Cache settings for REST APIs in API Gateway"):
 * caching is off unless {@code CachingEnabled} turns it on; {@code /*} with {@code *} turns it on
 * for {@code GET} methods, a method's own entry for that method; the TTL is 300 s unless {@code
 * CacheTtlInSeconds} says otherwise. A stage CloudFormation creates always requires authorization
 * to invalidate an entry and ignores unauthorized {@code Cache-Control: max-age=0} headers
 * (CloudFormation cannot set either), and Hangar has no IAM callers, so every such header is
 * ignored. API Gateway's default strategy also adds a warning header to such a response; the fake
 * gateway does not model that header's text, so it is left out (SUCCEED_WITHOUT_RESPONSE_HEADER).
 */
final class MethodSettingsWiring {
  private static final int DEFAULT_TTL = 300;
  private static final double ACCOUNT_RATE = 10_000;
  private static final int ACCOUNT_BURST = 5_000;

  private final RestApiSpec api;
  private final String origin;
  private final RestApiSpec.MethodSetting stageWide;
  private final Set<RestApiSpec.MethodSetting> used = new HashSet<>();
  private final Set<Integer> ttls = new TreeSet<>();
  private final List<String> cachedRoutes = new ArrayList<>();

  MethodSettingsWiring(RestApiSpec api, String origin) {
    this.api = api;
    this.origin = origin;
    RestApiSpec.MethodSetting wide = null;
    for (RestApiSpec.MethodSetting setting : api.methodSettings()) {
      if (setting.stageWide() && setting.cachingEnabled() != null) {
        wide = setting;
      }
    }
    this.stageWide = wide;
  }

  /** The route with its method's throttling and caching. */
  Route apply(Route route, EventSpec.Api event) {
    RestApiSpec.MethodSetting own = own(event);
    Route built = route;
    if (own != null && (own.rate() != null || own.burst() != null)) {
      built =
          built.throttle(
              own.rate() == null ? ACCOUNT_RATE : own.rate(),
              own.burst() == null ? ACCOUNT_BURST : own.burst());
    }
    boolean cached;
    Integer ttl;
    if (own != null && own.cachingEnabled() != null) {
      cached = own.cachingEnabled();
      ttl = own.cacheTtlSeconds() != null ? own.cacheTtlSeconds() : stageTtl();
    } else {
      cached = stageWide != null && stageWide.cachingEnabled() && event.method().equals("GET");
      ttl = stageTtl();
    }
    if (event.method().equals("ANY") && own == null && stageWide != null && stageWide.cachingEnabled()) {
      throw fail(
          "caching the ANY method " + event.path() + " from the stage-wide MethodSettings entry"
              + " (" + stageWide.where() + ") is not supported yet; give the route a method of its"
              + " own or turn caching off for it");
    }
    if (cached) {
      ttls.add(ttl);
      cachedRoutes.add(event.method() + " " + event.path());
    }
    return built.caching(cached, event.cacheKeyParameters().toArray(String[]::new));
  }

  private RestApiSpec.MethodSetting own(EventSpec.Api event) {
    for (RestApiSpec.MethodSetting setting : api.methodSettings()) {
      if (!setting.stageWide()
          && setting.resourcePath().equals(event.path())
          && setting.httpMethod().equals(event.method())) {
        used.add(setting);
        return setting;
      }
    }
    return null;
  }

  private int stageTtl() {
    return stageWide != null && stageWide.cacheTtlSeconds() != null
        ? stageWide.cacheTtlSeconds()
        : DEFAULT_TTL;
  }

  /**
   * The stage cache once every route is applied, or null when no method caches; fails when a
   * setting names no route, caching has no cache cluster, or cached methods differ in TTL.
   */
  StageCache stageCache() {
    for (RestApiSpec.MethodSetting setting : api.methodSettings()) {
      if (!setting.stageWide() && !used.contains(setting)) {
        throw fail(
            setting.where() + ": MethodSettings names " + setting.httpMethod() + " "
                + setting.resourcePath() + ", which is not a method of the API (no Api event"
                + " declares it)");
      }
    }
    if (cachedRoutes.isEmpty()) {
      return null;
    }
    if (!api.cacheClusterEnabled()) {
      throw fail(
          "MethodSettings turn caching on for " + cachedRoutes + " but the API has no cache"
              + " cluster; add CacheClusterEnabled: true (and a CacheClusterSize)");
    }
    if (ttls.size() > 1) {
      throw fail(
          "the cached methods " + cachedRoutes + " have different CacheTtlInSeconds " + ttls
              + "; Hangar's stage cache has one TTL per stage: give them the same TTL");
    }
    return StageCache.enabledWithDefaults()
        .withTtl(Duration.ofSeconds(ttls.iterator().next()))
        .withUnauthorizedInvalidation(StageCache.UnauthorizedInvalidation.SUCCEED_WITHOUT_RESPONSE_HEADER);
  }

  private ExtensionConfigurationException fail(String message) {
    return new ExtensionConfigurationException(origin + ": " + api.logicalId() + ": " + message);
  }
}
