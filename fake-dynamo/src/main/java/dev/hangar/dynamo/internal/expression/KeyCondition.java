package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A query's key condition: equality on the partition key and an optional condition on the sort
 * key. Built from a {@code KeyConditionExpression} or the legacy {@code KeyConditions}.
 *
 * <p>Mirrors "Key condition expressions for query" in the DynamoDB developer guide.
 *
 * @param partitionKeyName the partition key attribute
 * @param partitionKeyValue the value it must equal
 * @param sort the sort key condition, if any
 */
public record KeyCondition(
    String partitionKeyName, Value partitionKeyValue, Optional<SortKeyCondition> sort) {

  /** Checks for null. */
  public KeyCondition {
    Objects.requireNonNull(partitionKeyName, "partitionKeyName");
    Objects.requireNonNull(partitionKeyValue, "partitionKeyValue");
    Objects.requireNonNull(sort, "sort");
  }

  /**
   * Whether an item's keys satisfy the condition.
   *
   * @param item the item
   * @return true when the partition key equals and the sort key condition, if any, holds
   */
  public boolean test(Map<String, Value> item) {
    return partitionKeyValue.equals(item.get(partitionKeyName))
        && sort.map(s -> s.test(item.get(s.attributeName()))).orElse(true);
  }
}
