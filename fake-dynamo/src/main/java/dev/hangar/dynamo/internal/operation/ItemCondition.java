package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Map;
import java.util.Set;

/** A condition on one item (ConditionExpression, FilterExpression or their legacy forms). */
@FunctionalInterface
interface ItemCondition {
  /** The condition that always holds: no condition was given. */
  ItemCondition NONE = item -> true;

  /**
   * Tests an item.
   *
   * @param item the item, empty when there is none
   * @return whether the condition holds
   */
  boolean test(Map<String, Value> item);

  /**
   * The top-level attributes the condition reads, for DynamoDB's rule that a Query filter may not
   * name key attributes.
   *
   * @return the names, in the order written
   */
  default Set<String> topLevelNames() {
    return Set.of();
  }
}
