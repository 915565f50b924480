package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.MemoryIndexStore;
import dev.hangar.dynamo.internal.table.TableCatalog;
import dev.hangar.harness.spi.HarnessContext;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** What every operation of one fake shares: its tables, locks, harness and store factory. */
public final class ServiceState {
  private final TableCatalog catalog;
  private final ItemLocks locks = new ItemLocks();
  private final HarnessContext context;
  private final Supplier<ItemStore> stores;
  private final TransactionTokens tokens;
  private final Supplier<IndexStore> indexStores;
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
  }

  /**
   * The tables.
   *
   * @return the catalog
   */
  public TableCatalog catalog() {
    return catalog;
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

  /**
   * Makes CreateTable, UpdateTable and DeleteTable report CREATING, UPDATING and DELETING for a
   * while on the harness clock, as DynamoDB does; zero (the default) makes every change immediate.
   *
   * @param duration how long each change takes
   */
  public void simulateTransitions(Duration duration) {
    this.transitions = Objects.requireNonNull(duration, "duration");
  }

  Duration transitions() {
    return transitions;
  }

  /** Forgets every table and tag: the state of a new fake. */
  public void reset() {
    catalog.clear();
    tags.clear();
  }

  Supplier<IndexStore> indexStores() {
    return indexStores;
  }

  ResourceTags tags() {
    return tags;
  }

  /**
   * Runs an action holding the lock of one item of a table, waiting out any transaction that
   * holds it (a backfill is never cancelled the way a write in conflict is).
   */
  void underItemLock(dev.hangar.dynamo.internal.table.Table table,
      dev.hangar.dynamo.internal.store.PrimaryKey key, Runnable action) {
    ItemLocks.Target target = new ItemLocks.Target(table.name(), key);
    int stripe;
    while (true) {
      try {
        stripe = locks.lockForWrite(target);
        break;
      } catch (dev.hangar.dynamo.internal.error.DynamoException transactionInProgress) {
        Thread.onSpinWait();
      }
    }
    try {
      action.run();
    } finally {
      locks.unlock(stripe);
    }
  }

  TransactionTokens tokens() {
    return tokens;
  }
}
