package dev.hangar.dynamo.internal.index;

import dev.hangar.dynamo.internal.store.IndexEntryKey;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.ItemChange;
import dev.hangar.dynamo.internal.table.ItemChangeListener;
import dev.hangar.dynamo.internal.table.Table;

/**
 * Keeps a table's secondary indexes in step with its items. It follows every item change under
 * the item's lock, so an index entry changes atomically with its base item: the index holds the
 * projection of each base item that has the index's key, and nothing else.
 */
public final class IndexMaintainer implements ItemChangeListener {

  @Override
  public void changed(Table table, ItemChange change) {
    for (IndexDefinition index : table.definition().indexes()) {
      IndexStore store = table.indexStore(index.name());
      if (store != null) {
        apply(table, index, store, change.key(), change.before(), change.after());
      }
    }
  }

  /**
   * Moves one base item's entry in one index from its old state to its new one.
   *
   * @param table the table
   * @param index the index
   * @param store the index's entries
   * @param baseKey the base item's primary key
   * @param before the base item before, or null
   * @param after the base item after, or null
   */
  static void apply(Table table, IndexDefinition index, IndexStore store, PrimaryKey baseKey,
      StoredItem before, StoredItem after) {
    PrimaryKey oldKey = before == null ? null : index.keyOf(before.attributes());
    PrimaryKey newKey = after == null ? null : index.keyOf(after.attributes());
    if (oldKey != null && !oldKey.equals(newKey)) {
      store.delete(new IndexEntryKey(oldKey, baseKey));
    }
    if (newKey != null) {
      store.put(new IndexEntryKey(newKey, baseKey), entry(table, index, after));
    }
  }

  /**
   * The entry an index holds for a base item.
   *
   * @param table the table
   * @param index the index
   * @param item the base item, which has the index key
   * @return the projected item
   */
  static StoredItem entry(Table table, IndexDefinition index, StoredItem item) {
    if (index.projectionType().equals("ALL")) {
      return item;
    }
    return StoredItem.of(index.project(item.attributes(), table.keySchema()));
  }
}
