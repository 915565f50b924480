package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.store.StorageSnapshot;
import dev.hangar.dynamo.internal.stream.StreamCapture;
import dev.hangar.dynamo.internal.ttl.TimeToLive;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a fake's state: the engine's copy of the tables and their items, and, taken at
 * the same instant, each table's latest stream and Time to Live setting.
 */
public final class StateSnapshot {
  private final StorageSnapshot stored;
  private final Map<String, StreamCapture> streams;
  private final Map<String, TimeToLive.Saved> timeToLive;

  StateSnapshot(StorageSnapshot stored, Map<String, StreamCapture> streams,
      Map<String, TimeToLive.Saved> timeToLive) {
    this.stored = stored;
    this.streams = Map.copyOf(streams);
    this.timeToLive = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(timeToLive));
  }

  StorageSnapshot stored() {
    return stored;
  }

  StreamCapture stream(String table) {
    return streams.getOrDefault(table, StreamCapture.NONE);
  }

  TimeToLive.Saved timeToLive(String table) {
    return timeToLive.get(table);
  }

  /**
   * The names of the tables, in name order.
   *
   * @return the names
   */
  public List<String> tableNames() {
    return stored.tableNames();
  }

  /**
   * The number of items.
   *
   * @return the count
   */
  public long itemCount() {
    return stored.itemCount();
  }

  /**
   * Whether restoring replaces every table.
   *
   * @return true for a snapshot of the whole fake
   */
  public boolean whole() {
    return stored.whole();
  }
}
