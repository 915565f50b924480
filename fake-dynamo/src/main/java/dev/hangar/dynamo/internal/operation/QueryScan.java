package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.IndexEntryKey;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Query and Scan: pages of at most {@code Limit} items read (counted before the filter, as
 * DynamoDB counts them) and at most 1 MB of items read, measured as DynamoDB measures item size.
 */
public final class QueryScan {
  static final int PAGE_BYTES = 1024 * 1024;
  private static final List<String> SELECT =
      List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES");
  private static final String BAD_START =
      "The provided starting key is invalid: The provided key element does not match the schema";

  private final ServiceState state;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public QueryScan(ServiceState state) {
    this.state = state;
  }

  private record Common(
      String tableName, Integer limit, String select, boolean consistent, String capacityMode,
      Map<String, Value> exclusiveStart) {}

  private static Common common(ObjectNode request, ParameterCheck check) {
    String tableName = JsonShapes.string(request, "TableName");
    Integer limit = JsonShapes.integer(request, "Limit");
    String select = JsonShapes.string(request, "Select");
    Boolean consistent = JsonShapes.bool(request, "ConsistentRead");
    String capacityMode = JsonShapes.string(request, "ReturnConsumedCapacity");
    Map<String, Value> exclusiveStart = AttributeValues.readMap(request, "ExclusiveStartKey");
    check.tableName(tableName, "tableName")
        .atLeast(limit, "limit", 1)
        .oneOf(select, "select", SELECT)
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES);
    return new Common(tableName, limit, select, Boolean.TRUE.equals(consistent), capacityMode,
        exclusiveStart);
  }

  /**
   * DynamoDB's rules between Select and a projection. Query words the Count rule as a model
   * validation error ("1 validation error detected: "), Scan does not.
   */
  private static void checkSelect(ObjectNode request, Common common, boolean query) {
    String projection = JsonShapes.member(request, "ProjectionExpression") != null
        ? "ProjectionExpression"
        : JsonShapes.member(request, "AttributesToGet") != null ? "AttributesToGet" : null;
    if (projection == null || common.select() == null) {
      return;
    }
    switch (common.select()) {
      case "COUNT" -> throw DynamoException.validation((query ? "1 validation error detected: " : "")
          + "Cannot specify the " + projection + " when choosing to get only the Count");
      case "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES" -> throw DynamoException.validation(
          "Cannot specify the " + projection + " when choosing to get " + common.select());
      default -> {
        // SPECIFIC_ATTRIBUTES with a projection is what it says.
      }
    }
  }

  private static void checkSelectWithoutIndex(ObjectNode request, Common common) {
    if (JsonShapes.member(request, "IndexName") == null
        && "ALL_PROJECTED_ATTRIBUTES".equals(common.select())) {
      throw DynamoException.validation(
          "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    }
  }

  /** Scan. */
  public void scan(ObjectNode request, JsonGenerator out) throws IOException {
    ParameterCheck check = new ParameterCheck();
    Common common = common(request, check);
    Integer segment = JsonShapes.integer(request, "Segment");
    Integer totalSegments = JsonShapes.integer(request, "TotalSegments");
    check.atLeast(segment, "segment", 0).atMost(segment, "segment", 999999)
        .atLeast(totalSegments, "totalSegments", 1).atMost(totalSegments, "totalSegments", 1000000)
        .throwIfAny();
    if (segment != null && totalSegments == null) {
      throw DynamoException.validation("The TotalSegments parameter is required but was not present"
          + " in the request when Segment parameter is present");
    }
    if (totalSegments != null && segment == null) {
      throw DynamoException.validation("The Segment parameter is required but was not present in"
          + " the request when parameter TotalSegments is present");
    }
    if (segment != null && segment >= totalSegments) {
      throw DynamoException.validation("The Segment parameter is zero-based and must be less than"
          + " parameter TotalSegments: Segment: " + segment + " is not less than TotalSegments: "
          + totalSegments);
    }
    checkSelect(request, common, false);
    RequestExpressions expressions = new RequestExpressions(request, RequestExpressions.SCAN);
    ItemProjection projection = expressions.projection();
    ItemCondition filter = expressions.condition("FilterExpression", "ScanFilter");
    expressions.finish();
    checkSelectWithoutIndex(request, common);
    Table table = state.catalog().require(common.tableName());
    IndexRead index = IndexRead.of(request, common.select(), common.consistent(), table);
    int from = segment == null ? 0 : segment;
    int of = totalSegments == null ? 1 : totalSegments;
    Iterator<StoredItem> items;
    if (index != null) {
      IndexEntryKey start = common.exclusiveStart() == null ? null
          : index.startKey(common.exclusiveStart());
      items = index.resolve(index.store().scan(start, from, of));
    } else {
      PrimaryKey start = null;
      if (common.exclusiveStart() != null) {
        start = startKey(table.keySchema(), common.exclusiveStart());
      }
      items = table.store().scan(start, from, of);
    }
    Page page = Page.read(items, common.limit(), filter, lastKeys(table, index), i -> true);
    page.write(out, common, projection, table, index == null ? null : index.definition());
  }

  /** Query. */
  public void query(ObjectNode request, JsonGenerator out) throws IOException {
    ParameterCheck check = new ParameterCheck();
    Common common = common(request, check);
    Boolean forward = JsonShapes.bool(request, "ScanIndexForward");
    check.throwIfAny();
    checkSelect(request, common, true);
    RequestExpressions expressions = new RequestExpressions(request, RequestExpressions.QUERY);
    ItemProjection projection = expressions.projection();
    ItemCondition filter = expressions.condition("FilterExpression", "QueryFilter");
    checkSelectWithoutIndex(request, common);
    Table table = state.catalog().require(common.tableName());
    IndexRead index = IndexRead.of(request, common.select(), common.consistent(), table);
    KeySchema schema = index == null ? table.keySchema() : index.definition().keySchema();
    checkFilterNamesNoKey(request, filter, schema);
    KeyMatch keys = expressions.keyCondition(
        schema.partition().name(), schema.sort() == null ? null : schema.sort().name());
    expressions.finish();
    boolean forwardOrder = !Boolean.FALSE.equals(forward);
    if (index != null) {
      IndexEntryKey start = null;
      if (common.exclusiveStart() != null) {
        start = index.startKey(common.exclusiveStart());
        if (!start.index().partition().equals(keys.partition())) {
          throw DynamoException.validation(
              "The provided starting key does not match the range key predicate");
        }
      }
      SortKeyRange range = sortKeyRange(schema, keys);
      Iterator<StoredItem> entries = index.resolve(range == null
          ? index.store().partition(keys.partition(), start, forwardOrder)
          : range.readIndex(index.store(), keys.partition(), start, forwardOrder));
      Page page = Page.read(entries, common.limit(), filter, lastKeys(table, index),
          item -> schema.sort() == null || keys.sortMatches(item.get(schema.sort().name())));
      page.write(out, common, projection, table, index.definition());
      return;
    }
    Value startSort = null;
    if (common.exclusiveStart() != null) {
      PrimaryKey start = startKey(schema, common.exclusiveStart());
      if (!start.partition().equals(keys.partition())) {
        throw DynamoException.validation("The provided starting key is outside query boundaries"
            + " based on provided conditions");
      }
      startSort = start.sort();
      if (startSort != null && !keys.sortMatches(startSort)) {
        throw DynamoException.validation(
            "The provided starting key does not match the range key predicate");
      }
    }
    // Without a sort key a partition holds one item: a start key means it was already returned.
    Iterator<StoredItem> items = common.exclusiveStart() != null && schema.sort() == null
        ? java.util.Collections.emptyIterator()
        : partitionItems(table, schema, keys, startSort, forwardOrder);
    Page page = Page.read(items, common.limit(), filter, schema::keyAttributes,
        item -> schema.sort() == null || keys.sortMatches(item.get(schema.sort().name())));
    page.write(out, common, projection, table, null);
  }

  /** A partition's items from where the sort key condition can first match to where it ends. */
  private static Iterator<StoredItem> partitionItems(
      Table table, KeySchema schema, KeyMatch keys, Value startSort, boolean forward) {
    SortKeyRange range = sortKeyRange(schema, keys);
    return range == null
        ? table.store().partition(keys.partition(), startSort, forward)
        : range.read(table.store(), keys.partition(), startSort, forward);
  }

  private static SortKeyRange sortKeyRange(KeySchema schema, KeyMatch keys) {
    return schema.sort() == null || keys.sortCondition() == null ? null
        : SortKeyRange.of(keys.sortCondition(), schema.sort());
  }

  /** The {@code LastEvaluatedKey} of an item: the table's key, and the index's when reading one. */
  private static Function<Map<String, Value>, Map<String, Value>> lastKeys(
      Table table, IndexRead index) {
    return index == null ? table.keySchema()::keyAttributes : index::lastEvaluatedKey;
  }

  /** A Query filter may not read the key attributes: the key condition is the place for them. */
  private static void checkFilterNamesNoKey(ObjectNode request, ItemCondition filter,
      KeySchema schema) {
    for (String name : filter.topLevelNames()) {
      if (schema.isKeyAttribute(name)) {
        throw DynamoException.validation(JsonShapes.member(request, "QueryFilter") != null
            ? "QueryFilter can only contain non-primary key attributes: Primary key attribute: " + name
            : "Filter Expression can only contain non-primary key attributes: Primary key"
                + " attribute: " + name);
      }
    }
  }

  private static PrimaryKey startKey(KeySchema schema, Map<String, Value> start) {
    try {
      return schema.keyOf(start);
    } catch (DynamoException e) {
      throw DynamoException.validation(BAD_START);
    }
  }

  /** One page of results. */
  private record Page(
      List<Map<String, Value>> items, int count, int scanned, long bytes,
      Map<String, Value> lastKey) {

    static Page read(Iterator<StoredItem> source, Integer limit, ItemCondition filter,
        Function<Map<String, Value>, Map<String, Value>> lastKeyOf,
        java.util.function.Predicate<Map<String, Value>> inRange) {
      List<Map<String, Value>> items = new ArrayList<>();
      int scanned = 0;
      long bytes = 0;
      Map<String, Value> lastKey = null;
      while (source.hasNext()) {
        StoredItem item = source.next();
        if (!inRange.test(item.attributes())) {
          continue;
        }
        scanned++;
        bytes += item.size();
        if (filter.test(item.attributes())) {
          items.add(item.attributes());
        }
        if ((limit != null && scanned >= limit) || bytes >= PAGE_BYTES) {
          lastKey = lastKeyOf.apply(item.attributes());
          break;
        }
      }
      return new Page(items, items.size(), scanned, bytes, lastKey);
    }

    void write(JsonGenerator out, Common common, ItemProjection projection, Table table,
        IndexDefinition index) throws IOException {
      out.writeStartObject();
      if (!"COUNT".equals(common.select())) {
        out.writeArrayFieldStart("Items");
        for (Map<String, Value> item : items) {
          AttributeValues.writeMap(out, projection.apply(item));
        }
        out.writeEndArray();
      }
      out.writeNumberField("Count", count);
      out.writeNumberField("ScannedCount", scanned);
      if (lastKey != null) {
        out.writeFieldName("LastEvaluatedKey");
        AttributeValues.writeMap(out, lastKey);
      }
      Capacity capacity = new Capacity(common.capacityMode());
      double units = Capacity.readUnits(bytes, common.consistent());
      if (index == null) {
        capacity.add(table.name(), units);
      } else {
        capacity.add(table.name(), 0).addIndex(table.name(), index, units);
      }
      capacity.writeSingle(out);
      out.writeEndObject();
    }
  }
}
