package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Objects;

/**
 * The primary key of one item: its partition key value and, for tables with a sort key, its sort
 * key value.
 *
 * @param partition the partition key value (S, N or B)
 * @param sort the sort key value, or null for tables without a sort key
 */
public record PrimaryKey(Value partition, Value sort) {
  /** Checks the partition value. */
  public PrimaryKey {
    Objects.requireNonNull(partition, "partition");
  }
}
