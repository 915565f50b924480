package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.stream.StreamCatalog;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.ttl.TimeToLive;
import dev.hangar.dynamo.internal.table.TableCatalog;
import dev.hangar.harness.spi.HarnessContext;
import java.util.Objects;
import java.util.function.Supplier;

/** What every operation of one fake shares: its tables, locks, harness and store factory. */
public final class ServiceState {
  private final TableCatalog catalog = new TableCatalog();
  private final ItemLocks locks = new ItemLocks();
  private final HarnessContext context;
  private final Supplier<ItemStore> stores;
  private final TransactionTokens tokens;
  private final StreamCatalog streams;
  private final TimeToLive timeToLive = new TimeToLive();

  /**
   * State for one fake attached to a harness.
   *
   * @param context the harness
   * @param stores makes the store of a new table
   */
  public ServiceState(HarnessContext context, Supplier<ItemStore> stores) {
    this.context = Objects.requireNonNull(context, "context");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.tokens = new TransactionTokens(context.clock());
    this.streams = new StreamCatalog(context);
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
   * Runs an action under the lock that serialises writes to one item's partition, for writers
   * outside a request (Time to Live).
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

  TransactionTokens tokens() {
    return tokens;
  }
}
