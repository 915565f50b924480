package dev.hangar.dynamo.internal.store;

import java.util.Objects;

/**
 * Where one entry of a secondary index lives: the index's own key (partition and, when the index
 * has one, sort) and the primary key of the base item it mirrors. The base key makes entries with
 * equal index keys distinct, as DynamoDB allows duplicate index keys.
 *
 * @param index the index key: partition and sort (sort null when the index has no sort key)
 * @param base the primary key of the base table's item
 */
public record IndexEntryKey(PrimaryKey index, PrimaryKey base) {
  /** Checks for null. */
  public IndexEntryKey {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(base, "base");
  }
}
