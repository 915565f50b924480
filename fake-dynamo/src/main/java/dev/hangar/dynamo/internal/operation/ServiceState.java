package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.StorageEngine;
import dev.hangar.dynamo.internal.table.TableCatalog;
import dev.hangar.harness.spi.HarnessContext;
import java.util.Objects;

/** What every operation of one fake shares: its tables, locks, harness and store factory. */
public final class ServiceState {
  private final TableCatalog catalog;
  private final ItemLocks locks = new ItemLocks();
  private final HarnessContext context;
  private final StorageEngine storage;
  private final TransactionTokens tokens;

  /**
   * State for one fake attached to a harness.
   *
   * @param context the harness
   * @param storage keeps the tables; its tables are the fake's from the start
   */
  public ServiceState(HarnessContext context, StorageEngine storage) {
    this.context = Objects.requireNonNull(context, "context");
    this.storage = Objects.requireNonNull(storage, "storage");
    this.catalog = new TableCatalog(storage);
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
    return storage.newStore();
  }

  StorageEngine storage() {
    return storage;
  }

  TransactionTokens tokens() {
    return tokens;
  }
}
