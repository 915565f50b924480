package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import java.io.IOException;
import java.util.List;

/**
 * {@code ItemCollectionMetrics} as a write returns it when asked ({@code
 * ReturnItemCollectionMetrics=SIZE}) on a table with local secondary indexes: the collection's
 * partition key and an estimate of its size in GB as a [lower, upper] range.
 */
final class ItemCollectionMetrics {
  static final List<String> MODES = List.of("SIZE", "NONE");
  private static final double GB = 1024.0 * 1024 * 1024;

  private ItemCollectionMetrics() {}

  /** Whether a request's mode asks for metrics and the table has collections to report. */
  static boolean wanted(String mode, Table table) {
    return "SIZE".equals(mode) && !table.definition().localIndexes().isEmpty();
  }

  /** Writes {@code "ItemCollectionMetrics": {...}} for one written item, when wanted. */
  static void writeField(JsonGenerator out, String mode, Table table, PrimaryKey key)
      throws IOException {
    if (!wanted(mode, table)) {
      return;
    }
    out.writeFieldName("ItemCollectionMetrics");
    writeObject(out, table, key);
  }

  /** Writes the metrics object of the collection an item belongs to. */
  static void writeObject(JsonGenerator out, Table table, PrimaryKey key) throws IOException {
    out.writeStartObject();
    out.writeObjectFieldStart("ItemCollectionKey");
    out.writeFieldName(table.keySchema().partition().name());
    AttributeValues.write(out, key.partition());
    out.writeEndObject();
    double lower = Math.floor(Math.max(0, table.itemCollectionBytes(key.partition())) / GB);
    out.writeArrayFieldStart("SizeEstimateRangeGB");
    out.writeNumber(lower);
    out.writeNumber(lower + 1);
    out.writeEndArray();
    out.writeEndObject();
  }
}
