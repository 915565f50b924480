package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Map;

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
}
