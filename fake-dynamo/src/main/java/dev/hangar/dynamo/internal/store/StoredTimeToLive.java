package dev.hangar.dynamo.internal.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A table's Time to Live setting as an engine keeps it: the attribute items expire by (null while
 * disabled) and when UpdateTimeToLive last changed it, which DynamoDB's one-hour interval between
 * changes counts from.
 *
 * @param attribute the attribute, or null when Time to Live is disabled
 * @param changed when it last changed, on the harness clock
 */
public record StoredTimeToLive(String attribute, Instant changed) {
  /** Checks for null. */
  public StoredTimeToLive {
    Objects.requireNonNull(changed, "changed");
  }
}
