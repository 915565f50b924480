package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/** The tables of one fake, by name, in name order (as ListTables returns them). */
public final class TableCatalog {
  private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();

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
    return new ArrayList<>(tables.values());
  }

  /** Removes every table. */
  public void clear() {
    tables.clear();
  }
}
