package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.store.MemoryStorage;
import dev.hangar.dynamo.internal.store.StorageEngine;
import dev.hangar.dynamo.internal.store.StorageSnapshot;
import dev.hangar.dynamo.internal.store.StoredTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The tables of one fake, by name, in name order (as ListTables returns them). The catalog tells
 * its storage engine of every table added or removed, so that a durable engine keeps the catalog
 * too, and starts with the tables the engine holds already.
 */
public final class TableCatalog {
  private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
  private final StorageEngine storage;
  private final Supplier<Instant> now;
  private final Consumer<Table> opened;

  /** An empty catalog in memory whose tables never have a simulated status change. */
  public TableCatalog() {
    this(new MemoryStorage(), () -> Instant.MAX, table -> { });
  }

  /**
   * A catalog kept by an engine, holding the engine's tables.
   *
   * @param storage the engine
   * @param now the harness clock, which ends simulated status changes
   * @param opened prepares a table whose items were stored before it was opened (the engine's
   *     tables now, a restored snapshot's later): its indexes, for instance
   */
  public TableCatalog(StorageEngine storage, Supplier<Instant> now, Consumer<Table> opened) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.now = Objects.requireNonNull(now, "now");
    this.opened = Objects.requireNonNull(opened, "opened");
    for (StoredTable stored : storage.load()) {
      tables.put(stored.definition().name(), open(stored));
    }
  }

  private Table open(StoredTable stored) {
    Table table = new Table(stored.definition(), stored.store());
    opened.accept(table);
    return table;
  }

  /**
   * Adds a table.
   *
   * @param table the table
   * @throws DynamoException {@code ResourceInUseException} when the name is taken
   */
  public void add(Table table) {
    live(table.name());
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
    Table table = live(name);
    String status = table == null ? null : table.status(now.get());
    if (table == null || status.equals("CREATING") || status.equals("DELETING")) {
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
    Table table = live(name);
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
    return live(name);
  }

  /** The table with a name, forgetting it first if its simulated deletion has completed. */
  private Table live(String name) {
    Table table = tables.get(name);
    if (table != null && table.deletedBy(now.get())) {
      if (tables.remove(name, table)) {
        storage.dropTable(name, table.store());
      }
      return null;
    }
    return table;
  }

  /**
   * Records a table's changed definition (UpdateTable) with the engine, so that a durable engine
   * reopens the table as it is now.
   *
   * @param table a table of this catalog
   */
  public void redefined(Table table) {
    if (tables.get(table.name()) == table) {
      storage.recordTable(table.definition(), table.store());
    }
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
      if (live(name) == null) {
        continue;
      }
      names.add(name);
      if (names.size() > limit) {
        break;
      }
    }
    return names;
  }

  /**
   * Every table, in name order.
   *
   * @return a snapshot of the tables
   */
  public List<Table> all() {
    List<Table> all = new ArrayList<>();
    for (String name : tables.keySet()) {
      Table table = live(name);
      if (table != null) {
        all.add(table);
      }
    }
    return all;
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
   * @return the tables the snapshot replaced or removed, which are no longer in the catalog
   */
  public List<Table> restore(StorageSnapshot snapshot) {
    List<StoredTable> restored = storage.restore(snapshot);
    List<Table> replaced = new ArrayList<>();
    if (snapshot.whole()) {
      replaced.addAll(tables.values());
      tables.clear();
    }
    for (StoredTable stored : restored) {
      Table previous = tables.put(stored.definition().name(), open(stored));
      if (previous != null) {
        replaced.add(previous);
      }
    }
    return replaced;
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
