package dev.hangar.gateway;

/**
 * Hit and miss counts of a REST API stage's cache, as the {@code CacheHitCount} and {@code
 * CacheMissCount} CloudWatch metrics count them.
 *
 * @param hits requests answered from the cache
 * @param misses cacheable requests that went to the integration
 * @since 0.1.0
 */
public record CacheStatistics(long hits, long misses) {}
