package dev.hangar.gateway.internal.throttle;

import dev.hangar.harness.HarnessClock;

/**
 * The token bucket API Gateway throttles with: {@code burst} tokens at most, refilled at {@code
 * rate} per second of the harness clock; a request takes one token or is throttled.
 */
public final class TokenBucket {
  private final double rate;
  private final int burst;
  private final HarnessClock clock;
  private double tokens;
  private long lastNanos;

  /** A full bucket. */
  public TokenBucket(double rate, int burst, HarnessClock clock) {
    this.rate = rate;
    this.burst = burst;
    this.clock = clock;
    this.tokens = burst;
    this.lastNanos = nanos();
  }

  private long nanos() {
    java.time.Instant now = clock.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** Takes a token; false when the request must be throttled. */
  public synchronized boolean tryTake() {
    long now = nanos();
    if (now > lastNanos) {
      tokens = Math.min(burst, tokens + (now - lastNanos) / 1e9 * rate);
      lastNanos = now;
    }
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
