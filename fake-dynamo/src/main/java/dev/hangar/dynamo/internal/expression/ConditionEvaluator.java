package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.expression.ConditionNode.And;
import dev.hangar.dynamo.internal.expression.ConditionNode.Between;
import dev.hangar.dynamo.internal.expression.ConditionNode.Comparison;
import dev.hangar.dynamo.internal.expression.ConditionNode.FunctionCondition;
import dev.hangar.dynamo.internal.expression.ConditionNode.In;
import dev.hangar.dynamo.internal.expression.ConditionNode.Not;
import dev.hangar.dynamo.internal.expression.ConditionNode.Or;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Operand.PathOperand;
import dev.hangar.dynamo.internal.expression.Operand.ValueOperand;
import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Evaluates a condition against an item as DynamoDB does: a missing attribute or a type mismatch
 * makes a comparison false (except {@code <>}, which is then true), sets compare as sets.
 */
final class ConditionEvaluator {
  private ConditionEvaluator() {}

  static boolean test(ConditionNode node, Map<String, Value> item) {
    if (node instanceof And and) {
      return test(and.left(), item) && test(and.right(), item);
    }
    if (node instanceof Or or) {
      return test(or.left(), item) || test(or.right(), item);
    }
    if (node instanceof Not not) {
      return !test(not.inner(), item);
    }
    if (node instanceof Comparison comparison) {
      return compare(
          comparison.operator(), operand(comparison.left(), item), operand(comparison.right(), item));
    }
    if (node instanceof Between between) {
      return between(
          operand(between.subject(), item),
          operand(between.low(), item),
          operand(between.high(), item));
    }
    if (node instanceof In in) {
      Value subject = operand(in.subject(), item);
      for (Operand candidate : in.candidates()) {
        if (subject != null && subject.equals(operand(candidate, item))) {
          return true;
        }
      }
      return false;
    }
    return function(((FunctionCondition) node).call(), item);
  }

  static boolean compare(String operator, Value left, Value right) {
    if (operator.equals("=")) {
      return left != null && left.equals(right);
    }
    if (operator.equals("<>")) {
      return left == null || !left.equals(right);
    }
    if (left == null || right == null || !ValueOrder.comparable(left, right)) {
      return false;
    }
    int order = ValueOrder.compare(left, right);
    return switch (operator) {
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case ">" -> order > 0;
      case ">=" -> order >= 0;
      default -> throw new IllegalArgumentException("comparator " + operator);
    };
  }

  static boolean between(Value subject, Value low, Value high) {
    return subject != null
        && low != null
        && high != null
        && ValueOrder.comparable(subject, low)
        && ValueOrder.comparable(subject, high)
        && ValueOrder.compare(low, subject) <= 0
        && ValueOrder.compare(subject, high) <= 0;
  }

  static Value operand(Operand operand, Map<String, Value> item) {
    if (operand instanceof PathOperand path) {
      return DocumentPaths.get(item, path.path());
    }
    if (operand instanceof ValueOperand value) {
      return value.value();
    }
    FunctionOperand call = (FunctionOperand) operand;
    if (call.name().equals("size")) {
      return size(operand(call.args().get(0), item));
    }
    throw new IllegalStateException("function " + call.name() + " is not an operand");
  }

  private static boolean function(FunctionOperand call, Map<String, Value> item) {
    Value first = operand(call.args().get(0), item);
    Value second = call.args().size() > 1 ? operand(call.args().get(1), item) : null;
    return switch (call.name()) {
      case "attribute_exists" -> first != null;
      case "attribute_not_exists" -> first == null;
      case "attribute_type" ->
          first != null && second instanceof Value.S type && first.type().equals(type.value());
      case "begins_with" -> ValueFunctions.beginsWith(first, second);
      case "contains" -> ValueFunctions.contains(first, second);
      default -> throw new IllegalStateException("function " + call.name() + " is not a condition");
    };
  }

  /**
   * DynamoDB's {@code size}: UTF-16 code units of a string (as DynamoDB counts them), bytes of a
   * binary, members of a set, list or map.
   */
  static Value size(Value value) {
    Integer size = ValueFunctions.size(value);
    return size == null ? null : Numbers.of(BigDecimal.valueOf(size));
  }
}
