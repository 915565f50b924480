package dev.hangar.gateway.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.ServiceResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A REST API stage's response cache on Caffeine, whose ticker reads the harness clock so that
 * entries expire when a test advances time; hits and misses are counted for the test to read.
 */
public final class StageResponseCache {
  private final Cache<String, ServiceResponse> cache;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /** A cache whose entries live for the TTL on the clock. */
  public StageResponseCache(Duration ttl, HarnessClock clock) {
    Ticker ticker =
        () -> {
          Instant now = clock.now();
          return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    this.cache =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfterWrite(ttl)
            .maximumSize(10_000)
            .executor(Runnable::run)
            .build();
  }

  /** The cached response for a key, counting a hit or a miss. */
  public ServiceResponse lookup(String key) {
    ServiceResponse response = cache.getIfPresent(key);
    (response == null ? misses : hits).incrementAndGet();
    return response;
  }

  /** Stores a response. */
  public void store(String key, ServiceResponse response) {
    cache.put(key, response);
  }

  /** Drops one entry. */
  public void invalidate(String key) {
    cache.invalidate(key);
  }

  /** Drops every entry. */
  public void flush() {
    cache.invalidateAll();
  }

  /** @return hits so far */
  public long hits() {
    return hits.get();
  }

  /** @return misses so far */
  public long misses() {
    return misses.get();
  }
}
