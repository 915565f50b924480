package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.wire.AttributeValues;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expressions of one request, and their legacy counterparts: where the expression language
 * plugs into request handling. It applies DynamoDB's rules for mixing the two forms and for
 * placeholders sent without expressions.
 *
 * <p>The expression language itself lives in {@code internal.expression}; until it is part of
 * this build, a request that carries any expression or legacy condition fails loudly, naming the
 * parameter.
 */
final class RequestExpressions {
  private static final List<String> EXPRESSIONS = List.of(
      "ConditionExpression", "FilterExpression", "KeyConditionExpression", "ProjectionExpression",
      "UpdateExpression");
  private static final List<String> LEGACY = List.of(
      "Expected", "QueryFilter", "ScanFilter", "KeyConditions", "AttributesToGet",
      "AttributeUpdates", "ConditionalOperator");

  /** The expression members of each kind of request, in the order DynamoDB names them. */
  static final List<String> CONDITION = List.of("ConditionExpression");
  static final List<String> UPDATE = List.of("UpdateExpression", "ConditionExpression");
  static final List<String> PROJECTION = List.of("ProjectionExpression");
  static final List<String> SCAN = List.of("ProjectionExpression", "FilterExpression");
  static final List<String> QUERY =
      List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression");

  private final JsonNode request;
  private final List<String> members;
  private final Map<String, String> names;
  private final Map<String, Value> values;

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
    this.values = JsonShapes.map(request, "ExpressionAttributeValues", AttributeValues::read);
    checkMixing();
  }

  private void checkMixing() {
    List<String> expressions = present(EXPRESSIONS);
    List<String> legacy = present(LEGACY);
    if (!expressions.isEmpty() && !legacy.isEmpty()) {
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
    List<String> valueMembers =
        members.stream().filter(m -> !m.equals("ProjectionExpression")).toList();
    if (values != null && present(valueMembers).isEmpty()) {
      throw DynamoException.validation(
          "ExpressionAttributeValues can only be specified when using expressions: "
              + allNull(valueMembers));
    }
    if (names != null && names.isEmpty()) {
      throw DynamoException.validation("ExpressionAttributeNames must not be empty");
    }
    if (values != null && values.isEmpty()) {
      throw DynamoException.validation("ExpressionAttributeValues must not be empty");
    }
  }

  private static String allNull(List<String> members) {
    return String.join(" and ", members) + (members.size() > 1 ? " are null" : " is null");
  }

  private List<String> present(List<String> members) {
    List<String> found = new ArrayList<>();
    for (String member : members) {
      if (JsonShapes.member(request, member) != null) {
        found.add(member);
      }
    }
    return found;
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
    requireAbsent(expressionMember);
    requireAbsent(legacyMember);
    requireAbsent("ConditionalOperator");
    return ItemCondition.NONE;
  }

  /**
   * The projection of a read (ProjectionExpression / AttributesToGet).
   *
   * @return the projection, {@link ItemProjection#ALL} when neither is present
   */
  ItemProjection projection() {
    requireAbsent("ProjectionExpression");
    requireAbsent("AttributesToGet");
    return ItemProjection.ALL;
  }

  /**
   * The update of UpdateItem (UpdateExpression / AttributeUpdates).
   *
   * @return the update, or null when neither is present
   */
  ItemUpdate update() {
    requireAbsent("UpdateExpression");
    requireAbsent("AttributeUpdates");
    return null;
  }

  /**
   * The key condition of a Query (KeyConditionExpression / KeyConditions).
   *
   * @param partitionKey the partition key name
   * @param sortKey the sort key name, or null
   * @return the key condition
   */
  KeyMatch keyCondition(String partitionKey, String sortKey) {
    requireAbsent("KeyConditionExpression");
    requireAbsent("KeyConditions");
    throw DynamoException.validation(
        "Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
            + " request.");
  }

  /** Checks, after all expressions of the request are built, that every placeholder was used. */
  void finish() {
    // Placeholders are only accepted together with expressions, which are checked as they are
    // built; nothing is left to check until the expression language is part of the build.
  }

  private void requireAbsent(String member) {
    if (JsonShapes.member(request, member) != null) {
      throw DynamoException.validation(
          "Hangar does not support " + member
              + " yet: the expression language is not part of this build");
    }
  }
}
