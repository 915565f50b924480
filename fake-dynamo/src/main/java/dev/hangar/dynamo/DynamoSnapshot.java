package dev.hangar.dynamo;

import dev.hangar.dynamo.internal.operation.StateSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * A point-in-time copy of a {@link FakeDynamo}'s tables (all of them, or one) with their items,
 * streams (and their records) and Time to Live settings, taken with {@link
 * FakeDynamo#snapshot()} or {@link FakeDynamo#snapshot(String)} and brought back, any number of
 * times, with {@link FakeDynamo#restore(DynamoSnapshot)}: the way a suite seeds a large fixture
 * once and rolls back to it before each test.
 *
 * <p>Unlike DynamoDB's on-demand backups (<i>Using on-demand backup and restore for DynamoDB</i>),
 * which restore into a new table, a snapshot restores in place and only into the fake it was
 * taken of. With a data directory it lives in the directory's {@code snapshots} folder until the
 * fake closes.
 *
 * @since 0.1.0
 */
public final class DynamoSnapshot {
  private final StateSnapshot stored;

  DynamoSnapshot(StateSnapshot stored) {
    this.stored = Objects.requireNonNull(stored, "stored");
  }

  StateSnapshot stored() {
    return stored;
  }

  /**
   * The names of the tables in the snapshot, in name order.
   *
   * @return the names; never null
   */
  public List<String> tableNames() {
    return stored.tableNames();
  }

  /**
   * The number of items in the snapshot's tables.
   *
   * @return the count
   */
  public long itemCount() {
    return stored.itemCount();
  }

  /**
   * Whether restoring replaces every table (a snapshot of the whole fake) rather than one.
   *
   * @return true for {@link FakeDynamo#snapshot()}, false for {@link FakeDynamo#snapshot(String)}
   */
  public boolean isWholeFake() {
    return stored.whole();
  }

  @Override
  public String toString() {
    return "DynamoSnapshot" + tableNames() + "[" + itemCount() + " items]";
  }
}
