package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Map;
import java.util.Set;

/** The change UpdateItem makes (UpdateExpression or AttributeUpdates). */
interface ItemUpdate {
  /**
   * Applies the change.
   *
   * @param item the current item (with its key attributes), never null
   * @return the new item
   */
  Map<String, Value> apply(Map<String, Value> item);

  /**
   * The top-level attribute names the update touches, for UPDATED_OLD and UPDATED_NEW and for the
   * check that key attributes are not updated.
   *
   * @return the names
   */
  Set<String> topLevelNames();

  /**
   * The parts of an item that the update changes, for UPDATED_OLD (of the old item) and
   * UPDATED_NEW (of the new item): nested paths return only the nested part.
   *
   * @param item the item
   * @return the changed parts
   */
  Map<String, Value> changedParts(Map<String, Value> item);
}
