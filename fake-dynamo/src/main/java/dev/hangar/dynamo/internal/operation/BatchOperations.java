package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.ItemSize;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
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
 * BatchGetItem (100 keys, 16 MB, the rest in {@code UnprocessedKeys}) and BatchWriteItem (25
 * requests, validated as a whole before any write, each write atomic on its own).
 */
public final class BatchOperations {
  private static final long MAX_GET_BYTES = 16L * 1024 * 1024;
  private static final String DUPLICATES = "Provided list of item keys contains duplicates";

  private final ServiceState state;
  private final ItemOperations items;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   * @param items single-item writes, whose locking batches reuse
   */
  public BatchOperations(ServiceState state, ItemOperations items) {
    this.state = state;
    this.items = items;
  }

  private record GetRequest(
      Table table, ObjectNode raw, List<Map<String, Value>> keys, boolean consistent,
      ItemProjection projection) {}

  /** BatchGetItem. */
  public void batchGetItem(ObjectNode request, JsonGenerator out) throws IOException {
    Map<String, ObjectNode> requestItems =
        JsonShapes.map(request, "RequestItems", JsonShapes::asStructure);
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    ParameterCheck check = new ParameterCheck()
        .notNull(requestItems, "requestItems")
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES);
    if (requestItems != null) {
      check.length("{}", requestItems.size(), "requestItems", 1, 100);
      for (String name : requestItems.keySet()) {
        check.tableName(name, "requestItems.1.member.key");
      }
    }
    check.throwIfAny();
    List<GetRequest> gets = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, ObjectNode> entry : requestItems.entrySet()) {
      ObjectNode raw = entry.getValue();
      List<Map<String, Value>> keys = JsonShapes.list(raw, "Keys", AttributeValues::readMapNode);
      if (keys == null) {
        throw DynamoException.validation("1 validation error detected: Value null at"
            + " 'requestItems." + entry.getKey() + ".member.keys' failed to satisfy constraint:"
            + " Member must not be null");
      }
      total += keys.size();
      RequestExpressions expressions = new RequestExpressions(raw, RequestExpressions.PROJECTION);
      ItemProjection projection = expressions.projection();
      expressions.finish();
      gets.add(new GetRequest(null, raw, keys, Boolean.TRUE.equals(JsonShapes.bool(raw,
          "ConsistentRead")), projection));
    }
    if (total > 100) {
      throw DynamoException.validation("Too many items requested for the BatchGetItem call");
    }
    List<String> names = new ArrayList<>(requestItems.keySet());
    List<GetRequest> resolved = new ArrayList<>();
    for (int i = 0; i < gets.size(); i++) {
      Table table = state.catalog().require(names.get(i));
      Set<PrimaryKey> seen = new HashSet<>();
      for (Map<String, Value> key : gets.get(i).keys()) {
        if (!seen.add(table.keySchema().keyOf(key))) {
          throw DynamoException.validation(DUPLICATES);
        }
      }
      GetRequest get = gets.get(i);
      resolved.add(new GetRequest(table, get.raw(), get.keys(), get.consistent(), get.projection()));
    }
    writeBatchGet(out, resolved, new Capacity(capacityMode));
  }

  private void writeBatchGet(JsonGenerator out, List<GetRequest> gets, Capacity capacity)
      throws IOException {
    long bytes = 0;
    Map<GetRequest, List<Map<String, Value>>> unprocessed = new LinkedHashMap<>();
    out.writeStartObject();
    out.writeObjectFieldStart("Responses");
    for (GetRequest get : gets) {
      out.writeArrayFieldStart(get.table().name());
      double units = 0;
      for (Map<String, Value> key : get.keys()) {
        if (bytes >= MAX_GET_BYTES) {
          unprocessed.computeIfAbsent(get, g -> new ArrayList<>()).add(key);
          continue;
        }
        StoredItem item = get.table().store().get(get.table().keySchema().keyOf(key));
        units += Capacity.readUnits(item == null ? 0 : item.size(), get.consistent());
        if (item != null) {
          bytes += item.size();
          AttributeValues.writeMap(out, get.projection().apply(item.attributes()));
        }
      }
      capacity.add(get.table().name(), units);
      out.writeEndArray();
    }
    out.writeEndObject();
    out.writeObjectFieldStart("UnprocessedKeys");
    for (Map.Entry<GetRequest, List<Map<String, Value>>> entry : unprocessed.entrySet()) {
      out.writeObjectFieldStart(entry.getKey().table().name());
      out.writeArrayFieldStart("Keys");
      for (Map<String, Value> key : entry.getValue()) {
        AttributeValues.writeMap(out, key);
      }
      out.writeEndArray();
      copyMember(out, entry.getKey().raw(), "ConsistentRead");
      copyMember(out, entry.getKey().raw(), "ProjectionExpression");
      copyMember(out, entry.getKey().raw(), "ExpressionAttributeNames");
      copyMember(out, entry.getKey().raw(), "AttributesToGet");
      out.writeEndObject();
    }
    out.writeEndObject();
    capacity.writeList(out);
    out.writeEndObject();
  }

  private static void copyMember(JsonGenerator out, ObjectNode raw, String member)
      throws IOException {
    JsonNode node = JsonShapes.member(raw, member);
    if (node != null) {
      out.writeFieldName(member);
      out.writeTree(node);
    }
  }

  private record WriteRequest(Table table, PrimaryKey key, StoredItem item) {}

  /** BatchWriteItem. */
  public void batchWriteItem(ObjectNode request, JsonGenerator out) throws IOException {
    Map<String, List<ObjectNode>> requestItems = JsonShapes.map(request, "RequestItems",
        node -> JsonShapes.asList(node, JsonShapes::asStructure, "requestItems.member"));
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    String metricsMode = JsonShapes.string(request, "ReturnItemCollectionMetrics");
    ParameterCheck check = new ParameterCheck()
        .notNull(requestItems, "requestItems")
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES)
        .oneOf(metricsMode, "returnItemCollectionMetrics", ItemCollectionMetrics.MODES);
    if (requestItems != null) {
      check.length("{}", requestItems.size(), "requestItems", 1, 25);
      for (String name : requestItems.keySet()) {
        check.tableName(name, "requestItems.1.member.key");
      }
    }
    check.throwIfAny();
    int total = 0;
    for (List<ObjectNode> list : requestItems.values()) {
      total += list.size();
    }
    if (total > 25) {
      throw DynamoException.validation("Too many items requested for the BatchWriteItem call");
    }
    List<WriteRequest> writes = new ArrayList<>();
    for (Map.Entry<String, List<ObjectNode>> entry : requestItems.entrySet()) {
      Table table = state.catalog().require(entry.getKey());
      Set<PrimaryKey> seen = new HashSet<>();
      for (ObjectNode writeRequest : entry.getValue()) {
        WriteRequest write = parseWrite(table, writeRequest);
        if (!seen.add(write.key())) {
          throw DynamoException.validation(DUPLICATES);
        }
        writes.add(write);
      }
    }
    Capacity capacity = new Capacity(capacityMode);
    for (WriteRequest write : writes) {
      StoredItem old = items.write(write.table(), write.key(), ItemCondition.NONE, false,
          current -> write.item());
      capacity.addWrite(write.table(), old, write.item(), 1);
    }
    out.writeStartObject();
    out.writeObjectFieldStart("UnprocessedItems");
    out.writeEndObject();
    capacity.writeList(out);
    writeItemCollectionMetrics(out, metricsMode, writes);
    out.writeEndObject();
  }

  /** {@code ItemCollectionMetrics} by table, for the tables with local secondary indexes. */
  private static void writeItemCollectionMetrics(
      JsonGenerator out, String mode, List<WriteRequest> writes) throws IOException {
    Map<String, List<WriteRequest>> byTable = new java.util.LinkedHashMap<>();
    for (WriteRequest write : writes) {
      if (ItemCollectionMetrics.wanted(mode, write.table())) {
        byTable.computeIfAbsent(write.table().name(), t -> new ArrayList<>()).add(write);
      }
    }
    if (byTable.isEmpty()) {
      return;
    }
    out.writeObjectFieldStart("ItemCollectionMetrics");
    for (Map.Entry<String, List<WriteRequest>> table : byTable.entrySet()) {
      out.writeArrayFieldStart(table.getKey());
      for (WriteRequest write : table.getValue()) {
        ItemCollectionMetrics.writeObject(out, write.table(), write.key());
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static WriteRequest parseWrite(Table table, ObjectNode writeRequest) {
    ObjectNode put = JsonShapes.structure(writeRequest, "PutRequest");
    ObjectNode delete = JsonShapes.structure(writeRequest, "DeleteRequest");
    if ((put == null) == (delete == null)) {
      throw DynamoException.validation("Supplied AttributeValue has more than one datatypes set,"
          + " must contain exactly one of the supported datatypes");
    }
    if (put != null) {
      Map<String, Value> item = AttributeValues.readMap(put, "Item");
      if (item == null) {
        throw DynamoException.validation("1 validation error detected: Value null at"
            + " 'requestItems." + table.name() + ".member.1.member.putRequest.item' failed to"
            + " satisfy constraint: Member must not be null");
      }
      PrimaryKey key = table.keySchema().keyOfItem(item);
      table.checkIndexKeys(item);
      StoredItem stored = StoredItem.of(item);
      if (stored.size() > ItemSize.MAX_ITEM_BYTES) {
        throw DynamoException.validation(ItemOperations.ITEM_TOO_LARGE);
      }
      return new WriteRequest(table, key, stored);
    }
    Map<String, Value> key = AttributeValues.readMap(delete, "Key");
    if (key == null) {
      throw DynamoException.validation("1 validation error detected: Value null at"
          + " 'requestItems." + table.name() + ".member.1.member.deleteRequest.key' failed to"
          + " satisfy constraint: Member must not be null");
    }
    return new WriteRequest(table, table.keySchema().keyOf(key), null);
  }
}
