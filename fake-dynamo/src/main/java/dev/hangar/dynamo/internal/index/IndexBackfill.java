package dev.hangar.dynamo.internal.index;

import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import java.util.Iterator;

/**
 * Fills a new global secondary index from the items a table already holds, as DynamoDB backfills
 * an index added by UpdateTable.
 *
 * <p>The index's store is attached (and its definition published) before the backfill starts, so
 * the {@link IndexMaintainer} already follows concurrent writes; each existing item is then
 * re-read and copied under its own lock, so a backfilled entry can never overwrite a newer write.
 */
public final class IndexBackfill {
  private IndexBackfill() {}

  /**
   * Copies every current item that has the index's key into the index.
   *
   * @param table the table
   * @param index the new index, already in the table's definition
   * @param store the index's store, already attached
   * @param locks the base tables' item locks
   */
  public static void run(Table table, IndexDefinition index, IndexStore store, BaseItemLocks locks) {
    KeySchema schema = table.keySchema();
    Iterator<StoredItem> items = table.store().scan(null, 0, 1);
    while (items.hasNext()) {
      var key = schema.keyOfStored(items.next().attributes());
      locks.underLock(table, key, () -> {
        StoredItem current = table.store().get(key);
        if (current != null) {
          IndexMaintainer.apply(table, index, store, key, null, current);
        }
      });
    }
  }
}
