package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.ConditionalCheckFailed;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.ItemSize;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.ChangeOrigin;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PutItem, GetItem, UpdateItem and DeleteItem. */
public final class ItemOperations {
  static final List<String> RETURN_VALUES =
      List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");
  static final List<String> ON_CONDITION_FAILURE = List.of("ALL_OLD", "NONE");
  static final String ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size";

  private final ServiceState state;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public ItemOperations(ServiceState state) {
    this.state = state;
  }

  /** PutItem. */
  public void putItem(ObjectNode request, JsonGenerator out) throws IOException {
    String tableName = JsonShapes.string(request, "TableName");
    Map<String, Value> item = AttributeValues.readMap(request, "Item");
    WriteOptions options = WriteOptions.read(request);
    options.check(new ParameterCheck()
        .tableName(tableName, "tableName")
        .notNull(item, "item"))
        .throwIfAny();
    options.requireWholeItemReturnValues();
    RequestExpressions expressions = new RequestExpressions(request, RequestExpressions.CONDITION);
    ItemCondition condition = expressions.condition("ConditionExpression", "Expected");
    expressions.finish();
    Table table = state.catalog().require(tableName);
    PrimaryKey key = table.keySchema().keyOfItem(item);
    StoredItem stored = StoredItem.of(item);
    if (stored.size() > ItemSize.MAX_ITEM_BYTES) {
      throw DynamoException.validation(ITEM_TOO_LARGE);
    }
    StoredItem old = write(table, key, condition, options.returnOldOnFailure(), old1 -> stored);
    writeWholeItemResponse(out, options, table, key, old, stored);
  }

  /** DeleteItem. */
  public void deleteItem(ObjectNode request, JsonGenerator out) throws IOException {
    String tableName = JsonShapes.string(request, "TableName");
    Map<String, Value> keyAttributes = AttributeValues.readMap(request, "Key");
    WriteOptions options = WriteOptions.read(request);
    options.check(new ParameterCheck()
        .tableName(tableName, "tableName")
        .notNull(keyAttributes, "key"))
        .throwIfAny();
    options.requireWholeItemReturnValues();
    RequestExpressions expressions = new RequestExpressions(request, RequestExpressions.CONDITION);
    ItemCondition condition = expressions.condition("ConditionExpression", "Expected");
    expressions.finish();
    Table table = state.catalog().require(tableName);
    PrimaryKey key = table.keySchema().keyOf(keyAttributes);
    StoredItem old = write(table, key, condition, options.returnOldOnFailure(), old1 -> null);
    writeWholeItemResponse(out, options, table, key, old, null);
  }

  /**
   * The answer of PutItem and DeleteItem, which replace or remove a whole item: the old item when
   * {@code ReturnValues} is {@code ALL_OLD}, the consumed capacity and item collection metrics.
   */
  private static void writeWholeItemResponse(
      JsonGenerator out,
      WriteOptions options,
      Table table,
      PrimaryKey key,
      StoredItem old,
      StoredItem written)
      throws IOException {
    out.writeStartObject();
    if ("ALL_OLD".equals(options.returnValues()) && old != null) {
      out.writeFieldName("Attributes");
      AttributeValues.writeMap(out, old.attributes());
    }
    new Capacity(options.capacityMode()).addWrite(table, old, written, 1).writeSingle(out);
    ItemCollectionMetrics.writeField(out, options.metricsMode(), table, key);
    out.writeEndObject();
  }

  /** UpdateItem. */
  public void updateItem(ObjectNode request, JsonGenerator out) throws IOException {
    String tableName = JsonShapes.string(request, "TableName");
    Map<String, Value> keyAttributes = AttributeValues.readMap(request, "Key");
    WriteOptions options = WriteOptions.read(request);
    options.check(new ParameterCheck()
        .tableName(tableName, "tableName")
        .notNull(keyAttributes, "key"))
        .throwIfAny();
    RequestExpressions expressions = new RequestExpressions(request, RequestExpressions.UPDATE);
    ItemUpdate update = expressions.update();
    ItemCondition condition = expressions.condition("ConditionExpression", "Expected");
    expressions.finish();
    Table table = state.catalog().require(tableName);
    PrimaryKey key = table.keySchema().keyOf(keyAttributes);
    if (update != null) {
      checkKeyNotUpdated(table, update);
    }
    StoredItem[] result = new StoredItem[1];
    StoredItem old = write(table, key, condition, options.returnOldOnFailure(), current -> {
      Map<String, Value> base = current == null ? keyAttributes : current.attributes();
      Map<String, Value> next = update == null ? new LinkedHashMap<>(base) : update.apply(base);
      StoredItem stored = StoredItem.of(next);
      if (stored.size() > ItemSize.MAX_ITEM_BYTES) {
        throw DynamoException.validation("Item size to update has exceeded the maximum allowed size");
      }
      result[0] = stored;
      return stored;
    });
    StoredItem updated = result[0];
    out.writeStartObject();
    Map<String, Value> attributes = returned(options.returnValues(), old, updated, update);
    if (attributes != null && !attributes.isEmpty()) {
      out.writeFieldName("Attributes");
      AttributeValues.writeMap(out, attributes);
    }
    new Capacity(options.capacityMode())
        .addWrite(table, old, updated, 1)
        .writeSingle(out);
    ItemCollectionMetrics.writeField(out, options.metricsMode(), table, key);
    out.writeEndObject();
  }

  /** DynamoDB refuses updates that touch a key attribute. */
  static void checkKeyNotUpdated(Table table, ItemUpdate update) {
    for (String name : update.topLevelNames()) {
      if (table.keySchema().isKeyAttribute(name)) {
        throw DynamoException.validation(
            "One or more parameter values were invalid: Cannot update attribute " + name
                + ". This attribute is part of the key");
      }
    }
  }

  private static Map<String, Value> returned(
      String returnValues, StoredItem old, StoredItem updated, ItemUpdate update) {
    if (returnValues == null || returnValues.equals("NONE")) {
      return null;
    }
    switch (returnValues) {
      case "ALL_OLD":
        return old == null ? null : old.attributes();
      case "ALL_NEW":
        return updated.attributes();
      default:
        StoredItem source = returnValues.equals("UPDATED_OLD") ? old : updated;
        if (source == null || update == null) {
          return null;
        }
        return update.changedParts(source.attributes());
    }
  }

  /** GetItem. */
  public void getItem(ObjectNode request, JsonGenerator out) throws IOException {
    String tableName = JsonShapes.string(request, "TableName");
    Map<String, Value> keyAttributes = AttributeValues.readMap(request, "Key");
    Boolean consistent = JsonShapes.bool(request, "ConsistentRead");
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    new ParameterCheck()
        .tableName(tableName, "tableName")
        .notNull(keyAttributes, "key")
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES)
        .throwIfAny();
    RequestExpressions expressions = new RequestExpressions(request, RequestExpressions.PROJECTION);
    ItemProjection projection = expressions.projection();
    expressions.finish();
    Table table = state.catalog().require(tableName);
    PrimaryKey key = table.keySchema().keyOf(keyAttributes);
    StoredItem item = table.store().get(key);
    out.writeStartObject();
    if (item != null) {
      out.writeFieldName("Item");
      AttributeValues.writeMap(out, projection.apply(item.attributes()));
    }
    new Capacity(capacityMode)
        .add(tableName, Capacity.readUnits(item == null ? 0 : item.size(), Boolean.TRUE.equals(consistent)))
        .writeSingle(out);
    out.writeEndObject();
  }

  /** Computes the new item (null to delete) from the current one (null when absent). */
  @FunctionalInterface
  interface Change {
    StoredItem apply(StoredItem current);
  }

  /**
   * Writes one item atomically: under its partition's lock, tests the condition, computes the
   * change and stores it.
   *
   * @return the item before the write, or null
   */
  StoredItem write(
      Table table, PrimaryKey key, ItemCondition condition, boolean returnOldOnFailure,
      Change change) {
    int stripe = state.locks().lockForWrite(new ItemLocks.Target(table.name(), key));
    try {
      StoredItem old = table.store().get(key);
      Map<String, Value> current = old == null ? Map.of() : old.attributes();
      if (!condition.test(current)) {
        throw new ConditionalCheckFailed(returnOldOnFailure && old != null ? current : null);
      }
      StoredItem next = change.apply(old);
      table.write(key, old, next, ChangeOrigin.REQUEST);
      return old;
    } finally {
      state.locks().unlock(stripe);
    }
  }
}
