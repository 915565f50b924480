package dev.hangar.dynamo.internal.index;

import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.table.Table;

/** Runs work under the lock that serialises the writes of one base item. */
@FunctionalInterface
public interface BaseItemLocks {
  /**
   * Runs an action holding a base item's lock.
   *
   * @param table the table
   * @param key the item's primary key
   * @param action what to run
   */
  void underLock(Table table, PrimaryKey key, Runnable action);
}
