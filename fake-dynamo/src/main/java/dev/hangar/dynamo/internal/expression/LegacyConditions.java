package dev.hangar.dynamo.internal.expression;

import static dev.hangar.dynamo.internal.expression.LegacyComparison.INVALID;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The legacy conditional parameters, turned into the same objects as expressions: {@code Expected}
 * with {@code ConditionalOperator}, {@code QueryFilter}, {@code ScanFilter}, {@code KeyConditions},
 * {@code AttributesToGet} and {@code AttributeUpdates}.
 *
 * <p>Mirrors "Legacy conditional parameters" in the DynamoDB developer guide.
 */
public final class LegacyConditions {
  private LegacyConditions() {}

  /**
   * {@code Expected}, {@code QueryFilter} or {@code ScanFilter}, combined by {@code
   * ConditionalOperator}.
   *
   * @param expected the conditions by attribute name
   * @param conditionalOperatorOrNull {@code AND} (the default) or {@code OR}
   * @return the condition
   * @throws DynamoException a {@code ValidationException} with DynamoDB's message for an invalid
   *     entry
   */
  public static Condition expected(
      Map<String, LegacyCondition> expected, String conditionalOperatorOrNull) {
    boolean any = "OR".equals(conditionalOperatorOrNull);
    if (conditionalOperatorOrNull != null && !any && !"AND".equals(conditionalOperatorOrNull)) {
      throw DynamoException.validation(
          "1 validation error detected: Value '"
              + conditionalOperatorOrNull
              + "' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy"
              + " enum value set: [AND, OR]");
    }
    if (conditionalOperatorOrNull != null && expected.isEmpty()) {
      throw DynamoException.validation(
          "ConditionalOperator cannot be used without Filter or Expected");
    }
    if (conditionalOperatorOrNull != null && expected.size() == 1) {
      throw DynamoException.validation(
          "ConditionalOperator can only be used when Filter or Expected has two or more elements");
    }
    List<Predicate<Map<String, Value>>> tests = new ArrayList<>();
    List<AttributePath> paths = new ArrayList<>();
    expected.forEach(
        (name, condition) -> {
          tests.add(entry(name, condition));
          paths.add(AttributePath.attribute(name));
        });
    return new LegacyConditionPlan(tests, any, paths);
  }

  private static Predicate<Map<String, Value>> entry(String name, LegacyCondition condition) {
    checkExpectedShape(name, condition);
    String operator = condition.comparisonOperator();
    if (operator != null) {
      List<Value> values =
          condition.value() != null ? List.of(condition.value()) : listOrEmpty(condition);
      LegacyComparison comparison = LegacyComparison.of(operator, values);
      return item -> comparison.test(item.get(name));
    }
    if (condition.value() == null) {
      return item -> !item.containsKey(name);
    }
    String problem = ValueProblems.emptySet(condition.value());
    if (problem != null) {
      throw DynamoException.validation(problem);
    }
    Value value = condition.value();
    return item -> value.equals(item.get(name));
  }

  /** The combinations of members an {@code ExpectedAttributeValue} may not have, in DynamoDB's order. */
  private static void checkExpectedShape(String name, LegacyCondition condition) {
    if (condition == null) {
      throw invalid("ExpectedAttributeValue must not be null for Attribute: " + name);
    }
    String operator = condition.comparisonOperator();
    boolean hasValue = condition.value() != null;
    boolean hasList = condition.attributeValueList() != null;
    if (condition.exists() != null && operator != null) {
      throw invalid("Exists and ComparisonOperator cannot be used together for Attribute: " + name);
    }
    if (hasValue && hasList) {
      throw invalid("Value and AttributeValueList cannot be used together for Attribute: " + name);
    }
    if (operator == null && hasList) {
      throw invalid(
          "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + name);
    }
    if (Boolean.FALSE.equals(condition.exists()) && hasValue) {
      throw invalid("Value cannot be used when Exists is false for Attribute: " + name);
    }
    if (!hasValue && !hasList) {
      if (operator != null) {
        if (!operator.equals("NULL") && !operator.equals("NOT_NULL")) {
          throw invalid(
              "Value or AttributeValueList must be used with ComparisonOperator: "
                  + operator
                  + " for Attribute: "
                  + name);
        }
      } else if (condition.exists() == null) {
        throw invalid("Value must be provided when Exists is null for Attribute: " + name);
      } else if (condition.exists()) {
        throw invalid("Value must be provided when Exists is true for Attribute: " + name);
      }
    }
  }

  private static List<Value> listOrEmpty(LegacyCondition condition) {
    return condition.attributeValueList() == null ? List.of() : condition.attributeValueList();
  }

  /**
   * {@code KeyConditions} of a query.
   *
   * @param keyConditions the conditions by attribute name
   * @param partitionKeyName the partition key of the table or index queried
   * @param sortKeyNameOrNull its sort key, or null
   * @return the key condition
   * @throws DynamoException a {@code ValidationException} with DynamoDB's message
   */
  public static KeyCondition keyConditions(
      Map<String, LegacyCondition> keyConditions, String partitionKeyName, String sortKeyNameOrNull) {
    if (keyConditions.isEmpty()) {
      throw DynamoException.validation(
          "Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
              + " request.");
    }
    if (keyConditions.size() > 2) {
      throw DynamoException.validation("Conditions can be of length 1 or 2 only");
    }
    List<SortKeyCondition> conditions = new ArrayList<>();
    for (Map.Entry<String, LegacyCondition> entry : keyConditions.entrySet()) {
      LegacyCondition condition = entry.getValue();
      String operator = condition.comparisonOperator();
      if (operator == null) {
        throw DynamoException.validation(
            "1 validation error detected: Value null at 'keyConditions."
                + entry.getKey()
                + ".member.comparisonOperator' failed to satisfy constraint: Member must not be"
                + " null");
      }
      LegacyComparison comparison = LegacyComparison.of(operator, listOrEmpty(condition));
      SortKeyOperator keyOperator = keyOperator(operator);
      conditions.add(new SortKeyCondition(entry.getKey(), keyOperator, comparison.values()));
    }
    return KeyConditionSchema.check(conditions, partitionKeyName, sortKeyNameOrNull);
  }

  private static SortKeyOperator keyOperator(String operator) {
    return switch (operator) {
      case "EQ" -> SortKeyOperator.EQ;
      case "LT" -> SortKeyOperator.LT;
      case "LE" -> SortKeyOperator.LE;
      case "GT" -> SortKeyOperator.GT;
      case "GE" -> SortKeyOperator.GE;
      case "BETWEEN" -> SortKeyOperator.BETWEEN;
      case "BEGINS_WITH" -> SortKeyOperator.BEGINS_WITH;
      default ->
          throw DynamoException.validation(
              "Attempted conditional constraint is not an indexable operation");
    };
  }

  /**
   * {@code AttributesToGet}: top-level attributes only.
   *
   * @param names the attribute names
   * @return the projection
   * @throws DynamoException a {@code ValidationException} for a name listed twice
   */
  public static Projection attributesToGet(List<String> names) {
    Set<String> unique = new LinkedHashSet<>();
    List<AttributePath> paths = new ArrayList<>();
    for (String name : names) {
      if (!unique.add(name)) {
        throw invalid("Duplicate value in attribute name: " + name);
      }
      paths.add(AttributePath.attribute(name));
    }
    return new ProjectionPlan(paths);
  }

  /**
   * {@code AttributeUpdates}.
   *
   * @param updates the updates by attribute name
   * @return the update
   * @throws DynamoException a {@code ValidationException} with DynamoDB's message for an invalid
   *     entry
   */
  public static Update attributeUpdates(Map<String, LegacyUpdate> updates) {
    return LegacyUpdatePlan.of(updates);
  }

  static DynamoException invalid(String message) {
    return DynamoException.validation(INVALID + message);
  }
}
