package dev.hangar.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a REST API stage's cache ("Cache settings for REST APIs in API Gateway"): whether it
 * is on, the TTL (default 300 s, at most 3600 s), and what a {@code Cache-Control: max-age=0}
 * request header does. When on, {@code GET} methods are cached unless a route overrides it with
 * {@link Route#caching(boolean, String...)}.
 *
 * @param enabled whether the stage caches responses
 * @param ttl how long an entry lives, on the harness clock
 * @param requireAuthorizationToInvalidate whether {@code max-age=0} needs the {@code
 *     execute-api:InvalidateCache} permission; Hangar has no IAM callers, so with this on every
 *     invalidation request is unauthorized
 * @param unauthorizedInvalidation what happens to an unauthorized invalidation request
 * @since 0.1.0
 */
public record StageCache(
    boolean enabled,
    Duration ttl,
    boolean requireAuthorizationToInvalidate,
    UnauthorizedInvalidation unauthorizedInvalidation) {

  /** What API Gateway does with an unauthorized invalidation ({@code UnauthorizedCacheControlHeaderStrategy}). */
  public enum UnauthorizedInvalidation {
    /** Answer 403 (the default). */
    FAIL_WITH_403,
    /**
     * Ignore the header and add a warning header to the response. Not supported by Hangar yet:
     * attaching an API with it fails with {@code UnsupportedOperationException}.
     */
    SUCCEED_WITH_RESPONSE_HEADER,
    /** Ignore the header silently. */
    SUCCEED_WITHOUT_RESPONSE_HEADER
  }

  /** Checks the TTL range. */
  public StageCache {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(unauthorizedInvalidation, "unauthorizedInvalidation");
    if (ttl.isNegative() || ttl.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "Stage cache TTL must be between 0 and 3600 seconds, got " + ttl.getSeconds());
    }
  }

  /**
   * The cache on with API Gateway's defaults: TTL 300 s, invalidation needs authorization, an
   * unauthorized one fails with 403.
   *
   * @return the settings, never null
   */
  public static StageCache enabledWithDefaults() {
    return new StageCache(
        true, Duration.ofSeconds(300), true, UnauthorizedInvalidation.FAIL_WITH_403);
  }

  /**
   * A copy with another TTL.
   *
   * @param newTtl the TTL
   * @return the copy, never null
   */
  public StageCache withTtl(Duration newTtl) {
    return new StageCache(enabled, newTtl, requireAuthorizationToInvalidate, unauthorizedInvalidation);
  }

  /**
   * A copy where any client may invalidate an entry with {@code Cache-Control: max-age=0}.
   *
   * @return the copy, never null
   */
  public StageCache withoutInvalidationAuthorization() {
    return new StageCache(enabled, ttl, false, unauthorizedInvalidation);
  }

  /**
   * A copy with another strategy for unauthorized invalidation requests.
   *
   * @param strategy the strategy
   * @return the copy, never null
   */
  public StageCache withUnauthorizedInvalidation(UnauthorizedInvalidation strategy) {
    return new StageCache(enabled, ttl, requireAuthorizationToInvalidate, strategy);
  }
}
