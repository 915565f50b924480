package dev.hangar.dynamo.internal.store.mapdb;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.KeyCodec;
import dev.hangar.dynamo.internal.store.PartitionHash;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.store.ValueCodec;
import dev.hangar.dynamo.internal.table.TableDefinition;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import org.mapdb.BTreeMap;

/**
 * One table's items in a MapDB B-tree: keys in {@link KeyCodec}'s byte-comparable form, so the
 * tree's order is the store's order; values in {@link ValueCodec}'s form. Writes run in the
 * engine's units, which commit to the write-ahead log.
 */
final class MapDbItemStore implements ItemStore {
  private final MapDbStorage engine;
  private final String mapName;
  private volatile Resolved resolved;
  private final AtomicLong count;
  private final AtomicLong bytes;

  MapDbItemStore(
      MapDbStorage engine, String mapName, BTreeMap<byte[], byte[]> map, long count, long bytes) {
    this.engine = engine;
    this.mapName = mapName;
    this.resolved = new Resolved(engine.database(), map);
    this.count = new AtomicLong(count);
    this.bytes = new AtomicLong(bytes);
  }

  String mapName() {
    return mapName;
  }

  /** The map in the engine's database as it is now: a whole snapshot reopens the file. */
  private record Resolved(MapDbStorage.Database database, BTreeMap<byte[], byte[]> map) {}

  BTreeMap<byte[], byte[]> map() {
    MapDbStorage.Database current = engine.database();
    Resolved now = resolved;
    if (now.database() != current) {
      now = new Resolved(current, MapDbStorage.items(current, mapName));
      resolved = now;
    }
    return now.map();
  }

  @Override
  public StoredItem get(PrimaryKey key) {
    byte[] value = map().get(KeyCodec.key(key));
    return value == null ? null : ValueCodec.decode(value);
  }

  @Override
  public StoredItem put(PrimaryKey key, StoredItem item) {
    byte[][] old = new byte[1][];
    engine.atomically(() -> {
      old[0] = map().put(KeyCodec.key(key), ValueCodec.encode(item));
      if (old[0] == null) {
        count.incrementAndGet();
      }
      bytes.addAndGet(item.size() - (old[0] == null ? 0 : ValueCodec.sizeOf(old[0])));
      engine.changed(this);
    });
    return old[0] == null ? null : ValueCodec.decode(old[0]);
  }

  @Override
  public StoredItem delete(PrimaryKey key) {
    byte[][] old = new byte[1][];
    engine.atomically(() -> {
      old[0] = map().remove(KeyCodec.key(key));
      if (old[0] != null) {
        count.decrementAndGet();
        bytes.addAndGet(-ValueCodec.sizeOf(old[0]));
        engine.changed(this);
      }
    });
    return old[0] == null ? null : ValueCodec.decode(old[0]);
  }

  @Override
  public Iterator<StoredItem> partition(Value partition, Value exclusiveStartSort, boolean forward) {
    NavigableMap<byte[], byte[]> view = map().subMap(
        KeyCodec.partitionStart(partition), true, KeyCodec.partitionEnd(partition), false);
    if (!forward) {
      view = view.descendingMap();
    }
    if (exclusiveStartSort != null) {
      view = view.tailMap(KeyCodec.key(new PrimaryKey(partition, exclusiveStartSort)), false);
    }
    Iterator<byte[]> values = view.values().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return values.hasNext();
      }

      @Override
      public StoredItem next() {
        return ValueCodec.decode(values.next());
      }
    };
  }

  @Override
  public Iterator<StoredItem> scan(PrimaryKey exclusiveStart, int segment, int totalSegments) {
    NavigableMap<byte[], byte[]> view;
    if (exclusiveStart != null) {
      view = map().tailMap(KeyCodec.key(exclusiveStart), false);
    } else {
      long low = ((long) segment << 32) / totalSegments
          + ((((long) segment << 32) % totalSegments) == 0 ? 0 : 1);
      view = map().tailMap(KeyCodec.hashStart((int) low), true);
    }
    return new SegmentIterator(view.entrySet().iterator(), segment, totalSegments);
  }

  @Override
  public long itemCount() {
    return count.get();
  }

  @Override
  public long sizeBytes() {
    return bytes.get();
  }

  long[] counters() {
    return new long[] {count.get(), bytes.get()};
  }

  @Override
  public void clear() {
    engine.atomically(() -> {
      map().clear();
      count.set(0);
      bytes.set(0);
      engine.changed(this);
    });
  }

  @Override
  public void atomically(Runnable writes) {
    engine.atomically(writes);
  }

  @Override
  public void redefined(TableDefinition definition) {
    engine.recordTable(definition, this);
  }

  @Override
  public String toString() {
    return "MapDbItemStore[" + mapName + "]";
  }

  /** Decodes the items of one scan segment, stopping where the segment's hashes end. */
  private static final class SegmentIterator implements Iterator<StoredItem> {
    private final Iterator<Map.Entry<byte[], byte[]>> entries;
    private final int segment;
    private final int totalSegments;
    private byte[] next;
    private boolean done;

    SegmentIterator(Iterator<Map.Entry<byte[], byte[]>> entries, int segment, int totalSegments) {
      this.entries = entries;
      this.segment = segment;
      this.totalSegments = totalSegments;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done && entries.hasNext()) {
        Map.Entry<byte[], byte[]> entry = entries.next();
        int entrySegment = PartitionHash.segment(KeyCodec.hashOf(entry.getKey()), totalSegments);
        if (entrySegment > segment) {
          done = true;
          return false;
        }
        if (entrySegment == segment) {
          next = entry.getValue();
        }
      }
      return next != null;
    }

    @Override
    public StoredItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      byte[] value = next;
      next = null;
      return ValueCodec.decode(value);
    }
  }
}
