package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.ItemSize;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.StoredItem;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The size of each item collection of a table with local secondary indexes: the items sharing a
 * partition key plus their entries in every LSI. DynamoDB caps a collection at 10 GB and reports
 * its size in {@code ItemCollectionMetrics} (<i>Amazon DynamoDB Developer Guide</i>, "Item
 * collections in Local Secondary Indexes").
 */
final class ItemCollectionSizes {
  /** DynamoDB's limit on one item collection. */
  static final long LIMIT_BYTES = 10L * 1024 * 1024 * 1024;

  private final Map<Value, AtomicLong> bytes = new ConcurrentHashMap<>();

  /** The bytes a change adds to its collection (negative when it shrinks it). */
  long delta(TableDefinition definition, StoredItem before, StoredItem after) {
    return size(definition, after) - size(definition, before);
  }

  /**
   * Fails before a write that would take a collection past the limit. The caller holds the
   * partition's lock, so the check and {@link #add} see no concurrent change of the collection.
   */
  void check(Value partition, long delta) {
    if (delta > 0 && bytes(partition) + delta > LIMIT_BYTES) {
      throw new DynamoException(DynamoException.DYNAMODB
          + "ItemCollectionSizeLimitExceededException", 400, "Collection size exceeded.");
    }
  }

  /** Records a change's delta. */
  void add(Value partition, long delta) {
    if (delta == 0) {
      return;
    }
    long now = bytes.computeIfAbsent(partition, p -> new AtomicLong()).addAndGet(delta);
    if (now == 0) {
      bytes.remove(partition);
    }
  }

  /** The bytes of one collection now. */
  long bytes(Value partition) {
    AtomicLong size = bytes.get(partition);
    return size == null ? 0 : size.get();
  }

  private static long size(TableDefinition definition, StoredItem item) {
    if (item == null) {
      return 0;
    }
    long size = item.size();
    for (IndexDefinition index : definition.localIndexes()) {
      if (index.keyOf(item.attributes()) != null) {
        size += index.projectionType().equals("ALL") ? item.size()
            : ItemSize.of(index.project(item.attributes(), definition.keySchema()));
      }
    }
    return size;
  }
}
