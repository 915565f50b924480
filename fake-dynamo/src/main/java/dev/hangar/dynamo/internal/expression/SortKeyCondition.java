package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import java.util.List;
import java.util.Objects;

/**
 * The condition of a query on the sort key.
 *
 * @param attributeName the sort key attribute
 * @param operator the operator
 * @param operands one value, or two for {@link SortKeyOperator#BETWEEN}
 */
public record SortKeyCondition(String attributeName, SortKeyOperator operator, List<Value> operands) {

  /** Copies the operands and checks their number. */
  public SortKeyCondition {
    Objects.requireNonNull(attributeName, "attributeName");
    Objects.requireNonNull(operator, "operator");
    operands = List.copyOf(operands);
    if (operands.size() != (operator == SortKeyOperator.BETWEEN ? 2 : 1)) {
      throw new IllegalArgumentException(operator + " takes " + operands.size() + " operands");
    }
  }

  /**
   * Whether a sort key value satisfies the condition, in DynamoDB's key order; a value of another
   * type never does.
   *
   * @param sortKey the item's sort key value, or null when absent
   * @return whether it matches
   */
  public boolean test(Value sortKey) {
    if (sortKey == null) {
      return false;
    }
    Value first = operands.get(0);
    if (operator == SortKeyOperator.BEGINS_WITH) {
      return ValueFunctions.beginsWith(sortKey, first);
    }
    if (operator == SortKeyOperator.BETWEEN) {
      return ConditionEvaluator.between(sortKey, first, operands.get(1));
    }
    if (!ValueOrder.comparable(sortKey, first)) {
      return false;
    }
    int order = ValueOrder.compare(sortKey, first);
    return switch (operator) {
      case EQ -> order == 0;
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      default -> order >= 0;
    };
  }
}
