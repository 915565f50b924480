package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.IndexEntryKey;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A Query or Scan that names an {@code IndexName}: which index, the checks DynamoDB applies to
 * reading it, its start and last evaluated keys (the index key and the table key together), and
 * whether items must be fetched from the base table (a local index asked for attributes it does
 * not project).
 */
final class IndexRead {
  private static final String BAD_START =
      "The provided starting key is invalid: The provided key element does not match the schema";

  private final Table table;
  private final IndexDefinition definition;
  private final IndexStore store;
  private final boolean fetchFromTable;

  private IndexRead(Table table, IndexDefinition definition, IndexStore store,
      boolean fetchFromTable) {
    this.table = table;
    this.definition = definition;
    this.store = store;
    this.fetchFromTable = fetchFromTable;
  }

  /**
   * The index a request reads, or null when it reads the table.
   *
   * @throws DynamoException for an unknown index, a consistent read of a GSI, or ALL_ATTRIBUTES on
   *     a GSI that does not project them all
   */
  static IndexRead of(ObjectNode request, String select, boolean consistent, Table table) {
    String name = JsonShapes.string(request, "IndexName");
    if (name == null) {
      return null;
    }
    IndexDefinition index = table.definition().index(name);
    IndexStore store = index == null ? null : table.indexStore(name);
    if (index == null || store == null) {
      throw DynamoException.validation("The table does not have the specified index: " + name);
    }
    boolean projectsAll = index.projectionType().equals("ALL");
    if (index.global() && consistent) {
      throw DynamoException.validation(
          "Consistent reads are not supported on global secondary indexes");
    }
    if (index.global() && !projectsAll && "ALL_ATTRIBUTES".equals(select)) {
      throw DynamoException.validation("One or more parameter values were invalid: Select type"
          + " ALL_ATTRIBUTES is not supported for global secondary index " + name
          + " because its projection type is not ALL");
    }
    boolean specific = "SPECIFIC_ATTRIBUTES".equals(select) || "ALL_ATTRIBUTES".equals(select)
        || JsonShapes.member(request, "ProjectionExpression") != null
        || JsonShapes.member(request, "AttributesToGet") != null;
    return new IndexRead(table, index, store, !index.global() && !projectsAll && specific);
  }

  IndexDefinition definition() {
    return definition;
  }

  IndexStore store() {
    return store;
  }

  /**
   * The items a read sees: the index's entries, or for a local index asked for more than it
   * projects, the base items they mirror (DynamoDB fetches those from the table).
   *
   * @param entries the index entries
   * @return the items
   */
  Iterator<StoredItem> resolve(Iterator<StoredItem> entries) {
    if (!fetchFromTable) {
      return entries;
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public StoredItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        StoredItem entry = entries.next();
        StoredItem base = table.store().get(table.keySchema().keyOfStored(entry.attributes()));
        return base == null ? entry : base;
      }
    };
  }

  /** The {@code LastEvaluatedKey} of an item read through the index. */
  Map<String, Value> lastEvaluatedKey(Map<String, Value> item) {
    Map<String, Value> key = table.keySchema().keyAttributes(item);
    key.putAll(definition.keySchema().keyAttributes(item));
    return key;
  }

  /**
   * The entry an {@code ExclusiveStartKey} names: it must hold exactly the table's and the
   * index's key attributes, with their declared types.
   */
  IndexEntryKey startKey(Map<String, Value> start) {
    KeySchema tableKeys = table.keySchema();
    KeySchema indexKeys = definition.keySchema();
    Map<String, KeyAttribute> expected = new LinkedHashMap<>();
    for (KeySchema keys : new KeySchema[] {tableKeys, indexKeys}) {
      expected.put(keys.partition().name(), keys.partition());
      if (keys.sort() != null) {
        expected.put(keys.sort().name(), keys.sort());
      }
    }
    if (!start.keySet().equals(expected.keySet())) {
      throw DynamoException.validation(BAD_START);
    }
    for (KeyAttribute attribute : expected.values()) {
      if (!start.get(attribute.name()).type().equals(attribute.type())) {
        throw DynamoException.validation(BAD_START);
      }
    }
    return new IndexEntryKey(
        new PrimaryKey(start.get(indexKeys.partition().name()),
            indexKeys.sort() == null ? null : start.get(indexKeys.sort().name())),
        new PrimaryKey(start.get(tableKeys.partition().name()),
            tableKeys.sort() == null ? null : start.get(tableKeys.sort().name())));
  }
}
