package dev.hangar.dynamo.internal.index;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The invariant of secondary indexes, checked from outside the write path: every index holds
 * exactly the projection of the base items that have its key, and nothing else. Run it after any
 * sequence of writes, with no write in flight.
 */
public final class IndexInvariant {
  private IndexInvariant() {}

  /**
   * Every way a table's indexes differ from its items.
   *
   * @param table the table
   * @return one line per difference; empty when the invariant holds
   */
  public static List<String> violations(Table table) {
    List<String> problems = new ArrayList<>();
    for (IndexDefinition index : table.definition().indexes()) {
      IndexStore store = table.indexStore(index.name());
      if (store == null) {
        problems.add(index.name() + ": the index has no store");
        continue;
      }
      check(table, index, store, problems);
    }
    return problems;
  }

  private static void check(
      Table table, IndexDefinition index, IndexStore store, List<String> problems) {
    Map<PrimaryKey, Map<String, Value>> expected = new HashMap<>();
    Iterator<StoredItem> items = table.store().scan(null, 0, 1);
    while (items.hasNext()) {
      StoredItem item = items.next();
      if (index.keyOf(item.attributes()) != null) {
        expected.put(table.keySchema().keyOfStored(item.attributes()),
            Map.copyOf(index.project(item.attributes(), table.keySchema())));
      }
    }
    long count = 0;
    Iterator<StoredItem> entries = store.scan(null, 0, 1);
    while (entries.hasNext()) {
      Map<String, Value> entry = entries.next().attributes();
      count++;
      PrimaryKey base = table.keySchema().keyOfStored(entry);
      Map<String, Value> wanted = expected.remove(base);
      if (wanted == null) {
        problems.add(index.name() + ": entry without a matching base item: " + entry);
      } else if (!wanted.equals(Map.copyOf(entry))) {
        problems.add(index.name() + ": entry " + entry + " is not the projection " + wanted);
      }
    }
    for (Map<String, Value> missing : expected.values()) {
      problems.add(index.name() + ": missing entry for base item " + missing);
    }
    if (count != store.itemCount()) {
      problems.add(index.name() + ": itemCount " + store.itemCount() + " but " + count
          + " entries");
    }
  }
}
