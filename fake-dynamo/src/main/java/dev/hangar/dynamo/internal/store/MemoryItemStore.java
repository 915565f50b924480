package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import java.util.Collections;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory store: partitions in a skip list ordered by {@link PartitionHash}, each a skip list
 * of items in sort key order. Items are immutable, so a read sees a whole item or none.
 */
public final class MemoryItemStore implements ItemStore {
  /** The sort key under which a table without a sort key keeps its one item per partition. */
  private static final Value NO_SORT_KEY = new Value.S("");

  private final ConcurrentSkipListMap<PartitionSlot, ConcurrentSkipListMap<Value, StoredItem>> partitions;
  private final AtomicLong count;
  private final AtomicLong bytes;
  private final ReadWriteLock barrier;

  /** An empty store of its own. */
  public MemoryItemStore() {
    this(new ReentrantReadWriteLock());
  }

  /**
   * An empty store whose writes share a barrier with its engine's other stores.
   *
   * @param barrier writes hold its read lock; a snapshot holds its write lock
   */
  MemoryItemStore(ReadWriteLock barrier) {
    this(barrier, new ConcurrentSkipListMap<>(), 0, 0);
  }

  private MemoryItemStore(
      ReadWriteLock barrier,
      ConcurrentSkipListMap<PartitionSlot, ConcurrentSkipListMap<Value, StoredItem>> partitions,
      long count,
      long bytes) {
    this.barrier = barrier;
    this.partitions = partitions;
    this.count = new AtomicLong(count);
    this.bytes = new AtomicLong(bytes);
  }

  /**
   * A copy of this store sharing no map with it (the immutable items are shared). Linear: the
   * skip lists are built from sorted maps, without comparisons. The caller stops writes first.
   *
   * @param barrier the copy's barrier
   * @return the copy
   */
  MemoryItemStore copy(ReadWriteLock barrier) {
    // clone() and the sorted-map constructor build skip lists without comparing keys.
    ConcurrentSkipListMap<PartitionSlot, ConcurrentSkipListMap<Value, StoredItem>> copied =
        partitions.clone();
    copied.replaceAll((slot, items) -> new ConcurrentSkipListMap<>(items));
    return new MemoryItemStore(barrier, copied, count.get(), bytes.get());
  }

  @Override
  public void atomically(Runnable writes) {
    barrier.readLock().lock();
    try {
      writes.run();
    } finally {
      barrier.readLock().unlock();
    }
  }

  @Override
  public StoredItem get(PrimaryKey key) {
    ConcurrentSkipListMap<Value, StoredItem> partition = partitions.get(PartitionSlot.of(key.partition()));
    return partition == null ? null : partition.get(sortOf(key));
  }

  @Override
  public StoredItem put(PrimaryKey key, StoredItem item) {
    ConcurrentSkipListMap<Value, StoredItem> partition =
        partitions.computeIfAbsent(
            PartitionSlot.of(key.partition()), slot -> new ConcurrentSkipListMap<>(ValueOrder::compare));
    StoredItem old = partition.put(sortOf(key), item);
    if (old == null) {
      count.incrementAndGet();
    }
    bytes.addAndGet(item.size() - (old == null ? 0 : old.size()));
    return old;
  }

  @Override
  public StoredItem delete(PrimaryKey key) {
    PartitionSlot slot = PartitionSlot.of(key.partition());
    ConcurrentSkipListMap<Value, StoredItem> partition = partitions.get(slot);
    if (partition == null) {
      return null;
    }
    StoredItem old = partition.remove(sortOf(key));
    if (old != null) {
      count.decrementAndGet();
      bytes.addAndGet(-old.size());
      // Safe: the caller holds this partition's lock, so no put can race the removal.
      if (partition.isEmpty()) {
        partitions.remove(slot, partition);
      }
    }
    return old;
  }

  @Override
  public Iterator<StoredItem> partition(Value partition, Value exclusiveStartSort, boolean forward) {
    ConcurrentSkipListMap<Value, StoredItem> items = partitions.get(PartitionSlot.of(partition));
    if (items == null) {
      return Collections.emptyIterator();
    }
    NavigableMap<Value, StoredItem> view = forward ? items : items.descendingMap();
    if (exclusiveStartSort != null) {
      view = view.tailMap(exclusiveStartSort, false);
    }
    return view.values().iterator();
  }

  @Override
  public Iterator<StoredItem> scan(PrimaryKey exclusiveStart, int segment, int totalSegments) {
    long low = ((long) segment << 32) / totalSegments
        + ((((long) segment << 32) % totalSegments) == 0 ? 0 : 1);
    PartitionSlot from = new PartitionSlot((int) low, new byte[0]);
    Iterator<StoredItem> first = Collections.emptyIterator();
    ConcurrentNavigableMap<PartitionSlot, ConcurrentSkipListMap<Value, StoredItem>> rest;
    if (exclusiveStart != null) {
      PartitionSlot start = PartitionSlot.of(exclusiveStart.partition());
      ConcurrentSkipListMap<Value, StoredItem> current = partitions.get(start);
      if (current != null) {
        first = current.tailMap(sortOf(exclusiveStart), false).values().iterator();
      }
      rest = partitions.tailMap(start, false);
    } else {
      rest = partitions.tailMap(from, true);
    }
    return new PartitionSegmentIterator<>(first, rest.entrySet().iterator(), segment, totalSegments);
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
    partitions.clear();
    count.set(0);
    bytes.set(0);
  }

  private static Value sortOf(PrimaryKey key) {
    return key.sort() == null ? NO_SORT_KEY : key.sort();
  }
}
