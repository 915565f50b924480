package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.index.SecondaryIndexes;
import dev.hangar.dynamo.internal.stream.StreamSpecification;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.table.TableDefinition;
import dev.hangar.dynamo.internal.table.TableTransition;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CreateTable, DescribeTable, UpdateTable, DeleteTable and ListTables. */
public final class TableOperations {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final List<String> NOT_YET = List.of(
      "SSESpecification", "OnDemandThroughput", "WarmThroughput", "ResourcePolicy");

  private final ServiceState state;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public TableOperations(ServiceState state) {
    this.state = state;
  }

  /** CreateTable. */
  public void createTable(ObjectNode request, JsonGenerator out) throws IOException {
    String name = JsonShapes.string(request, "TableName");
    List<KeyElement> keyElements = JsonShapes.list(request, "KeySchema", KeyElement::read);
    List<KeyAttribute> definitions = attributeDefinitions(request);
    String billingMode = JsonShapes.string(request, "BillingMode");
    ObjectNode throughput = JsonShapes.structure(request, "ProvisionedThroughput");
    List<IndexDeclarations.Declared> locals =
        IndexDeclarations.read(request, "LocalSecondaryIndexes");
    List<IndexDeclarations.Declared> globals =
        IndexDeclarations.read(request, "GlobalSecondaryIndexes");
    Boolean protection = JsonShapes.bool(request, "DeletionProtectionEnabled");
    ParameterCheck check = new ParameterCheck()
        .notNull(definitions, "attributeDefinitions")
        .tableName(name, "tableName");
    KeyElement.check(keyElements, "keySchema", check);
    check.oneOf(billingMode, "billingMode", List.of("PROVISIONED", "PAY_PER_REQUEST"));
    IndexDeclarations.checkShapes(locals, "localSecondaryIndexes", check);
    IndexDeclarations.checkShapes(globals, "globalSecondaryIndexes", check);
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
    String mode = billingMode == null ? "PROVISIONED" : billingMode;
    long[] capacity = capacity(billingMode, throughput);
    List<TagParameters.Tag> tags = TagParameters.read(request, "Tags");
    if (tags != null) {
      TagParameters.check(tags, Map.of());
    }
    String arn = "arn:aws:dynamodb:" + state.context().region() + ":"
        + state.context().accountId() + ":table/" + name;
    Map<String, KeyAttribute> declared = declared(definitions);
    KeySchema keySchema = tableKeySchema(keyElements, declared);
    boolean hasIndexes = locals != null || globals != null;
    if (!hasIndexes && (declared.size() != keyElements.size()
        || definitions.size() != declared.size())) {
      throw DynamoException.validation(INVALID
          + "Number of attributes in KeySchema does not exactly match number of attributes defined"
          + " in AttributeDefinitions");
    }
    Set<String> indexNames = new HashSet<>();
    List<IndexDefinition> localIndexes =
        IndexDeclarations.locals(locals, keySchema, declared, indexNames, arn);
    List<IndexDefinition> globalIndexes = IndexDeclarations.globals(
        globals, declared, indexNames, mode, arn, "ACTIVE");
    if (hasIndexes) {
      checkAllUsed(definitions, keyElements, locals, globals);
    }
    TableDefinition definition = new TableDefinition(
        name, keySchema, definitions, mode, capacity[0], capacity[1],
        state.context().clock().now(), arn, state.context().newId(), globalIndexes, localIndexes,
        Boolean.TRUE.equals(protection));
    ObjectNode streamMember = JsonShapes.structure(request, "StreamSpecification");
    StreamSpecification stream = streamMember == null ? null : StreamSpecification.parse(streamMember);
    Table table = new Table(definition, state.newStore());
    SecondaryIndexes.install(table, state.indexStores());
    startTransition(table, "CREATING", Set.of());
    state.catalog().add(table);
    if (stream != null) {
      state.streams().apply(table, stream, true);
    }
    if (tags != null) {
      state.tags().change(arn, current -> tags.forEach(tag -> current.put(tag.key(), tag.value())));
    }
    out.writeStartObject();
    out.writeFieldName("TableDescription");
    TableDescriptionWriter.write(out, table, "CREATING", now(), state.streams());
    out.writeEndObject();
  }

  private static List<KeyAttribute> attributeDefinitions(ObjectNode request) {
    return JsonShapes.list(request, "AttributeDefinitions", node -> {
      ObjectNode structure = JsonShapes.asStructure(node);
      String attributeName = JsonShapes.string(structure, "AttributeName");
      String type = JsonShapes.string(structure, "AttributeType");
      return new KeyAttribute(
          attributeName == null ? "" : attributeName, type == null ? "" : type);
    });
  }

  private static Map<String, KeyAttribute> declared(List<KeyAttribute> definitions) {
    Map<String, KeyAttribute> declared = new LinkedHashMap<>();
    for (KeyAttribute definition : definitions) {
      declared.put(definition.name(), definition);
    }
    return declared;
  }

  private static KeySchema tableKeySchema(
      List<KeyElement> elements, Map<String, KeyAttribute> declared) {
    TableKeys.checkDefined(elements, declared);
    return TableKeys.schema(elements, declared);
  }

  private static void checkAllUsed(List<KeyAttribute> definitions, List<KeyElement> keys,
      List<IndexDeclarations.Declared> locals, List<IndexDeclarations.Declared> globals) {
    Set<String> used = new LinkedHashSet<>();
    keys.forEach(key -> used.add(key.name()));
    for (List<IndexDeclarations.Declared> indexes : java.util.Arrays.asList(locals, globals)) {
      if (indexes != null) {
        indexes.forEach(index -> index.keys().forEach(key -> used.add(key.name())));
      }
    }
    if (definitions.size() > used.size()) {
      throw DynamoException.validation(INVALID + "Some AttributeDefinitions are not used."
          + " AttributeDefinitions: " + definitions.stream().map(KeyAttribute::name).toList()
          + ", keys used: " + new ArrayList<>(used));
    }
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
    TableDescriptionWriter.write(out, table, table.status(now()), now(), state.streams());
    out.writeEndObject();
  }

  /** UpdateTable. */
  public void updateTable(ObjectNode request, JsonGenerator out) throws IOException {
    TableUpdate update = TableUpdate.read(request);
    Table table = state.catalog().requireForControl(update.tableName());
    synchronized (table) {
      requireActive(table);
      Set<String> before = new HashSet<>();
      table.definition().globalIndexes().forEach(index -> before.add(index.name()));
      if (update.stream() != null) {
        state.streams().apply(table, update.stream(), false);
      }
      update.apply(table, state);
      state.catalog().redefined(table);
      Set<String> created = new HashSet<>();
      table.definition().globalIndexes().stream().map(IndexDefinition::name)
          .filter(name -> !before.contains(name)).forEach(created::add);
      startTransition(table, "UPDATING", created);
    }
    out.writeStartObject();
    out.writeFieldName("TableDescription");
    TableDescriptionWriter.write(out, table, "UPDATING", now(), state.streams());
    out.writeEndObject();
  }

  /** DeleteTable. */
  public void deleteTable(ObjectNode request, JsonGenerator out) throws IOException {
    String name = JsonShapes.string(request, "TableName");
    new ParameterCheck().tableName(name, "tableName").throwIfAny();
    Table table = state.catalog().requireForControl(name);
    if (table.definition().deletionProtection()) {
      throw DynamoException.validation("Resource cannot be deleted as it is currently protected"
          + " against deletion. Disable deletion protection first.");
    }
    synchronized (table) {
      requireActive(table);
      if (state.transitions().isZero()) {
        state.catalog().remove(name);
      } else {
        startTransition(table, "DELETING", Set.of());
      }
    }
    state.tags().remove(table.definition().arn());
    state.streams().tableDeleted(table);
    state.timeToLive().tableDeleted(table);
    out.writeStartObject();
    out.writeFieldName("TableDescription");
    TableDescriptionWriter.write(out, table, "DELETING", now(), state.streams());
    out.writeEndObject();
  }

  private Instant now() {
    return state.context().clock().now();
  }

  private void startTransition(Table table, String status, Set<String> creatingIndexes) {
    if (!state.transitions().isZero()) {
      table.transition(new TableTransition(
          status, now().plus(state.transitions()), creatingIndexes));
    }
  }

  /** Refuses a change while a simulated one is in progress, as DynamoDB does. */
  private void requireActive(Table table) {
    String status = table.status(now());
    if (!status.equals("ACTIVE")) {
      String doing = switch (status) {
        case "CREATING" -> "created";
        case "DELETING" -> "deleted";
        default -> "updated";
      };
      throw new DynamoException(DynamoException.DYNAMODB + "ResourceInUseException", 400,
          "Attempt to change a resource which is still in use: Table is being " + doing + ": "
              + table.name());
    }
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
}
