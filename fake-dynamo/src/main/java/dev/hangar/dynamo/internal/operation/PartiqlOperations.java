package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.ConditionalCheckFailed;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.error.TransactionCanceled;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.partiql.Partiql;
import dev.hangar.dynamo.internal.partiql.PartiqlErrors;
import dev.hangar.dynamo.internal.partiql.PartiqlExpr;
import dev.hangar.dynamo.internal.partiql.PartiqlStatement;
import dev.hangar.dynamo.internal.partiql.PartiqlTranslation;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ExecuteStatement, BatchExecuteStatement and ExecuteTransaction ("PartiQL - a SQL-compatible query
 * language for Amazon DynamoDB"). SELECT reads the store directly ({@link PartiqlSelect}); INSERT,
 * UPDATE and DELETE become the PutItem, UpdateItem and DeleteItem (or TransactWriteItems) request
 * they stand for, so they share every validation, lock and stream record with those operations.
 */
public final class PartiqlOperations {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_STATEMENT = 8192;

  private final ServiceState state;
  private final ItemOperations items;
  private final TransactOperations transactions;
  private final PartiqlSelect select;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public PartiqlOperations(ServiceState state) {
    this.state = state;
    this.items = new ItemOperations(state);
    this.transactions = new TransactOperations(state);
    this.select = new PartiqlSelect(state);
  }

  /** A statement with its parameters, parsed and counted. */
  private record Prepared(String text, PartiqlStatement statement, List<Value> parameters) {}

  private static Prepared prepare(String text, List<Value> parameters) {
    PartiqlStatement statement = Partiql.parse(text);
    List<Value> bound = parameters == null ? List.of() : parameters;
    if (statement.parameterCount() != bound.size()) {
      throw PartiqlErrors.parameterCount();
    }
    return new Prepared(text, statement, bound);
  }

  /** Consumed capacity of PartiQL statements is not computed yet: say so rather than omit it. */
  private static void refuseCapacity(String capacityMode) {
    if (capacityMode != null && !capacityMode.equals("NONE")) {
      throw PartiqlErrors.unsupported("ReturnConsumedCapacity " + capacityMode);
    }
  }

  private static void checkStatement(ParameterCheck check, String text, List<Value> parameters,
      String member) {
    check.notNull(text, member + "statement");
    if (text != null) {
      check.length(text, text.length(), member + "statement", 1, MAX_STATEMENT);
    }
    if (parameters != null) {
      check.length(parameters, parameters.size(), member + "parameters", 1, Integer.MAX_VALUE);
    }
  }

  /** ExecuteStatement. */
  public void executeStatement(ObjectNode request, JsonGenerator out) throws IOException {
    String text = JsonShapes.string(request, "Statement");
    List<Value> parameters = JsonShapes.list(request, "Parameters", AttributeValues::read);
    Integer limit = JsonShapes.integer(request, "Limit");
    String nextToken = JsonShapes.string(request, "NextToken");
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    String onFailure = JsonShapes.string(request, "ReturnValuesOnConditionCheckFailure");
    ParameterCheck check = new ParameterCheck();
    checkStatement(check, text, parameters, "");
    check.atLeast(limit, "limit", 1)
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES)
        .oneOf(onFailure, "returnValuesOnConditionCheckFailure",
            ItemOperations.ON_CONDITION_FAILURE)
        .throwIfAny();
    Prepared prepared = prepare(text, parameters);
    if (prepared.statement() instanceof PartiqlStatement.Select query) {
      select.run(query, prepared.parameters(), limit, nextToken,
          new Capacity(capacityMode == null ? "NONE" : capacityMode),
          Boolean.TRUE.equals(JsonShapes.bool(request, "ConsistentRead")), out);
      return;
    }
    JsonNode response = write(prepared, onFailure, capacityMode);
    JsonNode attributes = response.get("Attributes");
    out.writeStartObject();
    out.writeArrayFieldStart("Items");
    if (attributes != null && attributes.size() > 0) {
      AttributeValues.writeMap(out, AttributeValues.readMapNode(attributes));
    }
    out.writeEndArray();
    if (response.get("ConsumedCapacity") != null) {
      out.writeFieldName("ConsumedCapacity");
      out.writeTree(response.get("ConsumedCapacity"));
    }
    out.writeEndObject();
  }

  /** Runs a write statement as the item operation it stands for; returns that response. */
  private JsonNode write(Prepared prepared, String onFailure, String capacityMode)
      throws IOException {
    ObjectNode request = itemRequest(prepared);
    if (onFailure != null) {
      request.put("ReturnValuesOnConditionCheckFailure", onFailure);
    }
    if (capacityMode != null) {
      request.put("ReturnConsumedCapacity", capacityMode);
    }
    JsonNode response;
    try {
      response = capture(request, prepared.statement());
    } catch (ConditionalCheckFailed e) {
      if (prepared.statement() instanceof PartiqlStatement.Insert) {
        throw PartiqlErrors.duplicate();
      }
      throw e;
    }
    return response;
  }

  private JsonNode capture(ObjectNode request, PartiqlStatement statement) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(buffer)) {
      if (statement instanceof PartiqlStatement.Insert) {
        items.putItem(request, generator);
      } else if (statement instanceof PartiqlStatement.Update) {
        items.updateItem(request, generator);
      } else {
        items.deleteItem(request, generator);
      }
    }
    return MAPPER.readTree(buffer.toByteArray());
  }

  /** The PutItem, UpdateItem or DeleteItem request body of a write statement. */
  private ObjectNode itemRequest(Prepared prepared) {
    PartiqlStatement statement = prepared.statement();
    Table table = state.catalog().require(statement.table());
    KeySchema keys = table.keySchema();
    PartiqlTranslation translation = new PartiqlTranslation(prepared.parameters());
    ObjectNode request = MAPPER.createObjectNode();
    request.put("TableName", statement.table());
    if (statement instanceof PartiqlStatement.Insert insert) {
      if (!(translation.bind(insert.value()) instanceof Value.M item)) {
        throw PartiqlErrors.unsupported("an INSERT value that is not a map");
      }
      for (String name : keyNames(keys)) {
        if (!item.value().containsKey(name)) {
          throw DynamoException.validation(
              "Key attribute should be present in the item: Key " + name);
        }
      }
      request.set("Item", json(item.value()));
      request.put("ConditionExpression", "attribute_not_exists(#k)");
      request.putObject("ExpressionAttributeNames").put("#k", keys.partition().name());
      return request;
    }
    PartiqlExpr where = statement instanceof PartiqlStatement.Update update ? update.where()
        : ((PartiqlStatement.Delete) statement).where();
    request.set("Key", json(key(where, keys, translation)));
    String returning;
    if (statement instanceof PartiqlStatement.Update update) {
      request.put("UpdateExpression", translation.update(update));
      request.put("ConditionExpression", translation.condition(where));
      returning = update.returning();
    } else {
      PartiqlExpr rest = Partiql.without(where, java.util.Set.copyOf(keyNames(keys)));
      if (rest != null) {
        request.put("ConditionExpression", translation.condition(rest));
      }
      returning = ((PartiqlStatement.Delete) statement).returning();
    }
    if (returning != null) {
      request.put("ReturnValues", switch (returning) {
        case "ALL NEW" -> "ALL_NEW";
        case "ALL OLD" -> "ALL_OLD";
        case "MODIFIED NEW" -> "UPDATED_NEW";
        default -> "UPDATED_OLD";
      });
    }
    if (!translation.names().isEmpty()) {
      ObjectNode names = request.putObject("ExpressionAttributeNames");
      translation.names().forEach(names::put);
    }
    if (!translation.values().isEmpty()) {
      request.set("ExpressionAttributeValues", json(translation.values()));
    }
    return request;
  }

  /** The full primary key a WHERE clause fixes by equalities. */
  static Map<String, Value> key(PartiqlExpr where, KeySchema keys, PartiqlTranslation translation) {
    Map<String, PartiqlExpr> equalities = Partiql.equalities(where);
    Map<String, Value> key = new LinkedHashMap<>();
    for (String name : keyNames(keys)) {
      PartiqlExpr value = equalities.get(name);
      if (value == null) {
        throw PartiqlErrors.keyEquality();
      }
      key.put(name, translation.bind(value));
    }
    return key;
  }

  static List<String> keyNames(KeySchema keys) {
    return keys.sort() == null ? List.of(keys.partition().name())
        : List.of(keys.partition().name(), keys.sort().name());
  }

  static JsonNode json(Map<String, Value> attributes) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(buffer)) {
      AttributeValues.writeMap(generator, attributes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return MAPPER.readTree(buffer.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BatchExecuteStatement: each statement on its own, its error in its response. */
  public void batchExecuteStatement(ObjectNode request, JsonGenerator out) throws IOException {
    List<ObjectNode> raw = JsonShapes.list(request, "Statements", JsonShapes::asStructure);
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    ParameterCheck check = new ParameterCheck().notNull(raw, "statements")
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES);
    if (raw != null) {
      check.length(raw, raw.size(), "statements", 1, 25);
    }
    check.throwIfAny();
    refuseCapacity(capacityMode);
    List<Object> outcomes = new ArrayList<>();
    boolean reads = false;
    boolean writes = false;
    for (ObjectNode node : raw) {
      String text = JsonShapes.string(node, "Statement");
      List<Value> parameters = JsonShapes.list(node, "Parameters", AttributeValues::read);
      ParameterCheck each = new ParameterCheck();
      checkStatement(each, text, parameters, "statements.member.");
      each.throwIfAny();
      try {
        Prepared prepared = prepare(text, parameters);
        reads |= prepared.statement().isRead();
        writes |= !prepared.statement().isRead();
        outcomes.add(prepared);
      } catch (DynamoException e) {
        outcomes.add(e);
      }
    }
    if (reads && writes) {
      throw DynamoException.validation(
          "Read and write requests together in the same batch is not supported.");
    }
    out.writeStartObject();
    out.writeArrayFieldStart("Responses");
    for (int i = 0; i < outcomes.size(); i++) {
      Object outcome = outcomes.get(i);
      out.writeStartObject();
      if (outcome instanceof DynamoException error) {
        writeError(out, error);
      } else {
        Prepared prepared = (Prepared) outcome;
        out.writeStringField("TableName", prepared.statement().table());
        try {
          if (prepared.statement() instanceof PartiqlStatement.Select query) {
            Map<String, Value> item = select.one(query, prepared.parameters());
            if (item != null) {
              out.writeFieldName("Item");
              AttributeValues.writeMap(out, item);
            }
          } else {
            write(prepared, JsonShapes.string(raw.get(i), "ReturnValuesOnConditionCheckFailure"),
                null);
          }
        } catch (DynamoException e) {
          writeError(out, e);
        }
      }
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeError(JsonGenerator out, DynamoException error) throws IOException {
    String type = error.shortType();
    String code = switch (type) {
      case "ValidationException" -> "ValidationError";
      case "ConditionalCheckFailedException" -> "ConditionalCheckFailed";
      case "DuplicateItemException" -> "DuplicateItem";
      case "ResourceNotFoundException" -> "ResourceNotFound";
      case "TransactionConflictException" -> "TransactionConflict";
      default -> type.endsWith("Exception") ? type.substring(0, type.length() - 9) : type;
    };
    out.writeObjectFieldStart("Error");
    out.writeStringField("Code", code);
    if (error.getMessage() != null) {
      out.writeStringField("Message", error.getMessage());
    }
    if (error instanceof ConditionalCheckFailed failed && failed.item() != null) {
      out.writeFieldName("Item");
      AttributeValues.writeMap(out, failed.item());
    }
    out.writeEndObject();
  }

  /** ExecuteTransaction: all reads or all writes, all-or-nothing. */
  public void executeTransaction(ObjectNode request, JsonGenerator out) throws IOException {
    List<ObjectNode> raw = JsonShapes.list(request, "TransactStatements", JsonShapes::asStructure);
    String token = JsonShapes.string(request, "ClientRequestToken");
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    ParameterCheck check = new ParameterCheck().notNull(raw, "transactStatements")
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES);
    if (raw != null) {
      check.length(raw, raw.size(), "transactStatements", 1, 100);
    }
    if (token != null) {
      check.length(token, token.length(), "clientRequestToken", 1, 36);
    }
    check.throwIfAny();
    refuseCapacity(capacityMode);
    List<Prepared> prepared = new ArrayList<>();
    for (ObjectNode node : raw) {
      String text = JsonShapes.string(node, "Statement");
      List<Value> parameters = JsonShapes.list(node, "Parameters", AttributeValues::read);
      ParameterCheck each = new ParameterCheck();
      checkStatement(each, text, parameters, "transactStatements.member.");
      each.throwIfAny();
      prepared.add(prepare(text, parameters));
    }
    long readCount = prepared.stream().filter(p -> p.statement().isRead()).count();
    if (readCount > 0 && readCount < prepared.size()) {
      throw DynamoException.validation(
          "Read and write requests together in the same transaction is not supported.");
    }
    if (readCount > 0) {
      readTransaction(prepared, out);
    } else {
      writeTransaction(prepared, raw, token, out);
    }
  }

  private void readTransaction(List<Prepared> prepared, JsonGenerator out) throws IOException {
    ObjectNode request = MAPPER.createObjectNode();
    ArrayNode actions = request.putArray("TransactItems");
    for (Prepared each : prepared) {
      PartiqlStatement.Select query = (PartiqlStatement.Select) each.statement();
      Table table = state.catalog().require(query.table());
      PartiqlTranslation translation = new PartiqlTranslation(each.parameters());
      ObjectNode get = actions.addObject().putObject("Get");
      get.put("TableName", query.table());
      get.set("Key", json(key(query.where(), table.keySchema(), translation)));
      if (query.projection() != null) {
        get.put("ProjectionExpression", translation.projection(query.projection()));
        ObjectNode names = get.putObject("ExpressionAttributeNames");
        translation.names().forEach(names::put);
      }
    }
    transactions.transactGetItems(request, out);
  }

  private void writeTransaction(List<Prepared> prepared, List<ObjectNode> raw, String token,
      JsonGenerator out) throws IOException {
    ObjectNode request = MAPPER.createObjectNode();
    ArrayNode actions = request.putArray("TransactItems");
    for (int i = 0; i < prepared.size(); i++) {
      Prepared each = prepared.get(i);
      ObjectNode body = itemRequest(each);
      body.remove("ReturnValues");
      String onFailure = JsonShapes.string(raw.get(i), "ReturnValuesOnConditionCheckFailure");
      if (onFailure != null) {
        body.put("ReturnValuesOnConditionCheckFailure", onFailure);
      }
      String kind = each.statement() instanceof PartiqlStatement.Insert ? "Put"
          : each.statement() instanceof PartiqlStatement.Update ? "Update" : "Delete";
      actions.addObject().set(kind, body);
    }
    if (token != null) {
      request.put("ClientRequestToken", token);
    }
    ByteArrayOutputStream ignored = new ByteArrayOutputStream();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(ignored)) {
      transactions.transactWriteItems(request, generator);
    } catch (TransactionCanceled canceled) {
      List<TransactionCanceled.Reason> reasons = new ArrayList<>();
      for (int i = 0; i < canceled.reasons().size(); i++) {
        TransactionCanceled.Reason reason = canceled.reasons().get(i);
        boolean duplicate = prepared.get(i).statement() instanceof PartiqlStatement.Insert
            && reason.code().equals("ConditionalCheckFailed");
        reasons.add(duplicate ? new TransactionCanceled.Reason(
            "DuplicateItem", "Duplicate primary key exists in table", reason.item()) : reason);
      }
      throw new TransactionCanceled(reasons);
    }
    out.writeStartObject();
    out.writeEndObject();
  }
}
