package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;

/**
 * One entry of the legacy {@code Expected}, {@code QueryFilter}, {@code ScanFilter} or {@code
 * KeyConditions} parameters (the {@code ExpectedAttributeValue} and {@code Condition} shapes of the
 * DynamoDB API reference). Absent members are null.
 *
 * @param value {@code Value}, or null
 * @param exists {@code Exists}, or null
 * @param comparisonOperator {@code ComparisonOperator} as sent, or null
 * @param attributeValueList {@code AttributeValueList}, or null
 */
public record LegacyCondition(
    Value value, Boolean exists, String comparisonOperator, List<Value> attributeValueList) {

  /** Copies the list. */
  public LegacyCondition {
    attributeValueList = attributeValueList == null ? null : List.copyOf(attributeValueList);
  }

  /**
   * A {@code Condition} of a filter or key condition: an operator and its values.
   *
   * @param comparisonOperator the operator
   * @param attributeValueList the values, or null
   * @return the condition
   */
  public static LegacyCondition of(String comparisonOperator, List<Value> attributeValueList) {
    return new LegacyCondition(null, null, comparisonOperator, attributeValueList);
  }
}
