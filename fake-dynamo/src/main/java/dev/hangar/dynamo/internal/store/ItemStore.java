package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Iterator;

/**
 * Where one table's items live. The in-memory store is the default; a durable store can take its
 * place without the rest of the fake knowing.
 *
 * <p>Contract: reads may run concurrently with anything and see each item either before or after a
 * write, never half of one. Writes to one partition are serialised by the caller (it holds that
 * partition's lock), so a store need not lock for them. Iterators are weakly consistent: they never
 * throw because of concurrent writes.
 *
 * <p>Order: items of a partition by sort key in DynamoDB's order ({@code ValueOrder}); partitions
 * by {@link PartitionHash}, never by insertion, so that Scan order looks like DynamoDB's.
 */
public interface ItemStore {

  /**
   * The item with a key.
   *
   * @param key the key
   * @return the item, or null when absent
   */
  StoredItem get(PrimaryKey key);

  /**
   * Stores an item, replacing the one with the same key. The caller holds the partition's lock.
   *
   * @param key the item's key
   * @param item the item
   * @return the replaced item, or null
   */
  StoredItem put(PrimaryKey key, StoredItem item);

  /**
   * Removes an item. The caller holds the partition's lock.
   *
   * @param key the key
   * @return the removed item, or null when absent
   */
  StoredItem delete(PrimaryKey key);

  /**
   * The items of one partition in sort key order, starting after a sort key.
   *
   * @param partition the partition key value
   * @param exclusiveStartSort the sort key to start after, or null to start at the first (or last)
   * @param forward true for ascending order, false for descending
   * @return the items, weakly consistent
   */
  Iterator<StoredItem> partition(Value partition, Value exclusiveStartSort, boolean forward);

  /**
   * All items of one scan segment, partitions in hash order, starting after a key.
   *
   * @param exclusiveStart the key to start after, or null to start at the beginning
   * @param segment the segment, from 0
   * @param totalSegments the number of segments, at least 1
   * @return the items, weakly consistent
   */
  Iterator<StoredItem> scan(PrimaryKey exclusiveStart, int segment, int totalSegments);

  /**
   * The number of items.
   *
   * @return the count
   */
  long itemCount();

  /**
   * The sum of the items' sizes.
   *
   * @return bytes
   */
  long sizeBytes();

  /** Removes every item. */
  void clear();

  /**
   * Runs a group of writes to this store (and to any other store of the same engine) as one
   * unit: a durable store makes them durable together when the outermost unit ends, and a
   * snapshot never sees part of a unit.
   *
   * @param writes the writes
   */
  default void atomically(Runnable writes) {
    writes.run();
  }

  /**
   * Tells the store its table's definition changed (UpdateTable), so that a durable store records
   * it.
   *
   * @param definition the new definition
   */
  default void redefined(dev.hangar.dynamo.internal.table.TableDefinition definition) {}
}
