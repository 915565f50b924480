package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/** The tables of one fake, by name, in name order (as ListTables returns them). */
public final class TableCatalog {
  private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
  private final Supplier<Instant> now;

  /** A catalog whose tables never have a simulated status change. */
  public TableCatalog() {
    this(() -> Instant.MAX);
  }

  /**
   * A catalog that reads the harness clock to end simulated status changes.
   *
   * @param now the harness clock
   */
  public TableCatalog(Supplier<Instant> now) {
    this.now = now;
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
      tables.remove(name, table);
      return null;
    }
    return table;
  }

  /**
   * Removes a table.
   *
   * @param name the name
   * @return the removed table, or null
   */
  public Table remove(String name) {
    return tables.remove(name);
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
  }
}
