package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.table.TableDefinition;
import java.util.List;
import java.util.Map;

/**
 * Where a fake keeps its tables: their definitions and item stores, durably or not. The in-memory
 * engine is the default; the MapDB engine keeps everything in a data directory.
 *
 * <p>Writes of items go through {@link ItemStore#atomically(Runnable)}; a durable engine makes
 * everything written inside one outermost call durable together, so a crash never leaves half of
 * a transaction.
 */
public interface StorageEngine extends AutoCloseable {

  /**
   * The tables the engine holds already, in name order: none for a new engine, every table for a
   * reopened data directory.
   *
   * @return the tables
   */
  List<StoredTable> load();

  /**
   * A new, empty store for a table about to be created.
   *
   * @return the store
   */
  ItemStore newStore();

  /**
   * Records a table added to the catalog (CreateTable), or its changed definition.
   *
   * @param definition the definition
   * @param store the table's store, from {@link #newStore()}
   */
  void recordTable(TableDefinition definition, ItemStore store);

  /**
   * Forgets a table removed from the catalog (DeleteTable) and its items.
   *
   * @param name the table name
   * @param store the table's store
   */
  void dropTable(String name, ItemStore store);

  /**
   * Records a table's Time to Live setting, so that a reopened data directory expires its items
   * again and keeps DynamoDB's one-hour interval between changes. Dropping the table forgets it.
   *
   * @param table the table name
   * @param setting the attribute (null once disabled) and when it last changed, or null to forget
   *     the setting (a restored table whose Time to Live was never changed)
   */
  void recordTimeToLive(String table, StoredTimeToLive setting);

  /**
   * The Time to Live settings recorded for the tables {@link #load()} returns.
   *
   * @return table name to its setting, for the tables whose Time to Live was ever changed
   */
  Map<String, StoredTimeToLive> timeToLive();

  /**
   * A new, empty log for the records of a stream about to be enabled.
   *
   * @return the log
   */
  StreamLog newStreamLog();

  /**
   * Records a table's latest stream (enabled or disabled), so that a reopened data directory
   * brings it back with its records. A stream that replaces another one forgets the other's log.
   * Dropping the table forgets its stream.
   *
   * @param table the table name
   * @param stream the stream's state and log (from {@link #newStreamLog()}), or null to forget
   */
  void recordStream(String table, StoredStream stream);

  /**
   * The latest streams recorded for the tables {@link #load()} returns.
   *
   * @return table name to its latest stream
   */
  Map<String, StoredStream> streams();

  /**
   * The highest position any stream log was given, so that a reopened fake never hands out a
   * sequence number twice.
   *
   * @return the position, or 0 when no record was ever kept
   */
  long lastStreamPosition();

  /**
   * Records a resource's tags, so that a reopened data directory lists them again. Tags belong to
   * the ARN, not to the table's items: a restored snapshot leaves them as they are.
   *
   * @param arn the resource's ARN
   * @param tags the tags in the order they were first set; empty forgets the resource's tags
   */
  void recordTags(String arn, Map<String, String> tags);

  /**
   * The tags recorded by {@link #recordTags(String, Map)}.
   *
   * @return ARN to its tags, each in the order they were first set
   */
  Map<String, Map<String, String>> tags();

  /** Forgets every table, its Time to Live and stream settings, and every resource's tags. */
  void dropAll();

  /**
   * Runs writes as one unit: a durable engine commits them together when the outermost unit ends.
   *
   * @param writes the writes
   */
  void atomically(Runnable writes);

  /**
   * Runs an action while no unit of writes runs, for a snapshot that copies more than the items
   * (streams, Time to Live settings) and must see them as of the same instant.
   *
   * @param action the action
   * @param <T> what it returns
   * @return what the action returned
   */
  <T> T exclusively(java.util.function.Supplier<T> action);

  /**
   * A consistent copy of some tables, taken while no write runs.
   *
   * @param tables the tables to copy
   * @param whole true when the tables are all the fake's (a snapshot of the whole fake)
   * @return the snapshot, owned by this engine
   */
  StorageSnapshot snapshot(List<StoredTable> tables, boolean whole);

  /**
   * Brings back the tables of a snapshot this engine took. The caller puts them in the catalog
   * and records their streams and Time to Live settings as the snapshot saw them. Tags stay as
   * they are, and positions of stream records handed out since the snapshot are not reused.
   *
   * @param snapshot the snapshot
   * @return the restored tables, with new stores
   * @throws IllegalArgumentException when another engine took the snapshot
   */
  List<StoredTable> restore(StorageSnapshot snapshot);

  /** Releases files and locks; the engine is unusable afterwards. */
  @Override
  void close();
}
