package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.store.MemoryStorage;
import dev.hangar.dynamo.internal.store.StorageEngine;
import dev.hangar.dynamo.internal.store.StorageSnapshot;
import dev.hangar.dynamo.internal.store.StoredTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The tables of one fake, by name, in name order (as ListTables returns them). The catalog tells
 * its storage engine of every table added or removed, so that a durable engine keeps the catalog
 * too, and starts with the tables the engine holds already.
 */
public final class TableCatalog {
  private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
  private final StorageEngine storage;

  /** An empty catalog in memory. */
  public TableCatalog() {
    this(new MemoryStorage());
  }

  /**
   * A catalog kept by an engine, holding the engine's tables.
   *
   * @param storage the engine
   */
  public TableCatalog(StorageEngine storage) {
    this.storage = Objects.requireNonNull(storage, "storage");
    for (StoredTable stored : storage.load()) {
      tables.put(stored.definition().name(), new Table(stored.definition(), stored.store()));
    }
  }

  /**
   * Adds a table.
   *
   * @param table the table
   * @throws DynamoException {@code ResourceInUseException} when the name is taken
   */
  public void add(Table table) {
    if (tables.putIfAbsent(table.name(), table) != null) {
      throw new DynamoException(
          DynamoException.DYNAMODB + "ResourceInUseException", 400,
          "Table already exists: " + table.name());
    }
    try {
      storage.recordTable(table.definition(), table.store());
    } catch (RuntimeException e) {
      tables.remove(table.name(), table);
      throw e;
    }
  }

  /**
   * The table a data-plane request names.
   *
   * @param name the table name
   * @return the table
   * @throws DynamoException "Requested resource not found" when there is none
   */
  public Table require(String name) {
    Table table = tables.get(name);
    if (table == null) {
      throw DynamoException.resourceNotFound();
    }
    return table;
  }

  /**
   * The table a control-plane request names.
   *
   * @param name the table name
   * @return the table
   * @throws DynamoException "Requested resource not found: Table: NAME not found"
   */
  public Table requireForControl(String name) {
    Table table = tables.get(name);
    if (table == null) {
      throw new DynamoException(
          DynamoException.DYNAMODB + "ResourceNotFoundException", 400,
          "Requested resource not found: Table: " + name + " not found");
    }
    return table;
  }

  /**
   * The table with a name, if any.
   *
   * @param name the name
   * @return the table or null
   */
  public Table find(String name) {
    return tables.get(name);
  }

  /**
   * Removes a table.
   *
   * @param name the name
   * @return the removed table, or null
   */
  public Table remove(String name) {
    Table removed = tables.remove(name);
    if (removed != null) {
      storage.dropTable(name, removed.store());
    }
    return removed;
  }

  /**
   * Table names after a name, in order.
   *
   * @param exclusiveStart the name to start after, or null
   * @param limit the most names to return
   * @return the names; one more than the limit when more remain
   */
  public List<String> names(String exclusiveStart, int limit) {
    var view = exclusiveStart == null ? tables : tables.tailMap(exclusiveStart, false);
    List<String> names = new ArrayList<>();
    for (String name : view.keySet()) {
      names.add(name);
      if (names.size() > limit) {
        break;
      }
    }
    return names;
  }

  /** Removes every table. */
  public void clear() {
    tables.clear();
    storage.dropAll();
  }

  /**
   * A consistent copy of every table, or of one.
   *
   * @param table the table's name, or null for every table
   * @return the snapshot
   * @throws IllegalArgumentException when there is no table of that name
   */
  public StorageSnapshot snapshot(String table) {
    List<StoredTable> chosen = new ArrayList<>();
    if (table == null) {
      tables.values().forEach(t -> chosen.add(new StoredTable(t.definition(), t.store())));
    } else {
      Table found = tables.get(table);
      if (found == null) {
        throw new IllegalArgumentException("There is no table '" + table + "' to snapshot; the"
            + " tables are " + tables.keySet());
      }
      chosen.add(new StoredTable(found.definition(), found.store()));
    }
    return storage.snapshot(chosen, table == null);
  }

  /**
   * Brings back a snapshot: for a snapshot of every table, exactly its tables; for one of a table,
   * that table (created again if it was deleted), leaving the others.
   *
   * @param snapshot a snapshot of this catalog
   */
  public void restore(StorageSnapshot snapshot) {
    List<StoredTable> restored = storage.restore(snapshot);
    if (snapshot.whole()) {
      tables.clear();
    }
    for (StoredTable stored : restored) {
      tables.put(stored.definition().name(), new Table(stored.definition(), stored.store()));
    }
  }

  /**
   * The engine that keeps the tables.
   *
   * @return the engine
   */
  public StorageEngine storage() {
    return storage;
  }
}
