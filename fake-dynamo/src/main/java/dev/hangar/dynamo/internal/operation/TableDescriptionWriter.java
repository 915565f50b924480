package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.stream.StreamCatalog;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.table.TableDefinition;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes a {@code TableDescription} as CreateTable, DescribeTable, UpdateTable and DeleteTable
 * return it. One method per part, so a feature that adds a part (streams, TTL) adds one call to
 * {@link #write}.
 */
final class TableDescriptionWriter {
  private TableDescriptionWriter() {}

  /**
   * Writes the description object.
   *
   * @param out the generator, positioned where the object goes
   * @param table the table
   * @param status the {@code TableStatus} to report
   * @param now the harness clock's time, for the indexes' simulated statuses
   * @param streams the tables' streams, for {@code StreamSpecification} and {@code LatestStreamArn}
   */
  static void write(
      JsonGenerator out, Table table, String status, Instant now, StreamCatalog streams)
      throws IOException {
    TableDefinition definition = table.definition();
    out.writeStartObject();
    writeAttributeDefinitions(out, definition);
    out.writeStringField("TableName", definition.name());
    out.writeFieldName("KeySchema");
    writeKeySchema(out, definition.keySchema());
    out.writeStringField("TableStatus", status);
    out.writeNumberField("CreationDateTime", epochSeconds(definition.created()));
    writeThroughput(out, definition.readCapacityUnits(), definition.writeCapacityUnits());
    out.writeNumberField("TableSizeBytes", table.store().sizeBytes());
    out.writeNumberField("ItemCount", table.store().itemCount());
    out.writeStringField("TableArn", definition.arn());
    out.writeStringField("TableId", definition.tableId());
    writeBillingMode(out, definition);
    writeLocalIndexes(out, table);
    writeGlobalIndexes(out, table, now);
    streams.describe(table, out);
    out.writeBooleanField("DeletionProtectionEnabled", definition.deletionProtection());
    out.writeEndObject();
  }

  private static void writeAttributeDefinitions(JsonGenerator out, TableDefinition definition)
      throws IOException {
    out.writeArrayFieldStart("AttributeDefinitions");
    for (KeyAttribute attribute : definition.attributeDefinitions()) {
      out.writeStartObject();
      out.writeStringField("AttributeName", attribute.name());
      out.writeStringField("AttributeType", attribute.type());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeKeySchema(JsonGenerator out, KeySchema keys) throws IOException {
    out.writeStartArray();
    writeKeyElement(out, keys.partition().name(), "HASH");
    if (keys.sort() != null) {
      writeKeyElement(out, keys.sort().name(), "RANGE");
    }
    out.writeEndArray();
  }

  private static void writeKeyElement(JsonGenerator out, String name, String type)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("AttributeName", name);
    out.writeStringField("KeyType", type);
    out.writeEndObject();
  }

  private static void writeThroughput(JsonGenerator out, long read, long write)
      throws IOException {
    out.writeObjectFieldStart("ProvisionedThroughput");
    out.writeNumberField("NumberOfDecreasesToday", 0);
    out.writeNumberField("ReadCapacityUnits", read);
    out.writeNumberField("WriteCapacityUnits", write);
    out.writeEndObject();
  }

  private static void writeBillingMode(JsonGenerator out, TableDefinition definition)
      throws IOException {
    if (definition.billingMode().equals("PAY_PER_REQUEST")) {
      out.writeObjectFieldStart("BillingModeSummary");
      out.writeStringField("BillingMode", "PAY_PER_REQUEST");
      out.writeNumberField("LastUpdateToPayPerRequestDateTime", epochSeconds(definition.created()));
      out.writeEndObject();
    }
  }

  private static void writeLocalIndexes(JsonGenerator out, Table table) throws IOException {
    if (table.definition().localIndexes().isEmpty()) {
      return;
    }
    out.writeArrayFieldStart("LocalSecondaryIndexes");
    for (IndexDefinition index : table.definition().localIndexes()) {
      out.writeStartObject();
      writeIndexCommon(out, table, index);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeGlobalIndexes(JsonGenerator out, Table table, Instant now)
      throws IOException {
    if (table.definition().globalIndexes().isEmpty()) {
      return;
    }
    out.writeArrayFieldStart("GlobalSecondaryIndexes");
    for (IndexDefinition index : table.definition().globalIndexes()) {
      out.writeStartObject();
      writeIndexCommon(out, table, index);
      String indexStatus = table.indexStatus(index, now);
      out.writeStringField("IndexStatus", indexStatus);
      if (indexStatus.equals("CREATING")) {
        // A simulated creation is reported as DynamoDB reports most of one: filling from the table.
        out.writeBooleanField("Backfilling", true);
      }
      writeThroughput(out, index.readCapacityUnits(), index.writeCapacityUnits());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeIndexCommon(JsonGenerator out, Table table, IndexDefinition index)
      throws IOException {
    out.writeStringField("IndexName", index.name());
    out.writeFieldName("KeySchema");
    writeKeySchema(out, index.keySchema());
    out.writeObjectFieldStart("Projection");
    out.writeStringField("ProjectionType", index.projectionType());
    if (!index.nonKeyAttributes().isEmpty()) {
      out.writeArrayFieldStart("NonKeyAttributes");
      for (String attribute : index.nonKeyAttributes()) {
        out.writeString(attribute);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
    IndexStore store = table.indexStore(index.name());
    out.writeNumberField("IndexSizeBytes", store == null ? 0 : store.sizeBytes());
    out.writeNumberField("ItemCount", store == null ? 0 : store.itemCount());
    out.writeStringField("IndexArn", index.arn());
  }

  static double epochSeconds(Instant instant) {
    return instant.toEpochMilli() / 1000.0;
  }
}
