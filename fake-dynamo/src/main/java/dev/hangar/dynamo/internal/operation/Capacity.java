package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
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
  private final Map<String, Double> byTable = new LinkedHashMap<>();

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
    byTable.merge(table, units, Double::sum);
    return this;
  }

  /** Writes {@code "ConsumedCapacity": {...}} for a single-table operation. */
  void writeSingle(JsonGenerator out) throws IOException {
    if (!wanted() || byTable.isEmpty()) {
      return;
    }
    Map.Entry<String, Double> only = byTable.entrySet().iterator().next();
    out.writeFieldName("ConsumedCapacity");
    writeOne(out, only.getKey(), only.getValue());
  }

  /** Writes {@code "ConsumedCapacity": [...]} for a multi-table operation. */
  void writeList(JsonGenerator out) throws IOException {
    if (!wanted()) {
      return;
    }
    out.writeArrayFieldStart("ConsumedCapacity");
    for (Map.Entry<String, Double> entry : byTable.entrySet()) {
      writeOne(out, entry.getKey(), entry.getValue());
    }
    out.writeEndArray();
  }

  private void writeOne(JsonGenerator out, String table, double units) throws IOException {
    out.writeStartObject();
    out.writeStringField("TableName", table);
    out.writeNumberField("CapacityUnits", units);
    if (mode.equals("INDEXES")) {
      out.writeObjectFieldStart("Table");
      out.writeNumberField("CapacityUnits", units);
      out.writeEndObject();
    }
    out.writeEndObject();
  }
}
