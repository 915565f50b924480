package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;
import java.util.Map;

/**
 * A parsed and validated condition: a {@code ConditionExpression}, {@code FilterExpression} or the
 * legacy {@code Expected}, {@code QueryFilter} and {@code ScanFilter} parameters.
 *
 * <p>Mirrors "Condition and filter expressions, operators, and functions in DynamoDB".
 */
@FunctionalInterface
public interface Condition {

  /**
   * Evaluates the condition against an item.
   *
   * @param item the item's attributes; an empty map stands for an item that does not exist
   * @return whether the condition holds
   */
  boolean test(Map<String, Value> item);

  /**
   * The document paths the condition reads, in the order written, for checks such as "Filter
   * Expression can only contain non-primary key attributes". A condition that reads no attribute
   * returns an empty list.
   *
   * @return an unmodifiable list
   */
  default List<AttributePath> paths() {
    return List.of();
  }
}
