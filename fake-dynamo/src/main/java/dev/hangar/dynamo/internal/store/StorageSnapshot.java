package dev.hangar.dynamo.internal.store;

import java.util.List;

/**
 * A snapshot as an engine keeps it. Implementations are immutable once taken.
 */
public interface StorageSnapshot {
  /**
   * The engine that took it; only that engine restores it.
   *
   * @return the engine
   */
  StorageEngine engine();

  /**
   * True for a snapshot of the whole fake, false for one of single tables.
   *
   * @return whether restoring replaces every table
   */
  boolean whole();

  /**
   * The names of the tables in the snapshot, in name order.
   *
   * @return the names
   */
  List<String> tableNames();

  /**
   * The number of items in the snapshot.
   *
   * @return the count
   */
  long itemCount();
}
