package dev.hangar.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A usage plan with its API keys: steady-state rate and burst (a token bucket) and a quota per day,
 * week or month, all on the harness clock ("Usage plans and API keys for REST APIs in API
 * Gateway"). A key that exceeds the rate gets {@code 429 {"message":"Too Many Requests"}}, one over
 * its quota {@code 429 {"message":"Limit Exceeded"}}.
 *
 * <p>Instances are immutable; each {@code with}-style method returns a copy.
 *
 * @since 0.1.0
 */
public final class UsagePlan {
  /** The period a quota counts over, as the {@code QuotaSettings.period} of a usage plan. */
  public enum QuotaPeriod {
    /** A UTC day. */
    DAY,
    /** A week starting on Monday, UTC. */
    WEEK,
    /** A calendar month, UTC. */
    MONTH
  }

  private final String name;
  private final double rate;
  private final int burst;
  private final long quotaLimit;
  private final QuotaPeriod quotaPeriod;
  private final Map<String, String> apiKeys;

  private UsagePlan(
      String name,
      double rate,
      int burst,
      long quotaLimit,
      QuotaPeriod quotaPeriod,
      Map<String, String> apiKeys) {
    this.name = name;
    this.rate = rate;
    this.burst = burst;
    this.quotaLimit = quotaLimit;
    this.quotaPeriod = quotaPeriod;
    this.apiKeys = apiKeys;
  }

  /**
   * A plan without throttling or quota.
   *
   * @param name the plan's name
   * @return the plan, never null
   */
  public static UsagePlan named(String name) {
    return new UsagePlan(
        Objects.requireNonNull(name, "name"), 0, 0, 0, null, Map.of());
  }

  /**
   * A copy with throttling.
   *
   * @param requestsPerSecond the steady-state rate; positive
   * @param burstLimit the bucket size; positive
   * @return the copy, never null
   */
  public UsagePlan throttle(double requestsPerSecond, int burstLimit) {
    if (requestsPerSecond <= 0 || burstLimit <= 0) {
      throw new IllegalArgumentException(
          "Usage plan '" + name + "': rate and burst must be positive, got " + requestsPerSecond
              + " and " + burstLimit);
    }
    return new UsagePlan(name, requestsPerSecond, burstLimit, quotaLimit, quotaPeriod, apiKeys);
  }

  /**
   * A copy with a quota.
   *
   * @param limit the number of requests per period; positive
   * @param period the period
   * @return the copy, never null
   */
  public UsagePlan quota(long limit, QuotaPeriod period) {
    if (limit <= 0) {
      throw new IllegalArgumentException(
          "Usage plan '" + name + "': the quota limit must be positive, got " + limit);
    }
    return new UsagePlan(name, rate, burst, limit, Objects.requireNonNull(period), apiKeys);
  }

  /**
   * A copy with one more API key.
   *
   * @param keyName the key's name
   * @param value the key's value, sent in {@code x-api-key}; API Gateway requires 20 to 128
   *     characters
   * @return the copy, never null
   */
  public UsagePlan apiKey(String keyName, String value) {
    Objects.requireNonNull(keyName, "keyName");
    Objects.requireNonNull(value, "value");
    if (value.length() < 20 || value.length() > 128) {
      throw new IllegalArgumentException(
          "API key '" + keyName + "': a value must have 20 to 128 characters, got "
              + value.length());
    }
    Map<String, String> keys = new LinkedHashMap<>(apiKeys);
    keys.put(keyName, value);
    return new UsagePlan(name, rate, burst, quotaLimit, quotaPeriod, Map.copyOf(keys));
  }

  /** @return the plan's name */
  public String name() {
    return name;
  }

  /** @return the steady-state rate in requests per second, 0 when not throttled */
  public double rate() {
    return rate;
  }

  /** @return the burst limit, 0 when not throttled */
  public int burst() {
    return burst;
  }

  /** @return the quota limit, 0 when there is no quota */
  public long quotaLimit() {
    return quotaLimit;
  }

  /** @return the quota period, null when there is no quota */
  public QuotaPeriod quotaPeriod() {
    return quotaPeriod;
  }

  /** @return key name to key value, never null */
  public Map<String, String> apiKeys() {
    return apiKeys;
  }
}
