package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secondary indexes of a CreateTable (or the {@code Create} of an UpdateTable) request: parsed,
 * then checked with DynamoDB's rules and messages, in DynamoDB's order.
 */
final class IndexDeclarations {
  static final int MAX_LSI = 5;
  static final int MAX_GSI = 20;
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
  private static final List<String> PROJECTION_TYPES = List.of("ALL", "INCLUDE", "KEYS_ONLY");

  private IndexDeclarations() {}

  /** One index as the request declares it. */
  record Declared(String name, List<KeyElement> keys, ObjectNode projection, String projectionType,
      List<String> nonKeyAttributes, ObjectNode throughput) {}

  /** Reads an index list member, or null when absent. */
  static List<Declared> read(ObjectNode request, String member) {
    return JsonShapes.list(request, member, IndexDeclarations::readOne);
  }

  static Declared readOne(JsonNode node) {
    ObjectNode index = JsonShapes.asStructure(node);
    ObjectNode projection = JsonShapes.structure(index, "Projection");
    return new Declared(
        JsonShapes.string(index, "IndexName"),
        JsonShapes.list(index, "KeySchema", KeyElement::read),
        projection,
        projection == null ? null : JsonShapes.string(projection, "ProjectionType"),
        projection == null ? null : JsonShapes.list(projection, "NonKeyAttributes",
            JsonShapes::asString),
        JsonShapes.structure(index, "ProvisionedThroughput"));
  }

  /** Model validation of an index list (names, key schema shapes, projection enum). */
  static void checkShapes(List<Declared> indexes, String member, ParameterCheck check) {
    if (indexes == null) {
      return;
    }
    for (int i = 0; i < indexes.size(); i++) {
      Declared index = indexes.get(i);
      String at = member + "." + (i + 1) + ".member.";
      if (index.name() == null) {
        check.notNull(null, at + "indexName");
      } else {
        check.length(index.name(), index.name().length(), at + "indexName", 3, 255);
        if (!NAME.matcher(index.name()).matches()) {
          check.add(index.name(), at + "indexName",
              "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
      }
      KeyElement.check(index.keys(), at + "keySchema", check);
      check.notNull(index.projection(), at + "projection");
      check.oneOf(index.projectionType(), at + "projection.projectionType", PROJECTION_TYPES);
      if (index.nonKeyAttributes() != null) {
        check.length(index.nonKeyAttributes(), index.nonKeyAttributes().size(),
            at + "projection.nonKeyAttributes", 1, 20);
      }
      if (index.throughput() != null) {
        Integer read = JsonShapes.integer(index.throughput(), "ReadCapacityUnits");
        Integer write = JsonShapes.integer(index.throughput(), "WriteCapacityUnits");
        check.notNull(write, at + "provisionedThroughput.writeCapacityUnits")
            .atLeast(write, at + "provisionedThroughput.writeCapacityUnits", 1)
            .notNull(read, at + "provisionedThroughput.readCapacityUnits")
            .atLeast(read, at + "provisionedThroughput.readCapacityUnits", 1);
      }
    }
  }

  /**
   * Checks and builds the local secondary indexes.
   *
   * @param indexes the declared indexes, or null
   * @param table the table's key
   * @param declared attribute definitions by name
   * @param names index names seen so far, for duplicates
   * @param tableArn the table ARN
   * @return the indexes
   */
  static List<IndexDefinition> locals(List<Declared> indexes, KeySchema table,
      Map<String, KeyAttribute> declared, Set<String> names, String tableArn) {
    if (indexes == null) {
      return List.of();
    }
    if (indexes.isEmpty()) {
      throw DynamoException.validation(INVALID + "List of LocalSecondaryIndexes is empty");
    }
    if (table.sort() == null) {
      throw DynamoException.validation(INVALID + "Table KeySchema does not have a range key, which"
          + " is required when specifying a LocalSecondaryIndex");
    }
    List<IndexDefinition> built = new ArrayList<>();
    for (Declared index : indexes) {
      KeySchema keys = keySchema(index, declared);
      if (index.keys().size() != 2) {
        throw DynamoException.validation(INVALID
            + "Index KeySchema does not have a range key for index: " + index.name());
      }
      if (!keys.partition().name().equals(table.partition().name())) {
        throw DynamoException.validation(INVALID
            + "Index KeySchema does not have the same leading hash key as table KeySchema for"
            + " index: " + index.name() + ". index hash key: " + keys.partition().name()
            + ", table hash key: " + table.partition().name());
      }
      List<String> nonKey = projection(index);
      if (!names.add(index.name())) {
        throw DynamoException.validation(INVALID + "Duplicate index name: " + index.name());
      }
      built.add(new IndexDefinition(index.name(), false, keys, index.projectionType(), nonKey,
          "ACTIVE", false, 0, 0, tableArn + "/index/" + index.name()));
    }
    if (indexes.size() > MAX_LSI) {
      throw DynamoException.validation(INVALID
          + "Number of LocalSecondaryIndexes exceeds per-table limit of " + MAX_LSI);
    }
    return built;
  }

  /**
   * Checks and builds global secondary indexes.
   *
   * @param indexes the declared indexes, or null
   * @param declared attribute definitions by name
   * @param names index names seen so far, for duplicates
   * @param billingMode the table's billing mode
   * @param tableArn the table ARN
   * @param status the status a new index starts with
   * @return the indexes
   */
  static List<IndexDefinition> globals(List<Declared> indexes, Map<String, KeyAttribute> declared,
      Set<String> names, String billingMode, String tableArn, String status) {
    if (indexes == null) {
      return List.of();
    }
    if (indexes.isEmpty()) {
      throw DynamoException.validation(INVALID + "List of GlobalSecondaryIndexes is empty");
    }
    List<IndexDefinition> built = new ArrayList<>();
    for (Declared index : indexes) {
      KeySchema keys = keySchema(index, declared);
      List<String> nonKey = projection(index);
      long[] capacity = throughput(index, billingMode);
      if (!names.add(index.name())) {
        throw DynamoException.validation(INVALID + "Duplicate index name: " + index.name());
      }
      built.add(new IndexDefinition(index.name(), true, keys, index.projectionType(), nonKey,
          status, false, capacity[0], capacity[1], tableArn + "/index/" + index.name()));
    }
    if (indexes.size() > MAX_GSI) {
      throw DynamoException.validation(INVALID
          + "GlobalSecondaryIndex count exceeds the per-table limit of " + MAX_GSI);
    }
    return built;
  }

  private static KeySchema keySchema(Declared index, Map<String, KeyAttribute> declared) {
    TableKeys.checkDefined(index.keys(), declared);
    return TableKeys.schema(index.keys(), declared);
  }

  private static List<String> projection(Declared index) {
    String type = index.projectionType();
    if (type == null) {
      throw DynamoException.validation(INVALID + "Unknown ProjectionType: null");
    }
    List<String> nonKey = index.nonKeyAttributes();
    if (nonKey != null && !type.equals("INCLUDE")) {
      throw DynamoException.validation(INVALID + "ProjectionType is " + type
          + ", but NonKeyAttributes is specified");
    }
    if (nonKey == null && type.equals("INCLUDE")) {
      throw DynamoException.validation(INVALID
          + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
    }
    if (nonKey == null) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    for (String attribute : nonKey) {
      if (!seen.add(attribute)) {
        throw DynamoException.validation(INVALID + "Duplicate element in NonKeyAttributes: "
            + attribute);
      }
    }
    return nonKey;
  }

  private static long[] throughput(Declared index, String billingMode) {
    ObjectNode throughput = index.throughput();
    if (billingMode.equals("PAY_PER_REQUEST")) {
      if (throughput != null) {
        throw DynamoException.validation(INVALID + "ProvisionedThroughput should not be specified"
            + " for index: " + index.name() + " when BillingMode is PAY_PER_REQUEST");
      }
      return new long[] {0, 0};
    }
    if (throughput == null) {
      throw DynamoException.validation(INVALID + "ProvisionedThroughput is not specified for"
          + " index: " + index.name());
    }
    Integer read = JsonShapes.integer(throughput, "ReadCapacityUnits");
    Integer write = JsonShapes.integer(throughput, "WriteCapacityUnits");
    if (read == null || write == null) {
      throw DynamoException.validation(INVALID + "Both ReadCapacityUnits and WriteCapacityUnits"
          + " must be specified for index: " + index.name());
    }
    return new long[] {read, write};
  }
}
