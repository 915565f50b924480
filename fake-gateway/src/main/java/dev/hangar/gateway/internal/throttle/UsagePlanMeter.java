package dev.hangar.gateway.internal.throttle;

import dev.hangar.gateway.UsagePlan;
import dev.hangar.harness.HarnessClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meters the API keys of a usage plan: each key has its own token bucket and quota counter (the
 * quota resets at the start of each UTC day, Monday-based week or month on the harness clock).
 */
public final class UsagePlanMeter {
  /** The verdict on one request. */
  public enum Verdict {
    /** Within limits. */
    ALLOWED,
    /** Over the rate or burst. */
    THROTTLED,
    /** Over the quota. */
    QUOTA_EXCEEDED
  }

  private final UsagePlan plan;
  private final HarnessClock clock;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final Map<String, Quota> quotas = new ConcurrentHashMap<>();

  /** A meter for a plan. */
  public UsagePlanMeter(UsagePlan plan, HarnessClock clock) {
    this.plan = plan;
    this.clock = clock;
  }

  /** Counts one request of a key. */
  public Verdict admit(String keyValue) {
    if (plan.rate() > 0
        && !buckets
            .computeIfAbsent(keyValue, k -> new TokenBucket(plan.rate(), plan.burst(), clock))
            .tryTake()) {
      return Verdict.THROTTLED;
    }
    if (plan.quotaLimit() > 0) {
      Quota quota = quotas.computeIfAbsent(keyValue, k -> new Quota());
      if (!quota.tryCount(periodStart(), plan.quotaLimit())) {
        return Verdict.QUOTA_EXCEEDED;
      }
    }
    return Verdict.ALLOWED;
  }

  private LocalDate periodStart() {
    LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    return switch (plan.quotaPeriod()) {
      case DAY -> today;
      case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> today.withDayOfMonth(1);
    };
  }

  private static final class Quota {
    private LocalDate period;
    private long used;

    synchronized boolean tryCount(LocalDate current, long limit) {
      if (!current.equals(period)) {
        period = current;
        used = 0;
      }
      if (used >= limit) {
        return false;
      }
      used++;
      return true;
    }
  }
}
