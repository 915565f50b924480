package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.index.SecondaryIndexes;
import dev.hangar.dynamo.internal.stream.StreamSpecification;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.table.TableDefinition;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One UpdateTable request: billing mode and throughput, global secondary index creates, updates
 * and deletes, deletion protection. Every check runs before anything changes, so a rejected
 * request leaves the table as it was.
 */
final class TableUpdate {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final List<String> NOT_YET = List.of("SSESpecification",
      "ReplicaUpdates", "TableClass", "OnDemandThroughput", "WarmThroughput",
      "MultiRegionConsistency", "GlobalTableWitnessUpdates");

  private record IndexAction(String kind, String name, ObjectNode body) {}

  private final String tableName;
  private final List<KeyAttribute> definitions;
  private final String billingMode;
  private final ObjectNode throughput;
  private final List<IndexAction> indexActions;
  private final Boolean protection;
  private final StreamSpecification stream;

  private TableUpdate(String tableName, List<KeyAttribute> definitions, String billingMode,
      ObjectNode throughput, List<IndexAction> indexActions, Boolean protection,
      StreamSpecification stream) {
    this.tableName = tableName;
    this.definitions = definitions;
    this.billingMode = billingMode;
    this.throughput = throughput;
    this.indexActions = indexActions;
    this.protection = protection;
    this.stream = stream;
  }

  /** The request's {@code StreamSpecification}, or null. */
  StreamSpecification stream() {
    return stream;
  }

  String tableName() {
    return tableName;
  }

  /** Parses and model-validates the request. */
  static TableUpdate read(ObjectNode request) {
    String name = JsonShapes.string(request, "TableName");
    String billingMode = JsonShapes.string(request, "BillingMode");
    ObjectNode throughput = JsonShapes.structure(request, "ProvisionedThroughput");
    List<KeyAttribute> definitions = JsonShapes.list(request, "AttributeDefinitions", node -> {
      ObjectNode structure = JsonShapes.asStructure(node);
      String attributeName = JsonShapes.string(structure, "AttributeName");
      String type = JsonShapes.string(structure, "AttributeType");
      return new KeyAttribute(attributeName == null ? "" : attributeName, type == null ? "" : type);
    });
    List<IndexAction> actions = JsonShapes.list(request, "GlobalSecondaryIndexUpdates",
        node -> indexAction(JsonShapes.asStructure(node)));
    Boolean protection = JsonShapes.bool(request, "DeletionProtectionEnabled");
    ParameterCheck check = new ParameterCheck().tableName(name, "tableName")
        .oneOf(billingMode, "billingMode", List.of("PROVISIONED", "PAY_PER_REQUEST"));
    if (throughput != null) {
      Integer read = JsonShapes.integer(throughput, "ReadCapacityUnits");
      Integer write = JsonShapes.integer(throughput, "WriteCapacityUnits");
      check.notNull(write, "provisionedThroughput.writeCapacityUnits")
          .atLeast(write, "provisionedThroughput.writeCapacityUnits", 1)
          .notNull(read, "provisionedThroughput.readCapacityUnits")
          .atLeast(read, "provisionedThroughput.readCapacityUnits", 1);
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
            "Hangar does not support " + member + " in UpdateTable yet");
      }
    }
    ObjectNode streamMember = JsonShapes.structure(request, "StreamSpecification");
    StreamSpecification stream =
        streamMember == null ? null : StreamSpecification.parse(streamMember);
    if (billingMode == null && throughput == null && actions == null && protection == null
        && stream == null) {
      throw DynamoException.validation("At least one of ProvisionedThroughput, BillingMode,"
          + " UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or"
          + " ReplicaUpdates is required");
    }
    return new TableUpdate(
        name, definitions, billingMode, throughput, actions, protection, stream);
  }

  private static IndexAction indexAction(ObjectNode update) {
    List<IndexAction> found = new ArrayList<>();
    for (String kind : List.of("Create", "Update", "Delete")) {
      ObjectNode body = JsonShapes.structure(update, kind);
      if (body != null) {
        found.add(new IndexAction(kind, JsonShapes.string(body, "IndexName"), body));
      }
    }
    if (found.isEmpty()) {
      throw DynamoException.validation(INVALID + "One of GlobalSecondaryIndexUpdate.Update,"
          + " GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be"
          + " null");
    }
    if (found.size() > 1) {
      throw DynamoException.validation(INVALID + "Only one global secondary index action is"
          + " allowed per GlobalSecondaryIndexUpdate object");
    }
    return found.get(0);
  }

  /**
   * Checks the update against the table, then applies it. The caller holds the table's monitor.
   */
  void apply(Table table, ServiceState state) {
    TableDefinition current = table.definition();
    String mode = billingMode == null ? current.billingMode() : billingMode;
    long[] capacity = capacity(current, mode);
    List<IndexDefinition> creates = new ArrayList<>();
    List<String> deletes = new ArrayList<>();
    Map<String, long[]> indexThroughput = new LinkedHashMap<>();
    List<KeyAttribute> newDefinitions = mergedDefinitions(current);
    if (indexActions != null) {
      checkIndexActions(current, mode, newDefinitions, creates, deletes, indexThroughput);
    }
    checkIndexThroughput(current, mode, deletes, indexThroughput);
    TableDefinition changed = current.withBilling(mode, capacity[0], capacity[1]);
    if (protection != null) {
      changed = changed.withDeletionProtection(protection);
    }
    List<IndexDefinition> globals = new ArrayList<>();
    for (IndexDefinition index : changed.globalIndexes()) {
      long[] units = indexThroughput.get(index.name());
      if (units != null) {
        index = index.withThroughput(units[0], units[1]);
      } else if (mode.equals("PAY_PER_REQUEST")) {
        index = index.withThroughput(0, 0);
      }
      globals.add(index);
    }
    table.redefine(changed.withGlobalIndexes(changed.attributeDefinitions(), globals));
    for (String name : deletes) {
      SecondaryIndexes.removeGlobal(table, name);
    }
    for (IndexDefinition index : creates) {
      List<KeyAttribute> used = usedDefinitions(table.definition(), index, newDefinitions);
      SecondaryIndexes.addGlobal(table, index, used, state.indexStores(), state::underItemLock);
    }
  }

  private long[] capacity(TableDefinition current, String mode) {
    if (mode.equals("PAY_PER_REQUEST")) {
      if (throughput != null) {
        throw DynamoException.validation(billingMode == null
            ? INVALID + "ProvisionedThroughput cannot be specified when BillingMode is"
                + " PAY_PER_REQUEST"
            : INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when"
                + " BillingMode is PAY_PER_REQUEST");
      }
      return new long[] {0, 0};
    }
    if (throughput == null) {
      if (current.billingMode().equals("PAY_PER_REQUEST")) {
        throw DynamoException.validation(INVALID
            + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
      }
      return new long[] {current.readCapacityUnits(), current.writeCapacityUnits()};
    }
    long read = JsonShapes.integer(throughput, "ReadCapacityUnits");
    long write = JsonShapes.integer(throughput, "WriteCapacityUnits");
    if (read == current.readCapacityUnits() && write == current.writeCapacityUnits()
        && current.billingMode().equals("PROVISIONED") && indexActions == null) {
      throw DynamoException.validation("The provisioned throughput for the table will not change."
          + " The requested value equals the current value. Current ReadCapacityUnits provisioned"
          + " for the table: " + read + ". Requested ReadCapacityUnits: " + read + ". Current"
          + " WriteCapacityUnits provisioned for the table: " + write + ". Requested"
          + " WriteCapacityUnits: " + write + ". Refer to the Amazon DynamoDB Developer Guide for"
          + " current limits and how to request higher limits.");
    }
    return new long[] {read, write};
  }

  private List<KeyAttribute> mergedDefinitions(TableDefinition current) {
    Map<String, KeyAttribute> merged = new LinkedHashMap<>();
    current.attributeDefinitions().forEach(a -> merged.put(a.name(), a));
    if (definitions != null) {
      definitions.forEach(a -> merged.put(a.name(), a));
    }
    return new ArrayList<>(merged.values());
  }

  private void checkIndexActions(TableDefinition current, String mode,
      List<KeyAttribute> merged, List<IndexDefinition> creates, List<String> deletes,
      Map<String, long[]> indexThroughput) {
    if (indexActions.isEmpty()) {
      throw DynamoException.validation(INVALID + "List of GlobalSecondaryIndexUpdates is empty");
    }
    Set<String> touched = new HashSet<>();
    int onlineChanges = 0;
    for (IndexAction action : indexActions) {
      if (action.name() == null) {
        throw DynamoException.validation("1 validation error detected: Value null at"
            + " 'globalSecondaryIndexUpdates.1.member." + action.kind().toLowerCase()
            + ".indexName' failed to satisfy constraint: Member must not be null");
      }
      if (!touched.add(action.name())) {
        throw DynamoException.validation(INVALID + "Only one global secondary index update per"
            + " index is allowed simultaneously. Index: " + action.name());
      }
      IndexDefinition existing = current.index(action.name());
      switch (action.kind()) {
        case "Create" -> {
          onlineChanges++;
          if (existing != null) {
            throw DynamoException.validation("Attempting to create an index which already exists");
          }
          creates.add(create(current, mode, merged, action));
        }
        case "Delete" -> {
          onlineChanges++;
          requireGlobal(current, existing, action, "delete");
          deletes.add(action.name());
        }
        default -> {
          requireGlobal(current, existing, action, "update");
          indexThroughput.put(action.name(), indexUpdateThroughput(action, mode));
        }
      }
    }
    if (onlineChanges > 1) {
      throw new DynamoException(DynamoException.DYNAMODB + "LimitExceededException", 400,
          "Subscriber limit exceeded: Only 1 online index can be created or deleted"
              + " simultaneously per table");
    }
    if (current.globalIndexes().size() + creates.size() > IndexDeclarations.MAX_GSI) {
      throw new DynamoException(DynamoException.DYNAMODB + "LimitExceededException", 400,
          "GlobalSecondaryIndex count exceeds the per-table limit of " + IndexDeclarations.MAX_GSI);
    }
  }

  private static void requireGlobal(
      TableDefinition current, IndexDefinition existing, IndexAction action, String verb) {
    if (existing == null) {
      throw new DynamoException(DynamoException.DYNAMODB + "ResourceNotFoundException", 400,
          "Requested resource not found: Index " + action.name() + " for table "
              + current.name());
    }
    if (!existing.global()) {
      throw DynamoException.validation("Cannot " + verb + " an index that is not a"
          + " GlobalSecondaryIndex: " + action.name());
    }
  }

  private IndexDefinition create(
      TableDefinition current, String mode, List<KeyAttribute> merged, IndexAction action) {
    IndexDeclarations.Declared declared = IndexDeclarations.readOne(action.body());
    ParameterCheck check = new ParameterCheck();
    IndexDeclarations.checkShapes(List.of(declared), "globalSecondaryIndexUpdates.1.member.create",
        check);
    check.throwIfAny();
    if (definitions == null) {
      throw DynamoException.validation(INVALID + "AttributeDefinitions is not specified for"
          + " index: " + declared.name());
    }
    Map<String, KeyAttribute> byName = new LinkedHashMap<>();
    merged.forEach(a -> byName.put(a.name(), a));
    Set<String> names = new HashSet<>();
    current.indexes().forEach(index -> names.add(index.name()));
    return IndexDeclarations.globals(List.of(declared), byName, names, mode, current.arn(),
        "CREATING").get(0).withStatus("ACTIVE", false);
  }

  private static long[] indexUpdateThroughput(IndexAction action, String mode) {
    ObjectNode units = JsonShapes.structure(action.body(), "ProvisionedThroughput");
    if (mode.equals("PAY_PER_REQUEST")) {
      throw DynamoException.validation(INVALID + "The only Updates for index: " + action.name()
          + " when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput,"
          + " WarmThroughput");
    }
    Integer read = units == null ? null : JsonShapes.integer(units, "ReadCapacityUnits");
    Integer write = units == null ? null : JsonShapes.integer(units, "WriteCapacityUnits");
    if (read == null || write == null) {
      throw DynamoException.validation(INVALID + "Both ReadCapacityUnits and WriteCapacityUnits"
          + " must be specified for index: " + action.name());
    }
    return new long[] {read, write};
  }

  private void checkIndexThroughput(TableDefinition current, String mode, List<String> deletes,
      Map<String, long[]> indexThroughput) {
    if (!mode.equals("PROVISIONED") || !current.billingMode().equals("PAY_PER_REQUEST")) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (IndexDefinition index : current.globalIndexes()) {
      if (!deletes.contains(index.name()) && !indexThroughput.containsKey(index.name())) {
        missing.add(index.name());
      }
    }
    if (!missing.isEmpty()) {
      throw DynamoException.validation(INVALID + "ProvisionedThroughput must be specified for"
          + " index: " + String.join(",", missing));
    }
  }

  /** The attribute definitions the table keeps: those some key (of table or index) uses. */
  private static List<KeyAttribute> usedDefinitions(
      TableDefinition table, IndexDefinition added, List<KeyAttribute> merged) {
    Set<String> used = new HashSet<>();
    used.add(table.keySchema().partition().name());
    if (table.keySchema().sort() != null) {
      used.add(table.keySchema().sort().name());
    }
    List<IndexDefinition> indexes = new ArrayList<>(table.indexes());
    indexes.add(added);
    for (IndexDefinition index : indexes) {
      used.add(index.keySchema().partition().name());
      if (index.keySchema().sort() != null) {
        used.add(index.keySchema().sort().name());
      }
    }
    return merged.stream().filter(a -> used.contains(a.name())).toList();
  }
}
