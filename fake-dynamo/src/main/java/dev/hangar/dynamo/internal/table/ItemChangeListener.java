package dev.hangar.dynamo.internal.table;

/** Follows the item changes of a table: a secondary index, the table's stream. */
@FunctionalInterface
public interface ItemChangeListener {
  /**
   * Called after each change of one item, under that item's lock.
   *
   * @param table the table
   * @param change what changed
   */
  void changed(Table table, ItemChange change);
}
