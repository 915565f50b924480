package dev.hangar.dynamo.internal.store;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Walks the partitions of one parallel-scan segment, entry by entry, stopping at the segment's end.
 *
 * @param <K> the key of the entries within a partition (a sort key, or an index entry key)
 */
final class PartitionSegmentIterator<K> implements Iterator<StoredItem> {
  private Iterator<StoredItem> items;
  private final Iterator<Map.Entry<PartitionSlot, ConcurrentSkipListMap<K, StoredItem>>> slots;
  private final int segment;
  private final int totalSegments;
  private boolean slotsDone;

  PartitionSegmentIterator(
      Iterator<StoredItem> first,
      Iterator<Map.Entry<PartitionSlot, ConcurrentSkipListMap<K, StoredItem>>> slots,
      int segment,
      int totalSegments) {
    this.items = first;
    this.slots = slots;
    this.segment = segment;
    this.totalSegments = totalSegments;
  }

  @Override
  public boolean hasNext() {
    while (!items.hasNext()) {
      if (slotsDone || !slots.hasNext()) {
        return false;
      }
      Map.Entry<PartitionSlot, ConcurrentSkipListMap<K, StoredItem>> next = slots.next();
      int nextSegment = PartitionHash.segment(next.getKey().hash(), totalSegments);
      if (nextSegment > segment) {
        slotsDone = true;
        return false;
      }
      if (nextSegment == segment) {
        items = next.getValue().values().iterator();
      }
    }
    return true;
  }

  @Override
  public StoredItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return items.next();
  }
}
