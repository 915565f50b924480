package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A legacy {@code ComparisonOperator} with its {@code AttributeValueList}: validation with
 * DynamoDB's messages, and evaluation. Mirrors the {@code Condition} page of the DynamoDB API
 * reference.
 */
final class LegacyComparison {
  static final String INVALID = "One or more parameter values were invalid: ";
  private static final Set<String> SCALARS = Set.of("S", "N", "B");
  /** EQ and NE accept every type, lists and maps included ("Condition" in the API reference). */
  private static final Set<String> ALL_TYPES =
      Set.of("S", "N", "B", "SS", "NS", "BS", "L", "M", "BOOL", "NULL");
  private static final Map<String, Set<String>> ALLOWED_TYPES =
      Map.ofEntries(
          Map.entry("EQ", ALL_TYPES),
          Map.entry("NE", ALL_TYPES),
          Map.entry("LE", SCALARS),
          Map.entry("LT", SCALARS),
          Map.entry("GE", SCALARS),
          Map.entry("GT", SCALARS),
          Map.entry("CONTAINS", SCALARS),
          Map.entry("NOT_CONTAINS", SCALARS),
          Map.entry("BEGINS_WITH", Set.of("S", "B")),
          Map.entry("IN", SCALARS),
          Map.entry("BETWEEN", SCALARS),
          Map.entry("NULL", Set.of()),
          Map.entry("NOT_NULL", Set.of()));

  private final String operator;
  private final List<Value> values;

  private LegacyComparison(String operator, List<Value> values) {
    this.operator = operator;
    this.values = values;
  }

  /** Validates an operator and its values as DynamoDB does for every legacy condition. */
  static LegacyComparison of(String operator, List<Value> values) {
    Set<String> allowed = ALLOWED_TYPES.get(operator);
    if (allowed == null) {
      throw DynamoException.validation(
          "1 validation error detected: Value '"
              + operator
              + "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum"
              + " value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE,"
              + " BEGINS_WITH, GE, CONTAINS]");
    }
    for (Value value : values) {
      String problem = ValueProblems.emptySet(value);
      if (problem != null) {
        throw DynamoException.validation(problem);
      }
    }
    if (!countFits(operator, values.size())) {
      throw DynamoException.validation(
          INVALID + "Invalid number of argument(s) for the " + operator + " ComparisonOperator");
    }
    for (Value value : values) {
      if (!value.type().equals(values.get(0).type())) {
        throw DynamoException.validation(
            INVALID + "AttributeValues inside AttributeValueList must be of same type");
      }
    }
    for (Value value : values) {
      if (!allowed.contains(value.type())) {
        throw DynamoException.validation(
            INVALID
                + "ComparisonOperator "
                + operator
                + " is not valid for "
                + value.type()
                + " AttributeValue type");
      }
    }
    if (operator.equals("BETWEEN") && ValueOrder.compare(values.get(0), values.get(1)) > 0) {
      throw DynamoException.validation(
          "The BETWEEN condition was provided a range where the lower bound is greater than the"
              + " upper bound");
    }
    return new LegacyComparison(operator, List.copyOf(values));
  }

  private static boolean countFits(String operator, int count) {
    return switch (operator) {
      case "NULL", "NOT_NULL" -> count == 0;
      case "IN" -> count > 0;
      case "BETWEEN" -> count == 2;
      default -> count == 1;
    };
  }

  String operator() {
    return operator;
  }

  List<Value> values() {
    return values;
  }

  boolean test(Value attribute) {
    Value first = values.isEmpty() ? null : values.get(0);
    return switch (operator) {
      case "EQ" -> ConditionEvaluator.compare("=", attribute, first);
      case "NE" -> ConditionEvaluator.compare("<>", attribute, first);
      case "LT" -> ConditionEvaluator.compare("<", attribute, first);
      case "LE" -> ConditionEvaluator.compare("<=", attribute, first);
      case "GT" -> ConditionEvaluator.compare(">", attribute, first);
      case "GE" -> ConditionEvaluator.compare(">=", attribute, first);
      case "NULL" -> attribute == null;
      case "NOT_NULL" -> attribute != null;
      case "CONTAINS" -> ValueFunctions.contains(attribute, first);
      case "NOT_CONTAINS" -> attribute != null && !ValueFunctions.contains(attribute, first);
      case "BEGINS_WITH" -> ValueFunctions.beginsWith(attribute, first);
      case "IN" -> attribute != null && values.contains(attribute);
      default -> ConditionEvaluator.between(attribute, first, values.get(1));
    };
  }
}
