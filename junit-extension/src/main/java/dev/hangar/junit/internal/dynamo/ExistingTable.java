package dev.hangar.junit.internal.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.Harness;
import dev.hangar.junit.internal.template.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A template table that the harness's DynamoDB already holds, as in a reopened data directory: it
 * is used as it is when it has the template's definition, and its differences are listed when not.
 * Compared: the key schema and key attribute types, the secondary indexes (keys and projection),
 * the stream view type and Time to Live. Not compared, because they do not change what a test
 * observes of items: billing mode, throughput and tags.
 */
final class ExistingTable {
  private final Harness harness;
  private final TableSpec spec;
  private final JsonNode described;

  private ExistingTable(Harness harness, TableSpec spec, JsonNode described) {
    this.harness = harness;
    this.spec = spec;
    this.described = described;
  }

  /** Reads the table as DynamoDB describes it. */
  static ExistingTable describe(Harness harness, TableSpec spec) {
    JsonNode table =
        DynamoWire.call(harness, "DescribeTable", request(spec)).path("Table");
    return new ExistingTable(harness, spec, table);
  }

  private static ObjectNode request(TableSpec spec) {
    return DynamoWire.JSON.createObjectNode().put("TableName", spec.tableName());
  }

  /** The table's latest stream ARN, or null. */
  String streamArn() {
    return described.path("LatestStreamArn").asText(null);
  }

  /** How the existing table differs from the template's, one line each; empty when it does not. */
  List<String> differences() {
    ObjectNode expected = TableProvisioner.createTable(spec);
    List<String> found = new ArrayList<>();
    compare(found, "KeySchema", expected.path("KeySchema"), described.path("KeySchema"));
    compare(found, "key attribute types", types(expected), types(described));
    compare(found, "GlobalSecondaryIndexes", indexes(expected.path("GlobalSecondaryIndexes")),
        indexes(described.path("GlobalSecondaryIndexes")));
    compare(found, "LocalSecondaryIndexes", indexes(expected.path("LocalSecondaryIndexes")),
        indexes(described.path("LocalSecondaryIndexes")));
    compare(found, "StreamViewType", String.valueOf(spec.streamViewType()), streamViewType());
    compare(found, "TimeToLive attribute", String.valueOf(spec.ttlAttribute()), ttlAttribute());
    return found;
  }

  private static void compare(List<String> found, String what, Object template, Object existing) {
    if (!template.equals(existing)) {
      found.add(what + ": the template declares " + template + ", the table has " + existing);
    }
  }

  /** Only the key attributes: DynamoDB describes no other, whatever the template declared. */
  private Map<String, String> types(JsonNode table) {
    Map<String, String> types = new TreeMap<>();
    List<String> keys = new ArrayList<>();
    spec.keySchema().forEach(k -> keys.add(k.attributeName()));
    spec.globalIndexes().forEach(i -> i.keySchema().forEach(k -> keys.add(k.attributeName())));
    spec.localIndexes().forEach(i -> i.keySchema().forEach(k -> keys.add(k.attributeName())));
    for (JsonNode definition : table.path("AttributeDefinitions")) {
      String name = definition.path("AttributeName").asText();
      if (keys.contains(name)) {
        types.put(name, definition.path("AttributeType").asText());
      }
    }
    return types;
  }

  private static Map<String, String> indexes(JsonNode indexes) {
    Map<String, String> byName = new TreeMap<>();
    for (JsonNode index : indexes) {
      List<String> nonKey = new ArrayList<>();
      index.path("Projection").path("NonKeyAttributes").forEach(n -> nonKey.add(n.asText()));
      nonKey.sort(null);
      byName.put(
          index.path("IndexName").asText(),
          "keys " + index.path("KeySchema") + ", projection "
              + index.path("Projection").path("ProjectionType").asText()
              + (nonKey.isEmpty() ? "" : " " + nonKey));
    }
    return byName;
  }

  private String streamViewType() {
    JsonNode stream = described.path("StreamSpecification");
    return stream.path("StreamEnabled").asBoolean(false)
        ? stream.path("StreamViewType").asText()
        : "null";
  }

  private String ttlAttribute() {
    JsonNode ttl =
        DynamoWire.call(harness, "DescribeTimeToLive", request(spec)).path("TimeToLiveDescription");
    String status = ttl.path("TimeToLiveStatus").asText();
    return status.equals("ENABLED") || status.equals("ENABLING")
        ? ttl.path("AttributeName").asText()
        : "null";
  }
}
