package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Iterator;

/**
 * Where the entries of one secondary index live: the projected copies of the base items that have
 * the index's key. A sibling of {@link ItemStore} so that every store (in memory, durable) can back
 * indexes too.
 *
 * <p>Contract: reads may run concurrently with anything and see each entry either before or after
 * a write. Writes for one base item are serialised by the caller (it holds the base item's lock),
 * but two base items may write entries of the same index partition at once, so an implementation
 * must be safe for concurrent writers. Iterators are weakly consistent.
 *
 * <p>Order: entries of an index partition by index sort key in DynamoDB's order, then by base
 * key (DynamoDB leaves the order of equal index keys unspecified; this one is stable); partitions
 * by {@link PartitionHash} of the index partition key.
 */
public interface IndexStore {

  /**
   * Stores an entry, replacing the one with the same key.
   *
   * @param key the entry's key
   * @param projected the projected item
   */
  void put(IndexEntryKey key, StoredItem projected);

  /**
   * Removes an entry.
   *
   * @param key the entry's key
   */
  void delete(IndexEntryKey key);

  /**
   * The entries of one index partition in order, starting after an entry.
   *
   * @param partition the index partition key value
   * @param exclusiveStart the entry to start after (of this partition), or null
   * @param forward true for ascending index sort key order
   * @return the projected items, weakly consistent
   */
  Iterator<StoredItem> partition(Value partition, IndexEntryKey exclusiveStart, boolean forward);

  /**
   * The entries of one index partition in order, starting at an index sort key rather than at the
   * partition's first (or last) entry, so that a Query reads only its sort key range. All entries
   * with an equal index sort key lie on the same side of the start, whatever their base keys.
   *
   * @param partition the index partition key value
   * @param sortStart the index sort key to start at, of the index's sort key type
   * @param inclusive true to start at the entries with this sort key, false to start after them
   * @param forward true for ascending index sort key order (start at the first entry at or above
   *     {@code sortStart}), false for descending (start at the last entry at or below it)
   * @return the projected items, weakly consistent
   */
  Iterator<StoredItem> partitionFrom(
      Value partition, Value sortStart, boolean inclusive, boolean forward);

  /**
   * The entries of one scan segment, partitions in hash order, starting after an entry.
   *
   * @param exclusiveStart the entry to start after, or null
   * @param segment the segment, from 0
   * @param totalSegments the number of segments, at least 1
   * @return the projected items, weakly consistent
   */
  Iterator<StoredItem> scan(IndexEntryKey exclusiveStart, int segment, int totalSegments);

  /**
   * The number of entries.
   *
   * @return the count
   */
  long itemCount();

  /**
   * The sum of the entries' sizes.
   *
   * @return bytes
   */
  long sizeBytes();

  /** Removes every entry. */
  void clear();
}
