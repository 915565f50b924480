package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.ItemSize;
import dev.hangar.dynamo.internal.item.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored item: its attributes (unmodifiable) and its size as DynamoDB measures it, computed
 * once because pages, limits and capacity units all read it.
 *
 * @param attributes the attributes, never modified
 * @param size the size in bytes
 */
public record StoredItem(Map<String, Value> attributes, long size) {
  /**
   * An item from attributes, copied and measured.
   *
   * @param attributes the attributes
   * @return the stored form
   */
  public static StoredItem of(Map<String, Value> attributes) {
    Map<String, Value> copy = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    return new StoredItem(copy, ItemSize.of(copy));
  }
}
