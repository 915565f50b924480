package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.stream.StreamSpecification;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.table.TableDefinition;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CreateTable, DescribeTable, DeleteTable and ListTables: as much as the data plane needs. */
public final class TableOperations {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final List<String> NOT_YET = List.of(
      "GlobalSecondaryIndexes", "LocalSecondaryIndexes", "SSESpecification",
      "Tags", "OnDemandThroughput", "WarmThroughput", "ResourcePolicy");

  private final ServiceState state;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public TableOperations(ServiceState state) {
    this.state = state;
  }

  private record KeyElement(String name, String keyType) {}

  /** CreateTable. */
  public void createTable(ObjectNode request, JsonGenerator out) throws IOException {
    String name = JsonShapes.string(request, "TableName");
    List<KeyElement> keyElements = JsonShapes.list(request, "KeySchema", node -> new KeyElement(
        JsonShapes.string(JsonShapes.asStructure(node), "AttributeName"),
        JsonShapes.string(node, "KeyType")));
    List<KeyAttribute> definitions = JsonShapes.list(request, "AttributeDefinitions", node -> {
      ObjectNode structure = JsonShapes.asStructure(node);
      String attributeName = JsonShapes.string(structure, "AttributeName");
      String type = JsonShapes.string(structure, "AttributeType");
      return new KeyAttribute(
          attributeName == null ? "" : attributeName, type == null ? "" : type);
    });
    String billingMode = JsonShapes.string(request, "BillingMode");
    ObjectNode throughput = JsonShapes.structure(request, "ProvisionedThroughput");
    ParameterCheck check = new ParameterCheck()
        .notNull(definitions, "attributeDefinitions")
        .tableName(name, "tableName")
        .notNull(keyElements, "keySchema")
        .oneOf(billingMode, "billingMode", List.of("PROVISIONED", "PAY_PER_REQUEST"));
    if (keyElements != null) {
      check.length(keyElements, keyElements.size(), "keySchema", 1, 2);
      for (int i = 0; i < keyElements.size(); i++) {
        KeyElement element = keyElements.get(i);
        String at = "keySchema." + (i + 1) + ".member.";
        check.notNull(element.keyType(), at + "keyType")
            .oneOf(element.keyType(), at + "keyType", List.of("HASH", "RANGE"))
            .notNull(element.name(), at + "attributeName");
      }
    }
    if (definitions != null) {
      for (int i = 0; i < definitions.size(); i++) {
        check.oneOf(definitions.get(i).type(), "attributeDefinitions." + (i + 1)
            + ".member.attributeType", List.of("B", "N", "S"));
      }
    }
    check.throwIfAny();
    for (String member : NOT_YET) {
      if (JsonShapes.member(request, member) != null) {
        throw DynamoException.validation(
            "Hangar does not support " + member + " in CreateTable yet");
      }
    }
    KeySchema keySchema = keySchema(keyElements, definitions);
    long[] capacity = capacity(billingMode, throughput);
    StreamSpecification stream = streamSpecification(request);
    TableDefinition definition = new TableDefinition(
        name, keySchema, definitions, billingMode == null ? "PROVISIONED" : billingMode,
        capacity[0], capacity[1], state.context().clock().now(),
        "arn:aws:dynamodb:" + state.context().region() + ":" + state.context().accountId()
            + ":table/" + name,
        state.context().newId());
    Table table = new Table(definition, state.newStore());
    state.catalog().add(table);
    if (stream != null) {
      state.streams().apply(table, stream, true);
    }
    out.writeStartObject();
    out.writeFieldName("TableDescription");
    writeDescription(out, table, "ACTIVE");
    out.writeEndObject();
  }

  private static KeySchema keySchema(List<KeyElement> elements, List<KeyAttribute> definitions) {
    Map<String, KeyAttribute> declared = new LinkedHashMap<>();
    for (KeyAttribute definition : definitions) {
      declared.put(definition.name(), definition);
    }
    List<String> keyNames = new ArrayList<>();
    for (KeyElement element : elements) {
      keyNames.add(element.name());
    }
    if (!declared.keySet().containsAll(keyNames)) {
      throw DynamoException.validation(INVALID
          + "Some index key attributes are not defined in AttributeDefinitions. Keys: " + keyNames
          + ", AttributeDefinitions: " + new ArrayList<>(declared.keySet()));
    }
    if (!elements.get(0).keyType().equals("HASH")) {
      throw DynamoException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (elements.size() == 2) {
      if (elements.get(0).name().equals(elements.get(1).name())) {
        throw DynamoException.validation(
            "Both the Hash Key and the Range Key element in the KeySchema have the same name");
      }
      if (!elements.get(1).keyType().equals("RANGE")) {
        throw DynamoException.validation(
            "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
      }
    }
    if (declared.size() != elements.size() || definitions.size() != declared.size()) {
      throw DynamoException.validation(INVALID
          + "Number of attributes in KeySchema does not exactly match number of attributes defined"
          + " in AttributeDefinitions");
    }
    return new KeySchema(
        declared.get(elements.get(0).name()),
        elements.size() == 2 ? declared.get(elements.get(1).name()) : null);
  }

  private static long[] capacity(String billingMode, ObjectNode throughput) {
    if ("PAY_PER_REQUEST".equals(billingMode)) {
      if (throughput != null) {
        throw DynamoException.validation(INVALID
            + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode"
            + " is PAY_PER_REQUEST");
      }
      return new long[] {0, 0};
    }
    Integer read = throughput == null ? null : JsonShapes.integer(throughput, "ReadCapacityUnits");
    Integer write = throughput == null ? null : JsonShapes.integer(throughput, "WriteCapacityUnits");
    if (read == null || write == null) {
      throw DynamoException.validation(INVALID
          + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is"
          + " PROVISIONED");
    }
    new ParameterCheck()
        .atLeast(read, "provisionedThroughput.readCapacityUnits", 1)
        .atLeast(write, "provisionedThroughput.writeCapacityUnits", 1)
        .throwIfAny();
    return new long[] {read, write};
  }

  /** DescribeTable. */
  public void describeTable(ObjectNode request, JsonGenerator out) throws IOException {
    String name = JsonShapes.string(request, "TableName");
    new ParameterCheck().tableName(name, "tableName").throwIfAny();
    Table table = state.catalog().requireForControl(name);
    out.writeStartObject();
    out.writeFieldName("Table");
    writeDescription(out, table, "ACTIVE");
    out.writeEndObject();
  }

  /** DeleteTable. */
  public void deleteTable(ObjectNode request, JsonGenerator out) throws IOException {
    String name = JsonShapes.string(request, "TableName");
    new ParameterCheck().tableName(name, "tableName").throwIfAny();
    Table table = state.catalog().requireForControl(name);
    state.catalog().remove(name);
    state.streams().tableDeleted(table);
    state.timeToLive().tableDeleted(table);
    out.writeStartObject();
    out.writeFieldName("TableDescription");
    writeDescription(out, table, "DELETING");
    out.writeEndObject();
  }

  /** ListTables. */
  public void listTables(ObjectNode request, JsonGenerator out) throws IOException {
    String start = JsonShapes.string(request, "ExclusiveStartTableName");
    Integer limit = JsonShapes.integer(request, "Limit");
    ParameterCheck check = new ParameterCheck()
        .atLeast(limit, "limit", 1)
        .atMost(limit, "limit", 100);
    if (start != null) {
      check.tableName(start, "exclusiveStartTableName");
    }
    check.throwIfAny();
    int max = limit == null ? 100 : limit;
    List<String> names = state.catalog().names(start, max);
    out.writeStartObject();
    out.writeArrayFieldStart("TableNames");
    for (int i = 0; i < Math.min(max, names.size()); i++) {
      out.writeString(names.get(i));
    }
    out.writeEndArray();
    if (names.size() > max) {
      out.writeStringField("LastEvaluatedTableName", names.get(max - 1));
    }
    out.writeEndObject();
  }

  private static StreamSpecification streamSpecification(ObjectNode request) {
    ObjectNode node = JsonShapes.structure(request, "StreamSpecification");
    return node == null ? null : StreamSpecification.parse(node);
  }

  /** UpdateTable: for now, its {@code StreamSpecification}. */
  public void updateTable(ObjectNode request, JsonGenerator out) throws IOException {
    String name = JsonShapes.string(request, "TableName");
    new ParameterCheck().tableName(name, "tableName").throwIfAny();
    StreamSpecification stream = streamSpecification(request);
    for (String member : List.of("AttributeDefinitions", "BillingMode", "ProvisionedThroughput",
        "GlobalSecondaryIndexUpdates", "SSESpecification", "ReplicaUpdates", "TableClass",
        "DeletionProtectionEnabled", "OnDemandThroughput", "WarmThroughput")) {
      if (JsonShapes.member(request, member) != null) {
        throw DynamoException.validation(
            "Hangar does not support " + member + " in UpdateTable yet");
      }
    }
    Table table = state.catalog().requireForControl(name);
    if (stream == null) {
      throw DynamoException.validation("At least one of ProvisionedThroughput, BillingMode,"
          + " UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or"
          + " ReplicaUpdates is required");
    }
    state.streams().apply(table, stream, false);
    out.writeStartObject();
    out.writeFieldName("TableDescription");
    writeDescription(out, table, "UPDATING");
    out.writeEndObject();
  }

  private void writeDescription(JsonGenerator out, Table table, String status)
      throws IOException {
    TableDefinition definition = table.definition();
    out.writeStartObject();
    out.writeArrayFieldStart("AttributeDefinitions");
    for (KeyAttribute attribute : definition.attributeDefinitions()) {
      out.writeStartObject();
      out.writeStringField("AttributeName", attribute.name());
      out.writeStringField("AttributeType", attribute.type());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeStringField("TableName", definition.name());
    out.writeArrayFieldStart("KeySchema");
    writeKeyElement(out, definition.keySchema().partition().name(), "HASH");
    if (definition.keySchema().sort() != null) {
      writeKeyElement(out, definition.keySchema().sort().name(), "RANGE");
    }
    out.writeEndArray();
    out.writeStringField("TableStatus", status);
    out.writeNumberField("CreationDateTime", definition.created().toEpochMilli() / 1000.0);
    out.writeObjectFieldStart("ProvisionedThroughput");
    out.writeNumberField("NumberOfDecreasesToday", 0);
    out.writeNumberField("ReadCapacityUnits", definition.readCapacityUnits());
    out.writeNumberField("WriteCapacityUnits", definition.writeCapacityUnits());
    out.writeEndObject();
    out.writeNumberField("TableSizeBytes", table.store().sizeBytes());
    out.writeNumberField("ItemCount", table.store().itemCount());
    out.writeStringField("TableArn", definition.arn());
    out.writeStringField("TableId", definition.tableId());
    if (definition.billingMode().equals("PAY_PER_REQUEST")) {
      out.writeObjectFieldStart("BillingModeSummary");
      out.writeStringField("BillingMode", "PAY_PER_REQUEST");
      out.writeNumberField(
          "LastUpdateToPayPerRequestDateTime", definition.created().toEpochMilli() / 1000.0);
      out.writeEndObject();
    }
    state.streams().describe(table, out);
    out.writeBooleanField("DeletionProtectionEnabled", false);
    out.writeEndObject();
  }

  private static void writeKeyElement(JsonGenerator out, String name, String type)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("AttributeName", name);
    out.writeStringField("KeyType", type);
    out.writeEndObject();
  }
}
