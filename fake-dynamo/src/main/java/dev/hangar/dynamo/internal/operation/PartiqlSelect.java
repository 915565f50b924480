package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.expression.Condition;
import dev.hangar.dynamo.internal.expression.ExpressionContext;
import dev.hangar.dynamo.internal.expression.Expressions;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.partiql.Partiql;
import dev.hangar.dynamo.internal.partiql.PartiqlErrors;
import dev.hangar.dynamo.internal.partiql.PartiqlExpr;
import dev.hangar.dynamo.internal.partiql.PartiqlStatement;
import dev.hangar.dynamo.internal.partiql.PartiqlTranslation;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * PartiQL SELECT: a key lookup when WHERE fixes the whole key, a partition read when it fixes the
 * partition key, a scan otherwise (DynamoDB runs those too); {@code Limit} counts the items
 * evaluated, and {@code NextToken} resumes after the last one, as ExecuteStatement documents.
 */
final class PartiqlSelect {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long PAGE_BYTES = 1024L * 1024;

  private final ServiceState state;

  PartiqlSelect(ServiceState state) {
    this.state = state;
  }

  /** The parts of a SELECT bound to its parameters. */
  private record Plan(Table table, Condition condition, ItemProjection projection,
      Map<String, PartiqlExpr> equalities, PartiqlTranslation translation) {}

  private Plan plan(PartiqlStatement.Select query, List<Value> parameters) {
    Table table = state.catalog().require(query.table());
    if (query.index() != null) {
      throw PartiqlErrors.unsupported("SELECT on an index");
    }
    PartiqlTranslation translation = new PartiqlTranslation(parameters);
    String condition = query.where() == null ? null : translation.condition(query.where());
    String projection = query.projection() == null ? null
        : translation.projection(query.projection());
    ExpressionContext context = new ExpressionContext(
        translation.names().isEmpty() ? null : translation.names(),
        translation.values().isEmpty() ? null : translation.values());
    return new Plan(table,
        condition == null ? item -> true
            : Expressions.condition(condition, context, "ConditionExpression"),
        projection == null ? ItemProjection.ALL
            : Expressions.projection(projection, context)::apply,
        Partiql.equalities(query.where()), translation);
  }

  /** A SELECT of one item by its full key, for BatchExecuteStatement. */
  Map<String, Value> one(PartiqlStatement.Select query, List<Value> parameters) {
    Plan plan = plan(query, parameters);
    Map<String, Value> key = PartiqlOperations.key(query.where(), plan.table().keySchema(),
        plan.translation());
    StoredItem item = plan.table().store().get(plan.table().keySchema().keyOf(key));
    return item == null || !plan.condition().test(item.attributes()) ? null
        : plan.projection().apply(item.attributes());
  }

  /** ExecuteStatement of a SELECT. */
  void run(PartiqlStatement.Select query, List<Value> parameters, Integer limit, String nextToken,
      Capacity capacity, boolean consistent, JsonGenerator out) throws IOException {
    Plan plan = plan(query, parameters);
    KeySchema keys = plan.table().keySchema();
    PrimaryKey start = nextToken == null ? null : keys.keyOfStored(decode(nextToken));
    Iterator<StoredItem> candidates = candidates(plan, keys, start, forward(query, plan, keys));
    int max = limit == null ? Integer.MAX_VALUE : limit;
    int evaluated = 0;
    long bytes = 0;
    StoredItem last = null;
    out.writeStartObject();
    out.writeArrayFieldStart("Items");
    while (evaluated < max && bytes < PAGE_BYTES && candidates.hasNext()) {
      StoredItem item = candidates.next();
      evaluated++;
      bytes += item.size();
      last = item;
      if (plan.condition().test(item.attributes())) {
        AttributeValues.writeMap(out, plan.projection().apply(item.attributes()));
      }
    }
    out.writeEndArray();
    if (last != null && candidates.hasNext()) {
      out.writeStringField("NextToken", encode(keys.keyAttributes(last.attributes())));
    }
    capacity.add(plan.table().name(), Capacity.readUnits(bytes, consistent)).writeSingle(out);
    out.writeEndObject();
  }

  /** The direction of ORDER BY, which DynamoDB allows on the sort key of one partition. */
  private static boolean forward(PartiqlStatement.Select query, Plan plan, KeySchema keys) {
    if (query.orderBy() == null) {
      return true;
    }
    if (keys.sort() == null || !keys.sort().name().equals(query.orderBy())
        || !plan.equalities().containsKey(keys.partition().name())) {
      throw PartiqlErrors.unsupported(
          "ORDER BY other than the sort key of a partition fixed by WHERE");
    }
    return !query.descending();
  }

  private Iterator<StoredItem> candidates(
      Plan plan, KeySchema keys, PrimaryKey start, boolean forward) {
    PartiqlExpr partition = plan.equalities().get(keys.partition().name());
    if (partition == null) {
      return plan.table().store().scan(start, 0, 1);
    }
    Value partitionValue = plan.translation().bind(partition);
    if (!partitionValue.type().equals(keys.partition().type())) {
      return Collections.emptyIterator();
    }
    return plan.table().store().partition(
        partitionValue, start == null ? null : start.sort(), forward);
  }

  private static String encode(Map<String, Value> key) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(buffer)) {
      AttributeValues.writeMap(generator, key);
    }
    return Base64.getEncoder().encodeToString(buffer.toByteArray());
  }

  private static Map<String, Value> decode(String token) {
    try {
      JsonNode node = MAPPER.readTree(Base64.getDecoder().decode(token));
      return AttributeValues.readMapNode(node);
    } catch (IllegalArgumentException | IOException | DynamoException e) {
      throw DynamoException.validation("Invalid NextToken");
    }
  }
}
