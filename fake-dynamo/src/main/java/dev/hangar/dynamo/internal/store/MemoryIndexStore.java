package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory index store: index partitions in a skip list ordered by {@link PartitionHash}, each
 * a skip list of entries ordered by index sort key, then base key.
 *
 * <p>Writers of different base items can meet in one index partition, so writes take one lock per
 * store: it keeps the removal of an emptied partition from racing an insert into it. Reads take no
 * lock.
 */
public final class MemoryIndexStore implements IndexStore {
  private static final Comparator<Value> NULLS_FIRST =
      Comparator.nullsFirst(ValueOrder::compare);
  private static final Comparator<IndexEntryKey> ENTRY_ORDER =
      Comparator.<IndexEntryKey, Value>comparing(k -> k.index().sort(), NULLS_FIRST)
          .thenComparing(k -> PartitionHash.keyBytes(k.base().partition()), Arrays::compareUnsigned)
          .thenComparing(k -> k.base().sort(), NULLS_FIRST);

  private final ConcurrentSkipListMap<Slot, ConcurrentSkipListMap<IndexEntryKey, StoredItem>>
      partitions = new ConcurrentSkipListMap<>();
  private final ReentrantLock writes = new ReentrantLock();
  private final AtomicLong count = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();

  @Override
  public void put(IndexEntryKey key, StoredItem projected) {
    writes.lock();
    try {
      ConcurrentSkipListMap<IndexEntryKey, StoredItem> partition = partitions.computeIfAbsent(
          Slot.of(key.index().partition()), slot -> new ConcurrentSkipListMap<>(ENTRY_ORDER));
      StoredItem old = partition.put(key, projected);
      if (old == null) {
        count.incrementAndGet();
      }
      bytes.addAndGet(projected.size() - (old == null ? 0 : old.size()));
    } finally {
      writes.unlock();
    }
  }

  @Override
  public void delete(IndexEntryKey key) {
    writes.lock();
    try {
      Slot slot = Slot.of(key.index().partition());
      ConcurrentSkipListMap<IndexEntryKey, StoredItem> partition = partitions.get(slot);
      StoredItem old = partition == null ? null : partition.remove(key);
      if (old != null) {
        count.decrementAndGet();
        bytes.addAndGet(-old.size());
        if (partition.isEmpty()) {
          partitions.remove(slot, partition);
        }
      }
    } finally {
      writes.unlock();
    }
  }

  @Override
  public Iterator<StoredItem> partition(
      Value partition, IndexEntryKey exclusiveStart, boolean forward) {
    ConcurrentSkipListMap<IndexEntryKey, StoredItem> entries = partitions.get(Slot.of(partition));
    if (entries == null) {
      return Collections.emptyIterator();
    }
    NavigableMap<IndexEntryKey, StoredItem> view = forward ? entries : entries.descendingMap();
    if (exclusiveStart != null) {
      view = view.tailMap(exclusiveStart, false);
    }
    return view.values().iterator();
  }

  @Override
  public Iterator<StoredItem> scan(IndexEntryKey exclusiveStart, int segment, int totalSegments) {
    Iterator<StoredItem> first = Collections.emptyIterator();
    ConcurrentNavigableMap<Slot, ConcurrentSkipListMap<IndexEntryKey, StoredItem>> rest;
    if (exclusiveStart != null) {
      Slot start = Slot.of(exclusiveStart.index().partition());
      ConcurrentSkipListMap<IndexEntryKey, StoredItem> current = partitions.get(start);
      if (current != null) {
        first = current.tailMap(exclusiveStart, false).values().iterator();
      }
      rest = partitions.tailMap(start, false);
    } else {
      long low = ((long) segment << 32) / totalSegments
          + ((((long) segment << 32) % totalSegments) == 0 ? 0 : 1);
      rest = partitions.tailMap(new Slot((int) low, new byte[0]), true);
    }
    return new SegmentIterator(first, rest.entrySet().iterator(), segment, totalSegments);
  }

  @Override
  public long itemCount() {
    return count.get();
  }

  @Override
  public long sizeBytes() {
    return bytes.get();
  }

  @Override
  public void clear() {
    writes.lock();
    try {
      partitions.clear();
      count.set(0);
      bytes.set(0);
    } finally {
      writes.unlock();
    }
  }

  /** An index partition's place: its hash, then its key bytes to break ties. */
  private record Slot(int hash, byte[] bytes) implements Comparable<Slot> {
    static Slot of(Value partition) {
      byte[] bytes = PartitionHash.keyBytes(partition);
      return new Slot(PartitionHash.hash(bytes), bytes);
    }

    @Override
    public int compareTo(Slot other) {
      int byHash = Integer.compareUnsigned(hash, other.hash);
      return byHash != 0 ? byHash : Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Slot s && hash == s.hash && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "Slot[" + Integer.toHexString(hash) + "]";
    }
  }

  /** Walks the index partitions of one segment, entry by entry, stopping at the segment's end. */
  private static final class SegmentIterator implements Iterator<StoredItem> {
    private Iterator<StoredItem> items;
    private final Iterator<Map.Entry<Slot, ConcurrentSkipListMap<IndexEntryKey, StoredItem>>> slots;
    private final int segment;
    private final int totalSegments;
    private boolean slotsDone;

    SegmentIterator(
        Iterator<StoredItem> first,
        Iterator<Map.Entry<Slot, ConcurrentSkipListMap<IndexEntryKey, StoredItem>>> slots,
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
        Map.Entry<Slot, ConcurrentSkipListMap<IndexEntryKey, StoredItem>> next = slots.next();
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
}
