package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.table.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The default engine: every table in memory, gone with the fake. A snapshot copies the skip lists
 * (linearly, sharing the immutable items), and so does a restore, so a snapshot can be restored
 * any number of times.
 */
public final class MemoryStorage implements StorageEngine {
  private final ReadWriteLock barrier = new ReentrantReadWriteLock();

  /** A snapshot of memory stores: copies no request can reach. */
  private record MemorySnapshot(
      MemoryStorage engine, boolean whole, List<TableDefinition> definitions,
      List<MemoryItemStore> stores) implements StorageSnapshot {
    @Override
    public List<String> tableNames() {
      return definitions.stream().map(TableDefinition::name).toList();
    }

    @Override
    public long itemCount() {
      return stores.stream().mapToLong(MemoryItemStore::itemCount).sum();
    }
  }

  @Override
  public List<StoredTable> load() {
    return List.of();
  }

  @Override
  public ItemStore newStore() {
    return new MemoryItemStore(barrier);
  }

  @Override
  public void recordTable(TableDefinition definition, ItemStore store) {}

  @Override
  public void dropTable(String name, ItemStore store) {}

  @Override
  public void dropAll() {}

  /** Nothing outlives the fake, so its TimeToLive holds the only copy of the settings. */
  @Override
  public void recordTimeToLive(String table, StoredTimeToLive setting) {}

  @Override
  public Map<String, StoredTimeToLive> timeToLive() {
    return Map.of();
  }

  /** Nothing outlives the fake, so its streams' shards hold the only copy of the records. */
  @Override
  public StreamLog newStreamLog() {
    return StreamLog.NONE;
  }

  @Override
  public void recordStream(String table, StoredStream stream) {}

  @Override
  public Map<String, StoredStream> streams() {
    return Map.of();
  }

  @Override
  public long lastStreamPosition() {
    return 0;
  }

  /** Nothing outlives the fake, so its ResourceTags hold the only copy of the tags. */
  @Override
  public void recordTags(String arn, Map<String, String> tags) {}

  @Override
  public Map<String, Map<String, String>> tags() {
    return Map.of();
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
  public <T> T exclusively(java.util.function.Supplier<T> action) {
    barrier.writeLock().lock();
    try {
      return action.get();
    } finally {
      barrier.writeLock().unlock();
    }
  }

  @Override
  public StorageSnapshot snapshot(List<StoredTable> tables, boolean whole) {
    List<TableDefinition> definitions = new ArrayList<>();
    List<MemoryItemStore> copies = new ArrayList<>();
    barrier.writeLock().lock();
    try {
      for (StoredTable table : tables) {
        definitions.add(table.definition());
        copies.add(((MemoryItemStore) table.store()).copy(new ReentrantReadWriteLock()));
      }
    } finally {
      barrier.writeLock().unlock();
    }
    return new MemorySnapshot(this, whole, List.copyOf(definitions), List.copyOf(copies));
  }

  @Override
  public List<StoredTable> restore(StorageSnapshot snapshot) {
    if (!(snapshot instanceof MemorySnapshot memory) || memory.engine() != this) {
      throw new IllegalArgumentException("The snapshot was taken of another FakeDynamo; restore"
          + " a snapshot into the fake it was taken of");
    }
    List<StoredTable> restored = new ArrayList<>();
    for (int i = 0; i < memory.definitions().size(); i++) {
      restored.add(new StoredTable(memory.definitions().get(i),
          memory.stores().get(i).copy(barrier)));
    }
    return restored;
  }

  @Override
  public void close() {}
}
