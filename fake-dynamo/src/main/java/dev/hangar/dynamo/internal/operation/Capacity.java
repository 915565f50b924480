package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangar.dynamo.internal.item.ItemSize;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.Table;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capacity units as DynamoDB computes them: a read unit per 4 KB (rounded up) of a strongly
 * consistent read, half for an eventually consistent one; a write unit per 1 KB (rounded up) of the
 * larger of the old and new item; at least one unit per item touched; twice as much inside a
 * transaction.
 */
final class Capacity {
  static final List<String> MODES = List.of("INDEXES", "TOTAL", "NONE");
  private static final long READ_UNIT = 4096;
  private static final long WRITE_UNIT = 1024;

  private final String mode;
  private final Map<String, Units> byTable = new LinkedHashMap<>();

  /** One table's units: its own, and each secondary index's. */
  private static final class Units {
    double table;
    final Map<String, Double> locals = new LinkedHashMap<>();
    final Map<String, Double> globals = new LinkedHashMap<>();

    double total() {
      double total = table;
      for (double units : locals.values()) {
        total += units;
      }
      for (double units : globals.values()) {
        total += units;
      }
      return total;
    }
  }

  Capacity(String mode) {
    this.mode = mode == null ? "NONE" : mode;
  }

  /** Whether the request asked for consumed capacity. */
  boolean wanted() {
    return !mode.equals("NONE");
  }

  /** Read units for bytes read in one request, each item at least one unit's worth. */
  static double readUnits(long bytes, boolean consistent) {
    long units = Math.max(1, (bytes + READ_UNIT - 1) / READ_UNIT);
    return consistent ? units : units / 2.0;
  }

  /** Write units for one item written, given the larger of its old and new size. */
  static double writeUnits(long bytes) {
    return Math.max(1, (bytes + WRITE_UNIT - 1) / WRITE_UNIT);
  }

  /** Adds units for a table. */
  Capacity add(String table, double units) {
    byTable.computeIfAbsent(table, t -> new Units()).table += units;
    return this;
  }

  /** Adds units for a secondary index of a table. */
  Capacity addIndex(String table, IndexDefinition index, double units) {
    Units entry = byTable.computeIfAbsent(table, t -> new Units());
    (index.global() ? entry.globals : entry.locals).merge(index.name(), units, Double::sum);
    return this;
  }

  /**
   * Adds the write units of one item's change: the table's (the larger of the old and new item)
   * and each secondary index's whose entry the change writes, as DynamoDB charges them: an entry
   * put or removed costs its size, an entry moved to another index key costs both, an entry left
   * unchanged nothing.
   *
   * @param table the table
   * @param before the item before, or null
   * @param after the item after, or null
   * @param factor 2 inside a transaction, else 1
   */
  Capacity addWrite(Table table, StoredItem before, StoredItem after, int factor) {
    long size = Math.max(before == null ? 0 : before.size(), after == null ? 0 : after.size());
    add(table.name(), factor * writeUnits(size));
    for (IndexDefinition index : table.definition().indexes()) {
      double units = indexWriteUnits(table, index, before, after);
      if (units > 0) {
        addIndex(table.name(), index, factor * units);
      }
    }
    return this;
  }

  private static double indexWriteUnits(
      Table table, IndexDefinition index, StoredItem before, StoredItem after) {
    PrimaryKey oldKey = before == null ? null : index.keyOf(before.attributes());
    PrimaryKey newKey = after == null ? null : index.keyOf(after.attributes());
    Map<String, Value> oldEntry = oldKey == null ? null
        : index.project(before.attributes(), table.keySchema());
    Map<String, Value> newEntry = newKey == null ? null
        : index.project(after.attributes(), table.keySchema());
    if (oldEntry == null && newEntry == null) {
      return 0;
    }
    if (oldEntry == null) {
      return writeUnits(ItemSize.of(newEntry));
    }
    if (newEntry == null) {
      return writeUnits(ItemSize.of(oldEntry));
    }
    if (!oldKey.equals(newKey)) {
      return writeUnits(ItemSize.of(oldEntry)) + writeUnits(ItemSize.of(newEntry));
    }
    return oldEntry.equals(newEntry) ? 0
        : writeUnits(Math.max(ItemSize.of(oldEntry), ItemSize.of(newEntry)));
  }

  /** Writes {@code "ConsumedCapacity": {...}} for a single-table operation. */
  void writeSingle(JsonGenerator out) throws IOException {
    if (!wanted() || byTable.isEmpty()) {
      return;
    }
    Map.Entry<String, Units> only = byTable.entrySet().iterator().next();
    out.writeFieldName("ConsumedCapacity");
    writeOne(out, only.getKey(), only.getValue());
  }

  /** Writes {@code "ConsumedCapacity": [...]} for a multi-table operation. */
  void writeList(JsonGenerator out) throws IOException {
    if (!wanted()) {
      return;
    }
    out.writeArrayFieldStart("ConsumedCapacity");
    for (Map.Entry<String, Units> entry : byTable.entrySet()) {
      writeOne(out, entry.getKey(), entry.getValue());
    }
    out.writeEndArray();
  }

  private void writeOne(JsonGenerator out, String table, Units units) throws IOException {
    out.writeStartObject();
    out.writeStringField("TableName", table);
    out.writeNumberField("CapacityUnits", units.total());
    if (mode.equals("INDEXES")) {
      out.writeObjectFieldStart("Table");
      out.writeNumberField("CapacityUnits", units.table);
      out.writeEndObject();
      writeIndexes(out, "LocalSecondaryIndexes", units.locals);
      writeIndexes(out, "GlobalSecondaryIndexes", units.globals);
    }
    out.writeEndObject();
  }

  private static void writeIndexes(JsonGenerator out, String field, Map<String, Double> indexes)
      throws IOException {
    if (indexes.isEmpty()) {
      return;
    }
    out.writeObjectFieldStart(field);
    for (Map.Entry<String, Double> index : indexes.entrySet()) {
      out.writeObjectFieldStart(index.getKey());
      out.writeNumberField("CapacityUnits", index.getValue());
      out.writeEndObject();
    }
    out.writeEndObject();
  }
}
