package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.index.SecondaryIndexes;
import dev.hangar.dynamo.internal.store.MemoryIndexStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StorageEngine;
import dev.hangar.dynamo.internal.store.StorageSnapshot;
import dev.hangar.dynamo.internal.store.StoredTimeToLive;
import dev.hangar.dynamo.internal.stream.StreamCapture;
import dev.hangar.dynamo.internal.stream.StreamCatalog;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.table.TableCatalog;
import dev.hangar.dynamo.internal.ttl.TimeToLive;
import dev.hangar.harness.spi.HarnessContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** What every operation of one fake shares: its tables, locks, harness and store factories. */
public final class ServiceState {
  private final TableCatalog catalog;
  private final ItemLocks locks = new ItemLocks();
  private final HarnessContext context;
  private final StorageEngine storage;
  private final Supplier<IndexStore> indexStores;
  private final TransactionTokens tokens;
  private final StreamCatalog streams;
  private final TimeToLive timeToLive = new TimeToLive();
  private final ResourceTags tags;
  private volatile Duration transitions = Duration.ZERO;

  /**
   * State for one fake attached to a harness, with indexes in memory.
   *
   * @param context the harness
   * @param storage keeps the tables; its tables are the fake's from the start
   */
  public ServiceState(HarnessContext context, StorageEngine storage) {
    this(context, storage, MemoryIndexStore::new);
  }

  /**
   * State for one fake attached to a harness.
   *
   * @param context the harness
   * @param storage keeps the tables; its tables are the fake's from the start
   * @param indexStores makes the store of a new secondary index
   */
  public ServiceState(
      HarnessContext context, StorageEngine storage, Supplier<IndexStore> indexStores) {
    this.context = Objects.requireNonNull(context, "context");
    this.storage = Objects.requireNonNull(storage, "storage");
    this.indexStores = Objects.requireNonNull(indexStores, "indexStores");
    // Tables stored before this state existed get their indexes rebuilt from their items.
    this.catalog = new TableCatalog(
        storage, context.clock()::now, table -> SecondaryIndexes.reopen(table, indexStores));
    this.tokens = new TransactionTokens(context.clock());
    this.streams = new StreamCatalog(context, storage);
    this.tags = new ResourceTags(storage);
    // A reopened table streams on as before: same stream, its records, positions going on.
    storage.streams().forEach((name, stored) -> streams.reopen(catalog.require(name), stored));
    streams.positionsAfter(storage.lastStreamPosition());
    storage.timeToLive().forEach((name, setting) ->
        timeToLive.reopen(catalog.require(name), setting.attribute(), setting.changed(),
            this::withItemLock));
  }

  /**
   * The tables.
   *
   * @return the catalog
   */
  public TableCatalog catalog() {
    return catalog;
  }

  /**
   * The tables' streams.
   *
   * @return the streams
   */
  public StreamCatalog streams() {
    return streams;
  }

  /**
   * The tables' Time to Live settings and expiry.
   *
   * @return the Time to Live state
   */
  public TimeToLive timeToLive() {
    return timeToLive;
  }

  /**
   * Makes CreateTable, UpdateTable and DeleteTable report CREATING, UPDATING and DELETING for a
   * while on the harness clock, as DynamoDB does; zero (the default) makes every change immediate.
   *
   * @param duration how long each change takes
   */
  public void simulateTransitions(Duration duration) {
    this.transitions = Objects.requireNonNull(duration, "duration");
  }

  /** Forgets every table, tag, stream and Time to Live setting: the state of a new fake. */
  public void reset() {
    catalog.clear();
    tags.clear();
    streams.clear();
    timeToLive.clear();
  }

  /**
   * A consistent copy of every table, or of one, with each table's latest stream and Time to Live
   * setting as they were at the same instant.
   *
   * @param tableName the table, or null for every table
   * @return the snapshot
   * @throws IllegalArgumentException when there is no table of that name
   */
  public StateSnapshot snapshot(String tableName) {
    return storage.exclusively(() -> {
      StorageSnapshot stored = catalog.snapshot(tableName);
      Map<String, StreamCapture> streamsThen = new HashMap<>();
      Map<String, TimeToLive.Saved> timeToLiveThen = new HashMap<>();
      for (String name : stored.tableNames()) {
        Table table = catalog.find(name);
        if (table != null) {
          streamsThen.put(name, streams.capture(table));
          timeToLiveThen.put(name, timeToLive.capture(table));
        }
      }
      return new StateSnapshot(stored, streamsThen, timeToLiveThen);
    });
  }

  /**
   * Brings back a snapshot of the tables. Each restored table gets back the stream and Time to
   * Live setting it had then (see {@link StreamCatalog#restore}); a table the snapshot does not
   * hold but a whole snapshot removes loses its stream and setting, as a deleted table does.
   *
   * @param snapshot a snapshot of this state
   */
  public void restore(StateSnapshot snapshot) {
    Map<String, Table> replaced = new HashMap<>();
    for (Table table : catalog.restore(snapshot.stored())) {
      if (snapshot.tableNames().contains(table.name())) {
        replaced.put(table.name(), table);
      } else {
        streams.tableDeleted(table);
        timeToLive.tableDeleted(table);
      }
    }
    for (String name : snapshot.tableNames()) {
      Table restored = catalog.find(name);
      if (restored == null) {
        continue;
      }
      Table old = replaced.get(name);
      streams.restore(old, restored, snapshot.stream(name));
      TimeToLive.Saved setting = snapshot.timeToLive(name);
      timeToLive.restore(old, restored, setting, this::withItemLock);
      if (setting != null) {
        storage.recordTimeToLive(name, new StoredTimeToLive(setting.attribute(), setting.changed()));
      } else if (storage.timeToLive().containsKey(name)) {
        storage.recordTimeToLive(name, null);
      }
    }
  }

  /**
   * Runs an action under the lock that serialises writes to one item's partition, for writers
   * outside a request (Time to Live). Fails like a write when a transaction holds the item.
   *
   * @param table the table
   * @param key the item's key
   * @param action what to do while holding the lock
   */
  public void withItemLock(Table table, PrimaryKey key, Runnable action) {
    int stripe = locks.lockForWrite(new ItemLocks.Target(table.name(), key));
    try {
      action.run();
    } finally {
      locks.unlock(stripe);
    }
  }

  /**
   * Runs an action holding the lock of one item of a table, waiting out any transaction that
   * holds it (a backfill is never cancelled the way a write in conflict is).
   */
  void underItemLock(Table table, PrimaryKey key, Runnable action) {
    ItemLocks.Target target = new ItemLocks.Target(table.name(), key);
    int stripe;
    while (true) {
      try {
        stripe = locks.lockForWrite(target);
        break;
      } catch (DynamoException transactionInProgress) {
        Thread.onSpinWait();
      }
    }
    try {
      action.run();
    } finally {
      locks.unlock(stripe);
    }
  }

  ItemLocks locks() {
    return locks;
  }

  HarnessContext context() {
    return context;
  }

  ItemStore newStore() {
    return storage.newStore();
  }

  StorageEngine storage() {
    return storage;
  }

  Supplier<IndexStore> indexStores() {
    return indexStores;
  }

  Duration transitions() {
    return transitions;
  }

  ResourceTags tags() {
    return tags;
  }

  TransactionTokens tokens() {
    return tokens;
  }
}
