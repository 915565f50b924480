package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.expression.AttributePath;
import dev.hangar.dynamo.internal.expression.Condition;
import dev.hangar.dynamo.internal.expression.ExpressionContext;
import dev.hangar.dynamo.internal.expression.Expressions;
import dev.hangar.dynamo.internal.expression.KeyCondition;
import dev.hangar.dynamo.internal.expression.LegacyCondition;
import dev.hangar.dynamo.internal.expression.LegacyConditions;
import dev.hangar.dynamo.internal.expression.LegacyUpdate;
import dev.hangar.dynamo.internal.expression.Projection;
import dev.hangar.dynamo.internal.expression.SortKeyCondition;
import dev.hangar.dynamo.internal.expression.Update;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expressions of one request, and their legacy counterparts: where the expression language
 * ({@code internal.expression}) plugs into request handling. It applies DynamoDB's rules for
 * mixing the two forms and for placeholders sent without expressions, builds every expression of
 * the request against one {@link ExpressionContext}, and checks at the end that every placeholder
 * was used.
 */
final class RequestExpressions {
  /** The expression members of each kind of request, in the order DynamoDB names them. */
  static final List<String> CONDITION = List.of("ConditionExpression");
  static final List<String> UPDATE = List.of("UpdateExpression", "ConditionExpression");
  static final List<String> PROJECTION = List.of("ProjectionExpression");
  static final List<String> SCAN = List.of("ProjectionExpression", "FilterExpression");
  static final List<String> QUERY =
      List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression");

  private static final List<String> EXPRESSIONS = List.of(
      "ConditionExpression", "FilterExpression", "KeyConditionExpression", "ProjectionExpression",
      "UpdateExpression");
  private static final List<String> LEGACY = List.of(
      "Expected", "QueryFilter", "ScanFilter", "KeyConditions", "AttributesToGet",
      "AttributeUpdates", "ConditionalOperator");

  private final JsonNode request;
  private final List<String> members;
  private final Map<String, String> names;
  private final Map<String, Value> values;
  private final ExpressionContext context;

  /**
   * The expressions of one request.
   *
   * @param request the request (or the part of it that carries the expressions)
   * @param members the expression members this kind of request accepts
   */
  RequestExpressions(JsonNode request, List<String> members) {
    this.request = request;
    this.members = members;
    this.names = JsonShapes.map(request, "ExpressionAttributeNames", JsonShapes::asString);
    this.values = readValues(request);
    List<String> expressions = present(EXPRESSIONS);
    checkMixing(expressions);
    this.context = expressions.isEmpty() ? null : new ExpressionContext(names, values);
  }

  private static Map<String, Value> readValues(JsonNode request) {
    Map<String, JsonNode> raw = JsonShapes.map(request, "ExpressionAttributeValues", n -> n);
    if (raw == null) {
      return null;
    }
    Map<String, Value> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : raw.entrySet()) {
      try {
        values.put(entry.getKey(), AttributeValues.read(entry.getValue()));
      } catch (DynamoException e) {
        if (!e.shortType().equals("ValidationException")) {
          throw e;
        }
        throw DynamoException.validation("ExpressionAttributeValues contains invalid value: "
            + e.getMessage() + " for key " + entry.getKey());
      }
    }
    return values;
  }

  private void checkMixing(List<String> expressions) {
    List<String> legacy = expressions.isEmpty() ? List.of() : present(LEGACY);
    if (!legacy.isEmpty()) {
      throw DynamoException.validation(
          "Can not use both expression and non-expression parameters in the same request:"
              + " Non-expression parameters: {" + String.join(", ", legacy) + "}"
              + " Expression parameters: {" + String.join(", ", expressions) + "}");
    }
    if (names != null && expressions.isEmpty()) {
      throw DynamoException.validation(
          "ExpressionAttributeNames can only be specified when using expressions: "
              + allNull(members));
    }
    if (values == null) {
      return;
    }
    List<String> valueMembers =
        members.stream().filter(m -> !m.equals("ProjectionExpression")).toList();
    if (present(valueMembers).isEmpty()) {
      throw DynamoException.validation(
          "ExpressionAttributeValues can only be specified when using expressions: "
              + allNull(valueMembers));
    }
  }

  private static String allNull(List<String> members) {
    return String.join(" and ", members) + (members.size() > 1 ? " are null" : " is null");
  }

  private List<String> present(List<String> candidates) {
    List<String> found = null;
    for (String member : candidates) {
      if (JsonShapes.member(request, member) != null) {
        if (found == null) {
          found = new ArrayList<>(candidates.size());
        }
        found.add(member);
      }
    }
    return found == null ? List.of() : found;
  }

  /**
   * The condition of a write (ConditionExpression / Expected) or the filter of a read
   * (FilterExpression / QueryFilter / ScanFilter).
   *
   * @param expressionMember {@code ConditionExpression} or {@code FilterExpression}
   * @param legacyMember {@code Expected}, {@code QueryFilter} or {@code ScanFilter}
   * @return the condition, {@link ItemCondition#NONE} when neither is present
   */
  ItemCondition condition(String expressionMember, String legacyMember) {
    String text = JsonShapes.string(request, expressionMember);
    if (text != null) {
      Condition condition = Expressions.condition(text, context, expressionMember);
      Set<String> names = new LinkedHashSet<>();
      condition.paths().forEach(path -> names.add(path.attributeName()));
      return conditionReading(condition, names);
    }
    Map<String, LegacyCondition> legacy = JsonShapes.map(request, legacyMember,
        node -> legacyCondition(node, legacyMember.equals("Expected")));
    if (legacy == null) {
      return ItemCondition.NONE;
    }
    Condition condition =
        LegacyConditions.expected(legacy, JsonShapes.string(request, "ConditionalOperator"));
    return conditionReading(condition, new LinkedHashSet<>(legacy.keySet()));
  }

  private static ItemCondition conditionReading(Condition condition, Set<String> names) {
    return new ItemCondition() {
      @Override
      public boolean test(Map<String, Value> item) {
        return condition.test(item);
      }

      @Override
      public Set<String> topLevelNames() {
        return names;
      }
    };
  }

  private static LegacyCondition legacyCondition(JsonNode node, boolean expected) {
    ObjectNode structure = JsonShapes.asStructure(node);
    List<Value> list = JsonShapes.list(structure, "AttributeValueList", AttributeValues::read);
    String operator = JsonShapes.string(structure, "ComparisonOperator");
    if (!expected) {
      return LegacyCondition.of(operator, list);
    }
    JsonNode value = JsonShapes.member(structure, "Value");
    return new LegacyCondition(value == null ? null : AttributeValues.read(value),
        JsonShapes.bool(structure, "Exists"), operator, list);
  }

  /**
   * The projection of a read (ProjectionExpression / AttributesToGet).
   *
   * @return the projection, {@link ItemProjection#ALL} when neither is present
   */
  ItemProjection projection() {
    String text = JsonShapes.string(request, "ProjectionExpression");
    if (text != null) {
      Projection projection = Expressions.projection(text, context);
      return projection::apply;
    }
    List<String> attributes = JsonShapes.list(request, "AttributesToGet", JsonShapes::asString);
    if (attributes == null) {
      return ItemProjection.ALL;
    }
    Projection projection = LegacyConditions.attributesToGet(attributes);
    return projection::apply;
  }

  /**
   * The update of UpdateItem (UpdateExpression / AttributeUpdates).
   *
   * @return the update, or null when neither is present
   */
  ItemUpdate update() {
    String text = JsonShapes.string(request, "UpdateExpression");
    Update update;
    if (text != null) {
      update = Expressions.update(text, context);
    } else {
      Map<String, LegacyUpdate> legacy = JsonShapes.map(request, "AttributeUpdates", node -> {
        ObjectNode structure = JsonShapes.asStructure(node);
        JsonNode value = JsonShapes.member(structure, "Value");
        return new LegacyUpdate(JsonShapes.string(structure, "Action"),
            value == null ? null : AttributeValues.read(value));
      });
      if (legacy == null) {
        return null;
      }
      update = LegacyConditions.attributeUpdates(legacy);
    }
    return new UpdateAdapter(update);
  }

  /** An update with the projection of its own paths, for UPDATED_OLD and UPDATED_NEW. */
  private static final class UpdateAdapter implements ItemUpdate {
    private final Update update;
    private final Projection changed;

    UpdateAdapter(Update update) {
      this.update = update;
      this.changed = Expressions.projection(update.paths());
    }

    @Override
    public Map<String, Value> apply(Map<String, Value> item) {
      return update.apply(item);
    }

    @Override
    public Set<String> topLevelNames() {
      Set<String> names = new LinkedHashSet<>();
      for (AttributePath path : update.paths()) {
        names.add(path.attributeName());
      }
      return names;
    }

    @Override
    public Map<String, Value> changedParts(Map<String, Value> item) {
      return changed.apply(item);
    }
  }

  /**
   * The key condition of a Query (KeyConditionExpression / KeyConditions).
   *
   * @param partitionKey the partition key name
   * @param sortKey the sort key name, or null
   * @return the key condition
   */
  KeyMatch keyCondition(String partitionKey, String sortKey) {
    String text = JsonShapes.string(request, "KeyConditionExpression");
    KeyCondition condition;
    if (text != null) {
      condition = Expressions.keyCondition(text, context, partitionKey, sortKey);
    } else {
      Map<String, LegacyCondition> legacy = JsonShapes.map(request, "KeyConditions",
          node -> legacyCondition(node, false));
      if (legacy == null) {
        throw DynamoException.validation("Either the KeyConditions or KeyConditionExpression"
            + " parameter must be specified in the request.");
      }
      condition = LegacyConditions.keyConditions(legacy, partitionKey, sortKey);
    }
    SortKeyCondition sortCondition = condition.sort().orElse(null);
    return new KeyMatch() {
      @Override
      public Value partition() {
        return condition.partitionKeyValue();
      }

      @Override
      public boolean sortMatches(Value sort) {
        return sortCondition == null || sortCondition.test(sort);
      }

      @Override
      public SortKeyCondition sortCondition() {
        return sortCondition;
      }
    };
  }

  /** Checks, after all expressions of the request are built, that every placeholder was used. */
  void finish() {
    if (context != null) {
      context.checkAllUsed();
    }
  }
}
