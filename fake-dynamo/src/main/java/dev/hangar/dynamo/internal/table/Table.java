package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.store.ItemStore;
import java.util.Objects;

/**
 * A live table: its definition and its items.
 *
 * @param definition what CreateTable declared
 * @param store the items
 */
public record Table(TableDefinition definition, ItemStore store) {
  /** Checks for null. */
  public Table {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(store, "store");
  }

  /**
   * The table's name.
   *
   * @return the name
   */
  public String name() {
    return definition.name();
  }

  /**
   * The table's primary key.
   *
   * @return the key schema
   */
  public KeySchema keySchema() {
    return definition.keySchema();
  }
}
