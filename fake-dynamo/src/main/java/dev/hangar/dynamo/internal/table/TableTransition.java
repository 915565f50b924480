package dev.hangar.dynamo.internal.table;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A simulated status change in progress: the table reports {@code status} until {@code until} on
 * the harness clock, then {@code ACTIVE} (or, after {@code DELETING}, disappears). Only used when
 * the fake was built with table transition durations; by default every change is immediate.
 *
 * @param status {@code CREATING}, {@code UPDATING} or {@code DELETING}
 * @param until when the change completes
 * @param creatingIndexes global secondary indexes that report {@code CREATING} meanwhile
 */
public record TableTransition(String status, Instant until, Set<String> creatingIndexes) {
  /** Checks for null and copies the set. */
  public TableTransition {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(until, "until");
    creatingIndexes = Set.copyOf(creatingIndexes);
  }

  /**
   * Whether the change is still in progress at an instant.
   *
   * @param now the harness clock's time
   * @return true before {@code until}
   */
  public boolean inProgressAt(Instant now) {
    return now.isBefore(until);
  }
}
