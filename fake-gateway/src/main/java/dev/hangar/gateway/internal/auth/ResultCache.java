package dev.hangar.gateway.internal.auth;

import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An authorizer's result cache, keyed by the identity source values, each entry living for the
 * authorizer's TTL on the harness clock. A TTL of zero caches nothing.
 *
 * @param <V> the cached result
 */
public final class ResultCache<V> {
  private final Duration ttl;
  private final HarnessClock clock;
  private final ConcurrentHashMap<List<String>, Entry<V>> entries = new ConcurrentHashMap<>();

  /** A cache with that TTL on that clock. */
  public ResultCache(Duration ttl, HarnessClock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The live entry for the identity, or null. */
  public V get(List<String> identity) {
    if (ttl.isZero()) {
      return null;
    }
    Entry<V> entry = entries.get(identity);
    if (entry == null) {
      return null;
    }
    if (!clock.now().isBefore(entry.expires)) {
      entries.remove(identity, entry);
      return null;
    }
    return entry.value;
  }

  /** Stores a result for the identity. */
  public void put(List<String> identity, V value) {
    if (!ttl.isZero()) {
      entries.put(List.copyOf(identity), new Entry<>(value, clock.now().plus(ttl)));
    }
  }

  private record Entry<V>(V value, Instant expires) {}
}
