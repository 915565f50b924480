package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.table.TableDefinition;
import java.util.Objects;

/**
 * A table as an engine keeps it: its definition and its items.
 *
 * @param definition the definition
 * @param store the items
 */
public record StoredTable(TableDefinition definition, ItemStore store) {
  /** Checks for null. */
  public StoredTable {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(store, "store");
  }
}
