package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory index store: index partitions in a skip list ordered by {@link PartitionHash}, each
 * a skip list of entries ordered by index sort key, then base key. A read from a sort key seeks in
 * that skip list, so a Query does not walk the entries before its range.
 *
 * <p>Writers of different base items can meet in one index partition, so writes take one lock per
 * store: it keeps the removal of an emptied partition from racing an insert into it. Reads take no
 * lock.
 */
public final class MemoryIndexStore implements IndexStore {
  private static final Comparator<Value> NULLS_FIRST =
      Comparator.nullsFirst(ValueOrder::compare);
  private static final Comparator<IndexEntryKey> BASE_ORDER =
      Comparator.<IndexEntryKey, byte[]>comparing(
              k -> PartitionHash.keyBytes(k.base().partition()), Arrays::compareUnsigned)
          .thenComparing(k -> k.base().sort(), NULLS_FIRST);
  /**
   * Base keys that are no item's: a start key made with one sorts before (or after) every entry
   * with the same index sort key, so a skip list can seek to the edge of a run of equal sort keys.
   * Told apart by identity, never by value.
   */
  private static final PrimaryKey BEFORE_EQUAL_SORT_KEYS = new PrimaryKey(new Value.S(""), null);
  private static final PrimaryKey AFTER_EQUAL_SORT_KEYS = new PrimaryKey(new Value.S(""), null);
  private static final Comparator<IndexEntryKey> ENTRY_ORDER = MemoryIndexStore::compareEntries;

  private final ConcurrentSkipListMap<PartitionSlot, ConcurrentSkipListMap<IndexEntryKey, StoredItem>>
      partitions = new ConcurrentSkipListMap<>();
  private final ReentrantLock writes = new ReentrantLock();
  private final AtomicLong count = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();

  @Override
  public void put(IndexEntryKey key, StoredItem projected) {
    writes.lock();
    try {
      ConcurrentSkipListMap<IndexEntryKey, StoredItem> partition = partitions.computeIfAbsent(
          PartitionSlot.of(key.index().partition()), slot -> new ConcurrentSkipListMap<>(ENTRY_ORDER));
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
      PartitionSlot slot = PartitionSlot.of(key.index().partition());
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
    ConcurrentSkipListMap<IndexEntryKey, StoredItem> entries = partitions.get(PartitionSlot.of(partition));
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
  public Iterator<StoredItem> partitionFrom(
      Value partition, Value sortStart, boolean inclusive, boolean forward) {
    ConcurrentSkipListMap<IndexEntryKey, StoredItem> entries = partitions.get(PartitionSlot.of(partition));
    if (entries == null) {
      return Collections.emptyIterator();
    }
    // The edge key sits just before the entries with sortStart when reading starts with them
    // (ascending, inclusive) or just below them (descending, exclusive); otherwise just after.
    PrimaryKey edge = inclusive == forward ? BEFORE_EQUAL_SORT_KEYS : AFTER_EQUAL_SORT_KEYS;
    IndexEntryKey start = new IndexEntryKey(new PrimaryKey(partition, sortStart), edge);
    NavigableMap<IndexEntryKey, StoredItem> view = forward ? entries : entries.descendingMap();
    return view.tailMap(start, false).values().iterator();
  }

  @Override
  public Iterator<StoredItem> scan(IndexEntryKey exclusiveStart, int segment, int totalSegments) {
    Iterator<StoredItem> first = Collections.emptyIterator();
    ConcurrentNavigableMap<PartitionSlot, ConcurrentSkipListMap<IndexEntryKey, StoredItem>> rest;
    if (exclusiveStart != null) {
      PartitionSlot start = PartitionSlot.of(exclusiveStart.index().partition());
      ConcurrentSkipListMap<IndexEntryKey, StoredItem> current = partitions.get(start);
      if (current != null) {
        first = current.tailMap(exclusiveStart, false).values().iterator();
      }
      rest = partitions.tailMap(start, false);
    } else {
      long low = ((long) segment << 32) / totalSegments
          + ((((long) segment << 32) % totalSegments) == 0 ? 0 : 1);
      rest = partitions.tailMap(new PartitionSlot((int) low, new byte[0]), true);
    }
    return new PartitionSegmentIterator<>(first, rest.entrySet().iterator(), segment, totalSegments);
  }

  private static int compareEntries(IndexEntryKey a, IndexEntryKey b) {
    int order = NULLS_FIRST.compare(a.index().sort(), b.index().sort());
    if (order != 0) {
      return order;
    }
    int edges = Integer.compare(edgeRank(a.base()), edgeRank(b.base()));
    if (edges != 0 || edgeRank(a.base()) != 0) {
      return edges;
    }
    return BASE_ORDER.compare(a, b);
  }

  private static int edgeRank(PrimaryKey base) {
    return base == BEFORE_EQUAL_SORT_KEYS ? -1 : base == AFTER_EQUAL_SORT_KEYS ? 1 : 0;
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
}
