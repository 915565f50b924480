package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import java.util.Objects;

/**
 * One change of one item: an insert ({@code before} null), a modification, or a removal ({@code
 * after} null). A write that leaves the item exactly as it was is still reported; a stream decides
 * for itself that it writes no record for it.
 *
 * @param key the item's primary key
 * @param before the item before, or null
 * @param after the item after, or null
 * @param origin who made the change
 */
public record ItemChange(PrimaryKey key, StoredItem before, StoredItem after, ChangeOrigin origin) {
  /** Checks for null. */
  public ItemChange {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(origin, "origin");
  }
}
