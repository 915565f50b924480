package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.IndexStore;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A live table: its definition, its items, and whoever follows its item changes (secondary
 * indexes, the stream). Every write of an item goes through {@link #write}, so an index or a
 * stream never misses a change, whichever operation made it.
 */
public final class Table {
  private final ItemStore store;
  private final List<ItemChangeListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, IndexStore> indexStores = new ConcurrentHashMap<>();
  private volatile TableDefinition definition;
  private volatile TableTransition transition;
  private final ItemCollectionSizes collections;

  /**
   * A table.
   *
   * @param definition what CreateTable declared
   * @param store the items
   */
  public Table(TableDefinition definition, ItemStore store) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.store = Objects.requireNonNull(store, "store");
    this.collections = definition.localIndexes().isEmpty() ? null : new ItemCollectionSizes();
  }

  /**
   * What the table is now: CreateTable's declaration as later UpdateTable calls changed it.
   *
   * @return the definition
   */
  public TableDefinition definition() {
    return definition;
  }

  /**
   * Replaces the definition, for UpdateTable.
   *
   * @param changed the new definition, of the same table
   */
  public void redefine(TableDefinition changed) {
    if (!changed.name().equals(definition.name())) {
      throw new IllegalArgumentException("A table keeps its name: " + changed.name());
    }
    store.redefined(changed);
    this.definition = changed;
  }

  /**
   * Starts a simulated status change (CREATING, UPDATING, DELETING).
   *
   * @param change the change, or null for none
   */
  public void transition(TableTransition change) {
    this.transition = change;
  }

  /**
   * The table's status at an instant: the simulated change in progress, or {@code ACTIVE}.
   *
   * @param now the harness clock's time
   * @return {@code CREATING}, {@code UPDATING}, {@code DELETING} or {@code ACTIVE}
   */
  public String status(Instant now) {
    TableTransition current = transition;
    return current != null && current.inProgressAt(now) ? current.status() : "ACTIVE";
  }

  /**
   * A global secondary index's status at an instant: {@code CREATING} while the update that added
   * it is simulated as in progress, else what its definition says.
   *
   * @param index the index
   * @param now the harness clock's time
   * @return the index status
   */
  public String indexStatus(IndexDefinition index, Instant now) {
    TableTransition current = transition;
    if (current != null && current.inProgressAt(now)
        && current.creatingIndexes().contains(index.name())) {
      return "CREATING";
    }
    return index.status();
  }

  /**
   * Whether the table was deleted with a simulated duration that has now passed.
   *
   * @param now the harness clock's time
   * @return true when the table is gone
   */
  public boolean deletedBy(Instant now) {
    TableTransition current = transition;
    return current != null && current.status().equals("DELETING") && !current.inProgressAt(now);
  }

  /**
   * The items. Read freely; write only through {@link #write}.
   *
   * @return the store
   */
  public ItemStore store() {
    return store;
  }

  /**
   * The table's name.
   *
   * @return the name
   */
  public String name() {
    return definition.name();
  }

  /**
   * The table's primary key.
   *
   * @return the key schema
   */
  public KeySchema keySchema() {
    return definition.keySchema();
  }

  /**
   * Stores an item's new state (or deletes it) and tells the listeners, in registration order. The
   * caller holds the item's lock, so changes of one item reach listeners in the order they
   * happened.
   *
   * @param key the item's primary key
   * @param before the item as it was, or null when it did not exist
   * @param after the item as it is to be, or null to delete it
   * @param origin who made the change
   */
  public void write(PrimaryKey key, StoredItem before, StoredItem after, ChangeOrigin origin) {
    if (after != null) {
      checkIndexKeys(after.attributes());
    }
    long collectionDelta = 0;
    if (collections != null) {
      collectionDelta = collections.delta(definition, before, after);
      collections.check(key.partition(), collectionDelta);
    }
    // One unit: a durable store commits the item and what listeners derive from it together.
    long delta = collectionDelta;
    store.atomically(() -> apply(key, before, after, origin, delta));
  }

  private void apply(
      PrimaryKey key, StoredItem before, StoredItem after, ChangeOrigin origin,
      long collectionDelta) {
    if (after == null) {
      store.delete(key);
    } else {
      store.put(key, after);
    }
    if (collections != null) {
      collections.add(key.partition(), collectionDelta);
    }
    if (before == null && after == null) {
      return;
    }
    ItemChange change = new ItemChange(key, before, after, origin);
    for (ItemChangeListener listener : listeners) {
      listener.changed(this, change);
    }
  }

  /**
   * Checks an item about to be written against the secondary indexes' key types, as DynamoDB does
   * before any write. Operations that write several items call it for all of them before writing
   * any, so that a rejected item leaves nothing half-written.
   *
   * @param item the item
   * @throws dev.hangar.dynamo.internal.error.DynamoException DynamoDB's index key errors
   */
  public void checkIndexKeys(Map<String, Value> item) {
    for (IndexDefinition index : definition.indexes()) {
      index.checkItem(item);
    }
  }

  /**
   * The size of an item collection (the items with one partition key and their local secondary
   * index entries), for {@code ItemCollectionMetrics}.
   *
   * @param partition the partition key value
   * @return the bytes, or -1 when the table has no local secondary index
   */
  public long itemCollectionBytes(Value partition) {
    return collections == null ? -1 : collections.bytes(partition);
  }

  /**
   * Counts the item collections again from the stored items, for a table opened on items stored
   * before it existed (a reopened data directory, a restored snapshot). Call it before the table
   * is visible to requests.
   */
  public void recountItemCollections() {
    if (collections == null) {
      return;
    }
    Iterator<StoredItem> items = store.scan(null, 0, 1);
    while (items.hasNext()) {
      StoredItem item = items.next();
      Value partition = definition.keySchema().keyOfStored(item.attributes()).partition();
      collections.add(partition, collections.delta(definition, null, item));
    }
  }

  /**
   * The entries of a secondary index.
   *
   * @param indexName the index name
   * @return the store, or null when the table has no such index
   */
  public IndexStore indexStore(String indexName) {
    return indexStores.get(indexName);
  }

  /**
   * Gives a secondary index its store, before any entry is written to it.
   *
   * @param indexName the index name
   * @param store the store
   */
  public void attachIndexStore(String indexName, IndexStore store) {
    indexStores.put(indexName, Objects.requireNonNull(store, "store"));
  }

  /**
   * Drops a secondary index's store (UpdateTable Delete).
   *
   * @param indexName the index name
   */
  public void detachIndexStore(String indexName) {
    indexStores.remove(indexName);
  }

  /**
   * Follows this table's item changes from now on.
   *
   * @param listener the listener; it runs under the item's lock and must not block
   */
  public void addListener(ItemChangeListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Stops following changes.
   *
   * @param listener a listener added before
   */
  public void removeListener(ItemChangeListener listener) {
    listeners.remove(listener);
  }

  @Override
  public String toString() {
    return "Table[" + name() + "]";
  }
}
