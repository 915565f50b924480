package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.ConditionalCheckFailed;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.error.TransactionCanceled;
import dev.hangar.dynamo.internal.error.TransactionCanceled.Reason;
import dev.hangar.dynamo.internal.item.ItemSize;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.ChangeOrigin;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TransactWriteItems and TransactGetItems: all-or-nothing and isolated. A transaction takes the
 * locks of all its partitions at once or is cancelled with {@code TransactionConflict}; it checks
 * every condition before it writes anything.
 */
public final class TransactOperations {
  private static final int MAX_ACTIONS = 100;
  private static final long MAX_BYTES = 4L * 1024 * 1024;
  private static final List<String> ACTIONS = List.of("ConditionCheck", "Put", "Delete", "Update");

  private final ServiceState state;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public TransactOperations(ServiceState state) {
    this.state = state;
  }

  /** One action of a write transaction, parsed and validated. */
  private record Action(
      String kind, Table table, PrimaryKey key, Map<String, Value> keyAttributes,
      StoredItem item, ItemUpdate update, ItemCondition condition, boolean returnOld) {}

  /** TransactWriteItems. */
  public void transactWriteItems(ObjectNode request, JsonGenerator out) throws IOException {
    List<ObjectNode> raw = JsonShapes.list(request, "TransactItems", JsonShapes::asStructure);
    String token = JsonShapes.string(request, "ClientRequestToken");
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    String metricsMode = JsonShapes.string(request, "ReturnItemCollectionMetrics");
    ParameterCheck check = new ParameterCheck()
        .notNull(raw, "transactItems")
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES)
        .oneOf(metricsMode, "returnItemCollectionMetrics", ItemCollectionMetrics.MODES);
    if (raw != null) {
      check.length(raw, raw.size(), "transactItems", 1, MAX_ACTIONS);
    }
    if (token != null) {
      check.length(token, token.length(), "clientRequestToken", 1, 36);
    }
    check.throwIfAny();
    List<Action> actions = new ArrayList<>();
    long bytes = 0;
    for (ObjectNode node : raw) {
      Action action = parse(node);
      actions.add(action);
      bytes += action.item() == null ? 0 : action.item().size();
    }
    if (bytes > MAX_BYTES) {
      throw DynamoException.validation(
          "Transaction request exceeds the maximum allowed size of 4 MB");
    }
    checkDistinct(actions.stream().map(a -> new ItemLocks.Target(a.table().name(), a.key())).toList());
    String fingerprint = withoutCapacityMode(request);
    Capacity capacity = new Capacity(capacityMode);
    if (token == null) {
      apply(actions, capacity);
      writeWriteResponse(out, capacity, metricsMode, actions);
      return;
    }
    // Tokened transactions are rare; serialising them keeps check-then-record atomic.
    synchronized (state.tokens()) {
      if (state.tokens().seen(token, fingerprint)) {
        for (Action action : actions) {
          capacity.add(action.table().name(), 2 * Capacity.writeUnits(0));
        }
        writeWriteResponse(out, capacity, metricsMode, actions);
        return;
      }
      apply(actions, capacity);
      state.tokens().record(token, fingerprint);
    }
    writeWriteResponse(out, capacity, metricsMode, actions);
  }

  /** The request as it matters for idempotency: ReturnConsumedCapacity may differ. */
  private static String withoutCapacityMode(ObjectNode request) {
    ObjectNode copy = request.deepCopy();
    copy.remove("ReturnConsumedCapacity");
    return copy.toString();
  }

  private static void writeWriteResponse(JsonGenerator out, Capacity capacity,
      String metricsMode, List<Action> actions) throws IOException {
    out.writeStartObject();
    capacity.writeList(out);
    writeItemCollectionMetrics(out, metricsMode, actions);
    out.writeEndObject();
  }

  /** {@code ItemCollectionMetrics} by table, for the written items of tables with LSIs. */
  private static void writeItemCollectionMetrics(
      JsonGenerator out, String mode, List<Action> actions) throws IOException {
    Map<String, List<Action>> byTable = new LinkedHashMap<>();
    for (Action action : actions) {
      if (!action.kind().equals("ConditionCheck")
          && ItemCollectionMetrics.wanted(mode, action.table())) {
        byTable.computeIfAbsent(action.table().name(), t -> new ArrayList<>()).add(action);
      }
    }
    if (byTable.isEmpty()) {
      return;
    }
    out.writeObjectFieldStart("ItemCollectionMetrics");
    for (Map.Entry<String, List<Action>> table : byTable.entrySet()) {
      out.writeArrayFieldStart(table.getKey());
      for (Action action : table.getValue()) {
        ItemCollectionMetrics.writeObject(out, action.table(), action.key());
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private Action parse(ObjectNode node) {
    String kind = null;
    ObjectNode body = null;
    for (String candidate : ACTIONS) {
      ObjectNode found = JsonShapes.structure(node, candidate);
      if (found != null) {
        if (body != null) {
          throw DynamoException.validation("TransactItems can only contain one of Check, Put,"
              + " Update or Delete");
        }
        kind = candidate;
        body = found;
      }
    }
    if (body == null) {
      throw DynamoException.validation("TransactItems can only contain one of Check, Put,"
          + " Update or Delete");
    }
    String tableName = JsonShapes.string(body, "TableName");
    String onFailure = JsonShapes.string(body, "ReturnValuesOnConditionCheckFailure");
    Map<String, Value> item = kind.equals("Put") ? AttributeValues.readMap(body, "Item") : null;
    Map<String, Value> keyAttributes =
        kind.equals("Put") ? null : AttributeValues.readMap(body, "Key");
    new ParameterCheck()
        .tableName(tableName, "transactItems.1.member." + lowerFirst(kind) + ".tableName")
        .oneOf(onFailure, "returnValuesOnConditionCheckFailure",
            ItemOperations.ON_CONDITION_FAILURE)
        .throwIfAny();
    RequestExpressions expressions = new RequestExpressions(body, kind.equals("Update") ? RequestExpressions.UPDATE : RequestExpressions.CONDITION);
    ItemUpdate update = kind.equals("Update") ? expressions.update() : null;
    ItemCondition condition = expressions.condition("ConditionExpression", "Expected");
    if (kind.equals("ConditionCheck") && JsonShapes.member(body, "ConditionExpression") == null) {
      throw DynamoException.validation(
          "The ConditionExpression parameter is required for ConditionCheck");
    }
    expressions.finish();
    Table table = state.catalog().require(tableName);
    if (update != null) {
      ItemOperations.checkKeyNotUpdated(table, update);
    }
    StoredItem stored = null;
    PrimaryKey key;
    if (item != null) {
      key = table.keySchema().keyOfItem(item);
      table.checkIndexKeys(item);
      stored = StoredItem.of(item);
      if (stored.size() > ItemSize.MAX_ITEM_BYTES) {
        throw DynamoException.validation(ItemOperations.ITEM_TOO_LARGE);
      }
    } else {
      if (keyAttributes == null) {
        throw DynamoException.validation("1 validation error detected: Value null at"
            + " 'transactItems.1.member." + lowerFirst(kind) + ".key' failed to satisfy"
            + " constraint: Member must not be null");
      }
      key = table.keySchema().keyOf(keyAttributes);
    }
    return new Action(kind, table, key, keyAttributes, stored, update, condition,
        "ALL_OLD".equals(onFailure));
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static void checkDistinct(List<ItemLocks.Target> targets) {
    Set<ItemLocks.Target> seen = new HashSet<>();
    for (ItemLocks.Target target : targets) {
      if (!seen.add(target)) {
        throw DynamoException.validation(
            "Transaction request cannot include multiple operations on one item");
      }
    }
  }

  private int[] lockOrCancel(List<ItemLocks.Target> targets, boolean write) {
    try {
      return state.locks().lockAll(targets, write);
    } catch (ItemLocks.ConflictException conflict) {
      List<Reason> reasons = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        reasons.add(i == conflict.index()
            ? new Reason("TransactionConflict", "Transaction is ongoing for the item", null)
            : Reason.NONE);
      }
      throw new TransactionCanceled(reasons);
    }
  }

  private void apply(List<Action> actions, Capacity capacity) {
    List<ItemLocks.Target> targets =
        actions.stream().map(a -> new ItemLocks.Target(a.table().name(), a.key())).toList();
    int[] stripes = lockOrCancel(targets, true);
    try {
      List<StoredItem> olds = new ArrayList<>();
      List<Reason> reasons = new ArrayList<>();
      boolean failed = false;
      for (Action action : actions) {
        StoredItem old = action.table().store().get(action.key());
        olds.add(old);
        Map<String, Value> current = old == null ? Map.of() : old.attributes();
        if (action.condition().test(current)) {
          reasons.add(Reason.NONE);
        } else {
          failed = true;
          reasons.add(new Reason("ConditionalCheckFailed", ConditionalCheckFailed.MESSAGE,
              action.returnOld() && old != null ? current : null));
        }
      }
      if (failed) {
        throw new TransactionCanceled(reasons);
      }
      List<StoredItem> next = new ArrayList<>();
      for (int i = 0; i < actions.size(); i++) {
        next.add(computeNext(actions.get(i), olds.get(i)));
      }
      // One unit: a durable store commits the whole transaction or, after a crash, none of it.
      state.storage().atomically(() -> {
        for (int i = 0; i < actions.size(); i++) {
          Action action = actions.get(i);
          if (!action.kind().equals("ConditionCheck")) {
            action.table().write(action.key(), olds.get(i), next.get(i), ChangeOrigin.REQUEST);
          }
        }
      });
      for (int i = 0; i < actions.size(); i++) {
        Action action = actions.get(i);
        StoredItem old = olds.get(i);
        if (action.kind().equals("ConditionCheck")) {
          long size = old == null ? 0 : old.size();
          capacity.add(action.table().name(), 2 * Capacity.writeUnits(size));
        } else {
          capacity.addWrite(action.table(), old, next.get(i), 2);
        }
      }
    } finally {
      state.locks().unlockAll(stripes, targets, true);
    }
  }

  private static StoredItem computeNext(Action action, StoredItem old) {
    switch (action.kind()) {
      case "Put":
        return action.item();
      case "Delete":
        return null;
      case "ConditionCheck":
        return old;
      default:
        Map<String, Value> base = old == null ? action.keyAttributes() : old.attributes();
        Map<String, Value> updated =
            action.update() == null ? new LinkedHashMap<>(base) : action.update().apply(base);
        StoredItem stored = StoredItem.of(updated);
        if (stored.size() > ItemSize.MAX_ITEM_BYTES) {
          throw DynamoException.validation(
              "Item size to update has exceeded the maximum allowed size");
        }
        action.table().checkIndexKeys(updated);
        return stored;
    }
  }

  private record Get(Table table, PrimaryKey key, ItemProjection projection) {}

  /** TransactGetItems. */
  public void transactGetItems(ObjectNode request, JsonGenerator out) throws IOException {
    List<ObjectNode> raw = JsonShapes.list(request, "TransactItems", JsonShapes::asStructure);
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    ParameterCheck check = new ParameterCheck()
        .notNull(raw, "transactItems")
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES);
    if (raw != null) {
      check.length(raw, raw.size(), "transactItems", 1, MAX_ACTIONS);
    }
    check.throwIfAny();
    List<Get> gets = new ArrayList<>();
    for (ObjectNode node : raw) {
      ObjectNode body = JsonShapes.structure(node, "Get");
      if (body == null) {
        throw DynamoException.validation("1 validation error detected: Value null at"
            + " 'transactItems.1.member.get' failed to satisfy constraint: Member must not be null");
      }
      String tableName = JsonShapes.string(body, "TableName");
      Map<String, Value> keyAttributes = AttributeValues.readMap(body, "Key");
      new ParameterCheck()
          .tableName(tableName, "transactItems.1.member.get.tableName")
          .notNull(keyAttributes, "transactItems.1.member.get.key")
          .throwIfAny();
      RequestExpressions expressions = new RequestExpressions(body, RequestExpressions.PROJECTION);
      ItemProjection projection = expressions.projection();
      expressions.finish();
      Table table = state.catalog().require(tableName);
      gets.add(new Get(table, table.keySchema().keyOf(keyAttributes), projection));
    }
    List<ItemLocks.Target> targets = gets.stream().map(g -> new ItemLocks.Target(g.table().name(), g.key())).toList();
    checkDistinct(targets);
    int[] stripes = lockOrCancel(targets, false);
    List<StoredItem> found = new ArrayList<>();
    try {
      for (Get get : gets) {
        found.add(get.table().store().get(get.key()));
      }
    } finally {
      state.locks().unlockAll(stripes, targets, false);
    }
    Capacity capacity = new Capacity(capacityMode);
    out.writeStartObject();
    out.writeArrayFieldStart("Responses");
    for (int i = 0; i < gets.size(); i++) {
      StoredItem item = found.get(i);
      out.writeStartObject();
      if (item != null) {
        out.writeFieldName("Item");
        AttributeValues.writeMap(out, gets.get(i).projection().apply(item.attributes()));
      }
      out.writeEndObject();
      capacity.add(gets.get(i).table().name(),
          2 * Capacity.readUnits(item == null ? 0 : item.size(), true));
    }
    out.writeEndArray();
    capacity.writeList(out);
    out.writeEndObject();
  }
}
