package dev.hangar.dynamo.internal.index;

import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sets up and changes the secondary indexes of a live table: stores attached before the definition
 * names them, the maintainer listening from the table's first write.
 */
public final class SecondaryIndexes {
  private SecondaryIndexes() {}

  /**
   * Prepares a new table (not yet visible to requests): a store for each declared index and the
   * maintainer that keeps them in step.
   *
   * @param table the new table
   * @param stores makes an index store
   */
  public static void install(Table table, Supplier<IndexStore> stores) {
    for (IndexDefinition index : table.definition().indexes()) {
      table.attachIndexStore(index.name(), stores.get());
    }
    table.addListener(new IndexMaintainer());
  }

  /**
   * Prepares a table whose items were stored before it was opened (a reopened data directory, a
   * restored snapshot), not yet visible to requests: its indexes are rebuilt from its items, since
   * only items are stored durably, and its item collections counted again.
   *
   * @param table the opened table
   * @param stores makes an index store
   */
  public static void reopen(Table table, Supplier<IndexStore> stores) {
    install(table, stores);
    KeySchema schema = table.keySchema();
    List<IndexDefinition> indexes = table.definition().indexes();
    // Without indexes there is nothing to rebuild: a large restored table is not read at all.
    Iterator<StoredItem> items = indexes.isEmpty() ? java.util.Collections.emptyIterator()
        : table.store().scan(null, 0, 1);
    while (items.hasNext()) {
      StoredItem item = items.next();
      PrimaryKey key = schema.keyOfStored(item.attributes());
      for (IndexDefinition index : indexes) {
        IndexMaintainer.apply(table, index, table.indexStore(index.name()), key, null, item);
      }
    }
    table.recountItemCollections();
  }

  /**
   * Adds a global secondary index to a live table and backfills it from the table's items. The
   * caller serialises control-plane changes of the table.
   *
   * @param table the table
   * @param index the new index
   * @param definitions the table's attribute definitions including the index's keys
   * @param stores makes an index store
   * @param locks the item locks, so the backfill never overwrites a concurrent write
   */
  public static void addGlobal(Table table, IndexDefinition index,
      List<KeyAttribute> definitions,
      Supplier<IndexStore> stores, BaseItemLocks locks) {
    IndexStore store = stores.get();
    table.attachIndexStore(index.name(), store);
    List<IndexDefinition> globals = new ArrayList<>(table.definition().globalIndexes());
    globals.add(index);
    table.redefine(table.definition().withGlobalIndexes(definitions, globals));
    IndexBackfill.run(table, index, store, locks);
  }

  /**
   * Removes a global secondary index from a live table.
   *
   * @param table the table
   * @param indexName the index
   */
  public static void removeGlobal(Table table, String indexName) {
    List<IndexDefinition> globals = new ArrayList<>(table.definition().globalIndexes());
    globals.removeIf(index -> index.name().equals(indexName));
    table.redefine(table.definition().withGlobalIndexes(
        table.definition().attributeDefinitions(), globals));
    table.detachIndexStore(indexName);
  }
}
