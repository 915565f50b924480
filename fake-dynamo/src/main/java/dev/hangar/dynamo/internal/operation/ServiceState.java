package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.MemoryIndexStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
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
  private final Supplier<ItemStore> stores;
  private final Supplier<IndexStore> indexStores;
  private final TransactionTokens tokens;
  private final StreamCatalog streams;
  private final TimeToLive timeToLive = new TimeToLive();
  private final ResourceTags tags = new ResourceTags();
  private volatile Duration transitions = Duration.ZERO;

  /**
   * State for one fake attached to a harness, with indexes in memory.
   *
   * @param context the harness
   * @param stores makes the store of a new table
   */
  public ServiceState(HarnessContext context, Supplier<ItemStore> stores) {
    this(context, stores, MemoryIndexStore::new);
  }

  /**
   * State for one fake attached to a harness.
   *
   * @param context the harness
   * @param stores makes the store of a new table
   * @param indexStores makes the store of a new secondary index
   */
  public ServiceState(
      HarnessContext context, Supplier<ItemStore> stores, Supplier<IndexStore> indexStores) {
    this.context = Objects.requireNonNull(context, "context");
    this.catalog = new TableCatalog(context.clock()::now);
    this.stores = Objects.requireNonNull(stores, "stores");
    this.indexStores = Objects.requireNonNull(indexStores, "indexStores");
    this.tokens = new TransactionTokens(context.clock());
    this.streams = new StreamCatalog(context);
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
    return stores.get();
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
