package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.index.SecondaryIndexes;
import dev.hangar.dynamo.internal.store.MemoryIndexStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StorageEngine;
import dev.hangar.dynamo.internal.store.StorageSnapshot;
import dev.hangar.dynamo.internal.stream.StreamCatalog;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.table.TableCatalog;
import dev.hangar.dynamo.internal.ttl.TimeToLive;
import dev.hangar.harness.spi.HarnessContext;
import java.time.Duration;
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
   * Brings back a snapshot of the tables. The tables it replaces lose their streams and Time to
   * Live settings, as deleted tables do; the restored tables start with neither.
   *
   * @param snapshot a snapshot of this state's catalog
   */
  public void restore(StorageSnapshot snapshot) {
    for (Table replaced : catalog.restore(snapshot)) {
      streams.tableDeleted(replaced);
      timeToLive.tableDeleted(replaced);
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
