package dev.hangar.junit.internal.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.junit.internal.template.TableSpec;
import dev.hangar.junit.internal.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Creates a template's tables in a harness with CreateTable (and UpdateTimeToLive for TTL), as
 * CloudFormation does when it deploys the stack. A table that the harness's DynamoDB already holds
 * (a reopened data directory, a fixture seeded once) is used as it is, items included, when it has
 * the template's definition, and refused with the differences when not.
 */
public final class TableProvisioner {
  private TableProvisioner() {}

  /**
   * Creates every table of the template.
   *
   * @param harness the harness, with a DynamoDB service
   * @param template the template
   * @param origin how to name the configuration in messages
   * @return the stream ARN of each table with a stream, by logical id, as DynamoDB reports it
   */
  public static Map<String, String> provision(Harness harness, Template template, String origin) {
    return provision(harness, template, origin, false);
  }

  /**
   * Creates every table of the template; with {@code waitUntilActive} (a real endpoint), creates
   * them all first, then waits until each is ACTIVE before turning on Time to Live, which DynamoDB
   * accepts only for an ACTIVE table.
   *
   * @param harness the harness, with a DynamoDB service
   * @param template the template
   * @param origin how to name the configuration in messages
   * @param waitUntilActive whether tables take time to become ACTIVE
   * @return the stream ARN of each table with a stream, by logical id, as DynamoDB reports it
   */
  public static Map<String, String> provision(
      Harness harness, Template template, String origin, boolean waitUntilActive) {
    Map<String, String> streams = new LinkedHashMap<>();
    for (TableSpec table : template.tables()) {
      try {
        String streamArn = create(harness, template, table, origin, waitUntilActive);
        if (table.streamArn() != null) {
          streams.put(table.logicalId(), streamArn != null ? streamArn : table.streamArn());
        }
      } catch (DynamoWire.Failure e) {
        throw notCreated(template, table, origin, e);
      }
    }
    if (waitUntilActive) {
      for (TableSpec table : template.tables()) {
        try {
          TableStatusWait.untilActive(harness, table.tableName());
          timeToLive(harness, table);
        } catch (DynamoWire.Failure e) {
          throw notCreated(template, table, origin, e);
        }
      }
    }
    return streams;
  }

  /** Creates a table, or takes the one already there; returns its latest stream ARN or null. */
  private static String create(
      Harness harness, Template template, TableSpec table, String origin, boolean waitUntilActive) {
    JsonNode created;
    try {
      created = DynamoWire.call(harness, "CreateTable", createTable(table));
    } catch (DynamoWire.Failure e) {
      if (!waitUntilActive && e.type.equals("ResourceInUseException")) {
        return useExisting(harness, template, table, origin);
      }
      throw e;
    }
    if (!waitUntilActive) {
      timeToLive(harness, table);
    }
    // The fake labels a stream with its clock's time at creation; the template's label is the
    // time the template was loaded, which differs when the clock follows the system clock.
    return created.path("TableDescription").path("LatestStreamArn").asText(null);
  }

  /**
   * A table the DynamoDB service already holds (a reopened data directory): used as it is, items
   * included, when its definition is the template's; otherwise nothing can be trusted, so the
   * differences are reported.
   *
   * @return its latest stream ARN, or null
   */
  private static String useExisting(
      Harness harness, Template template, TableSpec table, String origin) {
    ExistingTable existing = ExistingTable.describe(harness, table);
    List<String> differences = existing.differences();
    if (!differences.isEmpty()) {
      throw new ExtensionConfigurationException(
          origin
              + ": the table "
              + table.tableName()
              + " ("
              + table.logicalId()
              + " of "
              + template.file()
              + ") already exists in "
              + where(harness)
              + " with another definition: "
              + String.join("; ", differences)
              + ". Delete the table (or the directory) so that it is created from the template,"
              + " or make the template match it");
    }
    return existing.streamArn();
  }

  private static String where(Harness harness) {
    try {
      return harness
          .service(FakeDynamo.class)
          .dataDirectory()
          .map(directory -> "the data directory " + directory.toAbsolutePath())
          .orElse("the harness's DynamoDB");
    } catch (IllegalArgumentException e) {
      return "the harness's DynamoDB service";
    }
  }

  private static void timeToLive(Harness harness, TableSpec table) {
    if (table.ttlAttribute() != null) {
      DynamoWire.call(harness, "UpdateTimeToLive", timeToLive(table));
    }
  }

  private static ExtensionConfigurationException notCreated(
      Template template, TableSpec table, String origin, DynamoWire.Failure e) {
    String hint =
        e.type.equals("HangarUnroutableRequest") ? " (the harness has no DynamoDB service)" : "";
    return new ExtensionConfigurationException(
        origin
            + ": the table "
            + table.logicalId()
            + " of "
            + template.file()
            + " could not be created"
            + hint
            + ": "
            + e.getMessage(),
        e);
  }

  /**
   * Deletes the template's tables (and no other), as deleting the stack does; with {@code
   * waitUntilGone}, returns once DynamoDB no longer knows them, so that they can be created again.
   *
   * @param harness the harness, with a DynamoDB service
   * @param template the template
   * @param waitUntilGone whether to wait for the deletions to finish
   */
  public static void dropTemplateTables(Harness harness, Template template, boolean waitUntilGone) {
    for (TableSpec table : template.tables()) {
      try {
        delete(harness, table.tableName());
      } catch (DynamoWire.Failure e) {
        if (!e.type.equals("ResourceNotFoundException")) {
          throw new IllegalStateException(
              "DeleteTable " + table.tableName() + " failed: " + e.getMessage(), e);
        }
      }
    }
    if (waitUntilGone) {
      template.tables().forEach(table -> TableStatusWait.untilGone(harness, table.tableName()));
    }
  }

  /**
   * Deletes every table of the harness, as DeleteTable does (their streams end with them).
   *
   * @param harness the harness, with a DynamoDB service
   */
  public static void dropAll(Harness harness) {
    String start = null;
    do {
      ObjectNode list = DynamoWire.JSON.createObjectNode();
      if (start != null) {
        list.put("ExclusiveStartTableName", start);
      }
      JsonNode page = DynamoWire.call(harness, "ListTables", list);
      for (JsonNode name : page.path("TableNames")) {
        delete(harness, name.asText());
      }
      start = page.path("LastEvaluatedTableName").asText(null);
    } while (start != null);
  }

  /**
   * Deletes a table; one the template protects ({@code DeletionProtectionEnabled}) has its
   * protection lifted first, as a test harness (unlike the code under test) may always reset.
   */
  private static void delete(Harness harness, String tableName) {
    ObjectNode request = DynamoWire.JSON.createObjectNode().put("TableName", tableName);
    try {
      DynamoWire.call(harness, "DeleteTable", request);
    } catch (DynamoWire.Failure e) {
      if (!e.type.equals("ValidationException") || !e.getMessage().contains("deletion protection")) {
        throw e;
      }
      DynamoWire.call(
          harness, "UpdateTable", request.deepCopy().put("DeletionProtectionEnabled", false));
      DynamoWire.call(harness, "DeleteTable", request);
    }
  }

  static ObjectNode createTable(TableSpec table) {
    ObjectNode body = DynamoWire.JSON.createObjectNode();
    body.put("TableName", table.tableName());
    ArrayNode definitions = body.putArray("AttributeDefinitions");
    for (Map.Entry<String, String> attribute : table.attributeTypes().entrySet()) {
      definitions
          .addObject()
          .put("AttributeName", attribute.getKey())
          .put("AttributeType", attribute.getValue());
    }
    keySchema(body.putArray("KeySchema"), table.keySchema());
    body.put("BillingMode", table.billingMode());
    throughput(body, table.throughput());
    if (!table.globalIndexes().isEmpty()) {
      ArrayNode indexes = body.putArray("GlobalSecondaryIndexes");
      table.globalIndexes().forEach(index -> throughput(index(indexes, index), index.throughput()));
    }
    if (!table.localIndexes().isEmpty()) {
      ArrayNode indexes = body.putArray("LocalSecondaryIndexes");
      table.localIndexes().forEach(index -> index(indexes, index));
    }
    if (table.streamViewType() != null) {
      body.putObject("StreamSpecification")
          .put("StreamEnabled", true)
          .put("StreamViewType", table.streamViewType());
    }
    if (table.deletionProtection()) {
      body.put("DeletionProtectionEnabled", true);
    }
    if (!table.tags().isEmpty()) {
      ArrayNode tags = body.putArray("Tags");
      table.tags().forEach((key, value) -> tags.addObject().put("Key", key).put("Value", value));
    }
    return body;
  }

  private static ObjectNode index(ArrayNode indexes, TableSpec.IndexSpec index) {
    ObjectNode node = indexes.addObject().put("IndexName", index.indexName());
    keySchema(node.putArray("KeySchema"), index.keySchema());
    ObjectNode projection = node.putObject("Projection").put("ProjectionType", index.projectionType());
    if (!index.nonKeyAttributes().isEmpty()) {
      ArrayNode names = projection.putArray("NonKeyAttributes");
      index.nonKeyAttributes().forEach(names::add);
    }
    return node;
  }

  private static void keySchema(ArrayNode schema, List<TableSpec.KeyElement> elements) {
    for (TableSpec.KeyElement element : elements) {
      schema
          .addObject()
          .put("AttributeName", element.attributeName())
          .put("KeyType", element.keyType());
    }
  }

  private static void throughput(ObjectNode node, TableSpec.Throughput throughput) {
    if (throughput != null) {
      node.putObject("ProvisionedThroughput")
          .put("ReadCapacityUnits", throughput.readCapacityUnits())
          .put("WriteCapacityUnits", throughput.writeCapacityUnits());
    }
  }

  static ObjectNode timeToLive(TableSpec table) {
    ObjectNode body = DynamoWire.JSON.createObjectNode().put("TableName", table.tableName());
    body.putObject("TimeToLiveSpecification")
        .put("Enabled", true)
        .put("AttributeName", table.ttlAttribute());
    return body;
  }
}
