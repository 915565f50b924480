package dev.hangar.dynamo.internal.store.mapdb;

import dev.hangar.dynamo.internal.store.DefinitionCodec;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.StorageEngine;
import dev.hangar.dynamo.internal.store.StorageSnapshot;
import dev.hangar.dynamo.internal.store.StoredStream;
import dev.hangar.dynamo.internal.store.StoredTable;
import dev.hangar.dynamo.internal.store.StoredTimeToLive;
import dev.hangar.dynamo.internal.store.StreamLog;
import dev.hangar.dynamo.internal.table.TableDefinition;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.mapdb.Atomic;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * The durable engine: one MapDB file with its write-ahead log in a locked data directory. Writes
 * are serialised by one lock and (unless opened to commit in groups) each outermost unit ends with
 * a commit, so that an acknowledged
 * write survives a crash and a transaction is in the log whole or not at all. Reads do not lock.
 *
 * <p>Inside the file: {@code catalog} (table name to map name and definition), {@code stats} (map
 * name to item count and bytes, written with each commit), {@code timeToLive} (table name to its
 * setting, see {@link SettingCodec}), {@code streams} (table name to its latest stream: the name of
 * the B-tree of its records, see {@link MapDbStreamLog}, and its state), {@code streamPosition}
 * (the highest stream position handed out), {@code tags} (ARN to its tags, see {@link TagCodec}),
 * {@code garbage} (maps of dropped or
 * replaced tables, emptied by a background thread in small commits, because one commit removing a
 * million items would hold the whole change in the log's in-memory index, and emptying them before
 * answering would make DeleteTable take minutes), and one B-tree of items per table.
 */
public final class MapDbStorage implements StorageEngine {
  private final DataDirectory directory;
  // Fair: the garbage collector's back-to-back units must not starve a request or a restore.
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
  private final Set<MapDbItemStore> changed = new HashSet<>();
  private final AtomicLong snapshotIds = new AtomicLong();
  private final SnapshotFiles snapshots;
  private volatile Database database;
  private final java.util.concurrent.ExecutorService collector =
      java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "hangar-dynamo-garbage");
        thread.setDaemon(true);
        return thread;
      });
  private volatile boolean closing;

  /** The open file and its named records. */
  record Database(DB db, BTreeMap<String, byte[]> catalog, BTreeMap<String, long[]> stats,
      BTreeMap<String, byte[]> garbage, BTreeMap<String, byte[]> timeToLive,
      BTreeMap<String, byte[]> streams, BTreeMap<String, byte[]> tags, Atomic.Long nextMap,
      Atomic.Long streamPosition) {}

  private static final int GARBAGE_PER_COMMIT = 5000;

  /** How many outermost units one commit covers: 1 syncs every acknowledged write. */
  private final int unitsPerCommit;
  /** Outermost units since the last commit; guarded by the write lock. */
  private int uncommitted;

  private MapDbStorage(DataDirectory directory, int unitsPerCommit) {
    this.directory = directory;
    this.unitsPerCommit = unitsPerCommit;
    this.snapshots = new SnapshotFiles(directory);
    this.database = openDatabase(directory);
  }

  /**
   * Opens (or creates) the data directory.
   *
   * @param path the directory
   * @return the engine
   * @throws IllegalStateException naming the directory when it is locked, of another format or
   *     damaged
   */
  public static MapDbStorage open(Path path) {
    return open(path, 1);
  }

  /**
   * Opens (or creates) the data directory, committing writes in groups. A commit never splits a
   * unit, so a crash loses whole units (at most {@code unitsPerCommit - 1}), never part of one.
   *
   * @param path the directory
   * @param unitsPerCommit outermost units per commit, at least 1
   * @return the engine
   * @throws IllegalStateException naming the directory when it is locked, of another format or
   *     damaged
   */
  public static MapDbStorage open(Path path, int unitsPerCommit) {
    if (unitsPerCommit < 1) {
      throw new IllegalArgumentException("unitsPerCommit must be at least 1, was " + unitsPerCommit);
    }
    DataDirectory directory = DataDirectory.open(path);
    try {
      MapDbStorage storage = new MapDbStorage(directory, unitsPerCommit);
      storage.snapshots.deleteAll();
      storage.collectGarbage();
      return storage;
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  static Database openDatabase(DataDirectory directory) {
    DB db;
    try {
      db = DBMaker.fileDB(directory.database().toFile())
          .fileMmapEnableIfSupported()
          .cleanerHackEnable()
          .transactionEnable()
          .make();
    } catch (RuntimeException | Error e) {
      throw directory.damaged(e);
    }
    try {
      BTreeMap<String, byte[]> catalog =
          db.treeMap("catalog", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
      BTreeMap<String, long[]> stats =
          db.treeMap("stats", Serializer.STRING, Serializer.LONG_ARRAY).createOrOpen();
      BTreeMap<String, byte[]> garbage =
          db.treeMap("garbage", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
      BTreeMap<String, byte[]> timeToLive =
          db.treeMap("timeToLive", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
      BTreeMap<String, byte[]> streams =
          db.treeMap("streams", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
      BTreeMap<String, byte[]> tags =
          db.treeMap("tags", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
      Atomic.Long nextMap = db.atomicLong("nextMap").createOrOpen();
      Atomic.Long streamPosition = db.atomicLong("streamPosition").createOrOpen();
      db.commit();
      return new Database(db, catalog, stats, garbage, timeToLive, streams, tags, nextMap,
          streamPosition);
    } catch (RuntimeException e) {
      db.close();
      throw directory.damaged(e);
    }
  }

  @Override
  public List<StoredTable> load() {
    Database current = database;
    List<StoredTable> tables = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> entry : current.catalog().entrySet()) {
        ByteBuffer bytes = ByteBuffer.wrap(entry.getValue());
        String mapName = readName(bytes);
        byte[] definition = new byte[bytes.remaining()];
        bytes.get(definition);
        long[] counters = current.stats().getOrDefault(mapName, new long[] {0, 0});
        MapDbItemStore store =
            new MapDbItemStore(this, mapName, items(current, mapName), counters[0], counters[1]);
        tables.add(new StoredTable(DefinitionCodec.decode(definition), store));
      }
    } catch (RuntimeException e) {
      throw directory.damaged(e);
    }
    return tables;
  }

  @Override
  public ItemStore newStore() {
    MapDbItemStore[] store = new MapDbItemStore[1];
    atomically(() -> {
      Database current = database;
      String mapName = "items." + current.nextMap().incrementAndGet();
      store[0] = new MapDbItemStore(this, mapName, items(current, mapName), 0, 0);
    });
    return store[0];
  }

  static BTreeMap<byte[], byte[]> items(Database database, String mapName) {
    return database.db().treeMap(mapName, Serializer.BYTE_ARRAY, Serializer.BYTE_ARRAY)
        .valuesOutsideNodesEnable()
        .createOrOpen();
  }

  @Override
  public void recordTable(TableDefinition definition, ItemStore store) {
    MapDbItemStore items = (MapDbItemStore) store;
    atomically(() -> database.catalog().put(definition.name(), entry(items.mapName(), definition)));
  }

  static byte[] entry(String mapName, TableDefinition definition) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(mapName);
      out.write(DefinitionCodec.encode(definition));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String readName(ByteBuffer bytes) {
    int length = bytes.getShort() & 0xffff;
    byte[] name = new byte[length];
    bytes.get(name);
    return new String(name, StandardCharsets.UTF_8);
  }

  @Override
  public void dropTable(String name, ItemStore store) {
    MapDbItemStore items = (MapDbItemStore) store;
    atomically(() -> {
      database.catalog().remove(name);
      database.timeToLive().remove(name);
      forgetStream(database, name);
      discard(database, items.mapName());
      changed.remove(items);
    });
    collectGarbage();
  }

  /** Marks a table's map for emptying; the caller runs in a unit. */
  static void discard(Database database, String mapName) {
    database.stats().remove(mapName);
    database.garbage().put(mapName, new byte[0]);
  }

  /**
   * Empties the maps of dropped tables in the background, a few thousand items per commit. A crash
   * or a close in between only leaves items no table refers to; the next open goes on.
   */
  void collectGarbage() {
    if (!database.garbage().isEmpty()) {
      collector.execute(this::emptyGarbage);
    }
  }

  private void emptyGarbage() {
    for (String mapName : List.copyOf(database.garbage().keySet())) {
      boolean[] empty = new boolean[1];
      while (!empty[0] && !closing) {
        atomically(() -> {
          Database current = database;
          if (closing || !current.garbage().containsKey(mapName)) {
            empty[0] = true;
            return;
          }
          var keys = items(current, mapName).keySet().iterator();
          for (int i = 0; i < GARBAGE_PER_COMMIT && keys.hasNext(); i++) {
            keys.next();
            keys.remove();
          }
          if (!keys.hasNext()) {
            current.garbage().remove(mapName);
            empty[0] = true;
          }
        });
      }
    }
  }

  @Override
  public void dropAll() {
    atomically(() -> {
      Database current = database;
      for (byte[] entry : current.catalog().values()) {
        discard(current, readName(ByteBuffer.wrap(entry)));
      }
      current.catalog().clear();
      current.timeToLive().clear();
      for (byte[] entry : current.streams().values()) {
        discard(current, SettingCodec.streamLogName(entry));
      }
      current.streams().clear();
      current.tags().clear();
      changed.clear();
    });
    collectGarbage();
  }

  @Override
  public void recordTimeToLive(String table, StoredTimeToLive setting) {
    atomically(() -> {
      if (setting == null) {
        database.timeToLive().remove(table);
      } else {
        database.timeToLive().put(table, SettingCodec.encodeTimeToLive(setting));
      }
    });
  }

  @Override
  public Map<String, StoredTimeToLive> timeToLive() {
    Map<String, StoredTimeToLive> settings = new java.util.TreeMap<>();
    try {
      database.timeToLive().forEach((table, bytes) ->
          settings.put(table, SettingCodec.decodeTimeToLive(bytes)));
    } catch (RuntimeException e) {
      throw directory.damaged(e);
    }
    return settings;
  }

  @Override
  public StreamLog newStreamLog() {
    String[] name = new String[1];
    atomically(() -> {
      name[0] = "log." + database.nextMap().incrementAndGet();
      items(database, name[0]);
    });
    return new MapDbStreamLog(this, name[0]);
  }

  @Override
  public void recordStream(String table, StoredStream stream) {
    boolean[] discarded = new boolean[1];
    atomically(() -> {
      Database current = database;
      if (stream == null) {
        discarded[0] = forgetStream(current, table);
        return;
      }
      String logName = ((MapDbStreamLog) stream.log()).mapName();
      byte[] old = current.streams().put(table, SettingCodec.encodeStream(logName, stream.state()));
      if (old != null && !SettingCodec.streamLogName(old).equals(logName)) {
        discard(current, SettingCodec.streamLogName(old));
        discarded[0] = true;
      }
    });
    if (discarded[0]) {
      collectGarbage();
    }
  }

  /** Forgets a table's stream and marks its log for emptying; the caller runs in a unit. */
  private static boolean forgetStream(Database database, String table) {
    byte[] old = database.streams().remove(table);
    if (old != null) {
      discard(database, SettingCodec.streamLogName(old));
    }
    return old != null;
  }

  @Override
  public Map<String, StoredStream> streams() {
    Map<String, StoredStream> streams = new java.util.TreeMap<>();
    try {
      database.streams().forEach((table, entry) -> streams.put(table, new StoredStream(
          SettingCodec.streamState(entry),
          new MapDbStreamLog(this, SettingCodec.streamLogName(entry)))));
    } catch (RuntimeException e) {
      throw directory.damaged(e);
    }
    return streams;
  }

  @Override
  public long lastStreamPosition() {
    return database.streamPosition().get();
  }

  /** Raises the highest stream position handed out; the caller runs in a unit. */
  void streamPositionAtLeast(long position) {
    Atomic.Long last = database.streamPosition();
    if (last.get() < position) {
      last.set(position);
    }
  }

  @Override
  public void recordTags(String arn, Map<String, String> tags) {
    atomically(() -> {
      if (tags.isEmpty()) {
        database.tags().remove(arn);
      } else {
        database.tags().put(arn, TagCodec.encode(tags));
      }
    });
  }

  @Override
  public Map<String, Map<String, String>> tags() {
    Map<String, Map<String, String>> tags = new java.util.LinkedHashMap<>();
    try {
      database.tags().forEach((arn, bytes) -> tags.put(arn, TagCodec.decode(bytes)));
    } catch (RuntimeException e) {
      throw directory.damaged(e);
    }
    return tags;
  }

  @Override
  public void atomically(Runnable writes) {
    writeLock.lock();
    int[] level = depth.get();
    level[0]++;
    try {
      writes.run();
    } finally {
      level[0]--;
      try {
        if (level[0] == 0 && ++uncommitted >= unitsPerCommit) {
          commit();
        }
      } finally {
        writeLock.unlock();
      }
    }
  }

  /** Notes a store whose counters the next commit writes. Called under the write lock. */
  void changed(MapDbItemStore store) {
    changed.add(store);
  }

  private void commit() {
    Database current = database;
    for (MapDbItemStore store : changed) {
      current.stats().put(store.mapName(), store.counters());
    }
    changed.clear();
    current.db().commit();
    uncommitted = 0;
  }

  @Override
  public <T> T exclusively(java.util.function.Supplier<T> action) {
    writeLock.lock();
    try {
      return action.get();
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public StorageSnapshot snapshot(List<StoredTable> tables, boolean whole) {
    writeLock.lock();
    try {
      Path target = snapshots.newDirectory(snapshotIds.incrementAndGet());
      if (whole) {
        // Closed, the file holds every commit and the log is empty: a copy is a clean database.
        commit();
        database.db().close();
        snapshots.copyDatabase(target);
        database = openDatabase(directory);
      } else {
        snapshots.copyTables(tables, target);
      }
      List<String> names = tables.stream().map(t -> t.definition().name()).sorted().toList();
      long items = tables.stream().mapToLong(t -> t.store().itemCount()).sum();
      return new MapDbSnapshot(this, whole, names, items, target,
          tables.stream().map(StoredTable::definition).toList());
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public List<StoredTable> restore(StorageSnapshot snapshot) {
    if (!(snapshot instanceof MapDbSnapshot files) || files.engine() != this) {
      throw new IllegalArgumentException("The snapshot was taken of another FakeDynamo; restore"
          + " a snapshot into the fake it was taken of");
    }
    writeLock.lock();
    try {
      if (files.whole()) {
        Database old = database;
        changed.clear();
        // Tags belong to ARNs, not to the snapshot: they stay as they are.
        Map<String, byte[]> tags = new java.util.TreeMap<>(old.tags());
        long streamPosition = old.streamPosition().get();
        old.db().close();
        snapshots.replaceDatabase(files.directory());
        database = openDatabase(directory);
        // The file brings back Time to Live settings and streams with the items; the fake records
        // them again as it restores them. Positions handed out since are never handed out again.
        atomically(() -> {
          database.tags().clear();
          database.tags().putAll(tags);
          streamPositionAtLeast(streamPosition);
        });
        // Maps the snapshot's file still had to empty are emptied again in the background.
        collectGarbage();
        return load();
      }
      List<StoredTable> restored = new ArrayList<>();
      atomically(() -> {
        restored.addAll(snapshots.restoreTables(this, files));
      });
      collectGarbage();
      return restored;
    } finally {
      writeLock.unlock();
    }
  }

  Database database() {
    return database;
  }

  String nextMapName() {
    return "items." + database.nextMap().incrementAndGet();
  }

  @Override
  public void close() {
    closing = true;
    collector.shutdown();
    try {
      collector.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writeLock.lock();
    try {
      Database current = database;
      if (!current.db().isClosed()) {
        commit();
        current.db().close();
      }
      snapshots.deleteAll();
    } finally {
      writeLock.unlock();
      directory.close();
    }
  }

  @Override
  public String toString() {
    return "MapDbStorage[" + directory.path() + "]";
  }
}
