package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Map;

/** The attributes a read returns (ProjectionExpression or AttributesToGet). */
@FunctionalInterface
interface ItemProjection {
  /** Returns the whole item. */
  ItemProjection ALL = item -> item;

  /**
   * Projects an item.
   *
   * @param item the item
   * @return the projected attributes
   */
  Map<String, Value> apply(Map<String, Value> item);
}
