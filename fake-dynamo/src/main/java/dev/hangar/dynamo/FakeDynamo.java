package dev.hangar.dynamo;

import dev.hangar.dynamo.internal.index.IndexInvariant;
import dev.hangar.dynamo.internal.operation.OperationTable;
import dev.hangar.dynamo.internal.operation.ServiceState;
import dev.hangar.dynamo.internal.operation.StreamOperations;
import dev.hangar.dynamo.internal.store.StorageEngines;
import dev.hangar.dynamo.internal.stream.StreamInvariants;
import dev.hangar.dynamo.internal.stream.TableStream;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.DynamoProtocol;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DynamoDB, in process: tables, items, Query and Scan, batches and transactions, answering the real
 * AWS SDK's requests (the JSON 1.0 protocol of the <i>Amazon DynamoDB API Reference</i>) with
 * DynamoDB's shapes, limits, error types and message texts.
 *
 * <p>Add it to a harness and point a client at the harness:
 *
 * <pre>{@code
 * try (Harness harness = Harness.builder().service(FakeDynamo.create()).build()) {
 *   DynamoDbClient client = DynamoDbClient.builder()
 *       .endpointOverride(harness.endpoint())
 *       .region(Region.of(harness.region()))
 *       .credentialsProvider(AnonymousCredentialsProvider.create())
 *       .build();
 * }
 * }</pre>
 *
 * <p>The fake recognises its requests by {@code X-Amz-Target: DynamoDB_20120810.<Operation>}, so it
 * answers whatever host the client addressed. Items live in memory unless the builder names a
 * {@linkplain Builder#dataDirectory(Path) data directory}; Scan returns partitions in an
 * order derived from a hash of the partition key, as DynamoDB does, not in insertion order. An
 * instance belongs to one harness. Instances are safe for concurrent use: single-item writes are
 * atomic and linearizable, transactions all-or-nothing and isolated.
 *
 * @since 0.1.0
 */
public final class FakeDynamo implements AwsService {
  private final Path dataDirectory;
  private final Durability durability;
  private final boolean hideExpiredItems;
  private final Duration tableTransitions;
  private volatile Attached attached;

  private record Attached(
      ServiceState state, HarnessClock clock, DynamoProtocol protocol, DynamoProtocol streams,
      HarnessClock.Subscription clockSubscription) {}

  private FakeDynamo(Builder builder) {
    this.dataDirectory = builder.dataDirectory;
    this.durability = builder.durability;
    this.hideExpiredItems = builder.hideExpiredItems;
    this.tableTransitions = builder.tableTransitions;
  }

  /**
   * A fake with the default configuration.
   *
   * @return a new fake, not yet attached to a harness
   */
  public static FakeDynamo create() {
    return builder().build();
  }

  /**
   * A builder for a fake.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this fake's configuration, for a new fake that behaves the same.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().dataDirectory(dataDirectory).durability(durability)
        .hideExpiredItems(hideExpiredItems)
        .tableTransitions(tableTransitions);
  }

  /**
   * The {@linkplain Builder#dataDirectory(Path) data directory} this fake keeps its tables in, so
   * that a tool which finds tables already there can say where they came from.
   *
   * @return the directory, or empty when the fake keeps its tables in memory
   */
  public java.util.Optional<Path> dataDirectory() {
    return java.util.Optional.ofNullable(dataDirectory);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@code dynamodb}
   */
  @Override
  public String name() {
    return "dynamodb";
  }

  /**
   * Binds the fake to a harness: its clock, region, account and ids.
   *
   * @param context the harness
   * @throws IllegalStateException when the fake already belongs to a harness (create one fake per
   *     harness); with a data directory, when MapDB is not on the class path or the directory is
   *     locked by another fake, was written by an incompatible version or is damaged (the message
   *     names the directory)
   */
  @Override
  public synchronized void attach(HarnessContext context) {
    if (attached != null) {
      throw new IllegalStateException(
          "This FakeDynamo already belongs to a harness; give each harness its own"
              + " FakeDynamo.create()");
    }
    ServiceState state = new ServiceState(
        context, StorageEngines.open(dataDirectory, durability.unitsPerCommit));
    state.simulateTransitions(tableTransitions);
    DynamoProtocol protocol = new DynamoProtocol(OperationTable.of(state), context::newId);
    DynamoProtocol streams = new DynamoProtocol(
        DynamoProtocol.STREAMS_TARGET_PREFIX, StreamOperations.of(state), context::newId);
    HarnessClock.Subscription subscription = context.clock().onAdvance(now -> expire(state, now));
    attached = new Attached(state, context.clock(), protocol, streams, subscription);
  }

  /**
   * Whether the request is a DynamoDB request ({@code X-Amz-Target: DynamoDB_20120810.*}) or a
   * DynamoDB Streams request ({@code X-Amz-Target: DynamoDBStreams_20120810.*}).
   *
   * @param request the request
   * @return true for DynamoDB and DynamoDB Streams requests
   */
  @Override
  public boolean handles(ServiceRequest request) {
    return DynamoProtocol.isDynamoRequest(request) || DynamoProtocol.isStreamsRequest(request);
  }

  /**
   * Answers one DynamoDB request. Operations that Hangar does not implement yet answer with a
   * {@code ValidationException} naming the operation.
   *
   * @param request the request
   * @return the response
   * @throws IllegalStateException when the fake was never added to a harness
   */
  @Override
  public ServiceResponse handle(ServiceRequest request) {
    Attached current = attached;
    if (current == null) {
      throw new IllegalStateException(
          "FakeDynamo is not attached to a harness; add it with Harness.builder().service(...)");
    }
    if (DynamoProtocol.isStreamsRequest(request)) {
      return current.streams().handle(request);
    }
    if (hideExpiredItems) {
      expire(current.state(), current.clock().now());
    }
    try {
      return current.protocol().handle(request);
    } finally {
      // Stream readers (Lambda triggers) run only once the request holds no lock.
      current.state().streams().announceAppended();
    }
  }

  /**
   * Deletes now every item whose Time to Live has passed on the harness clock, as DynamoDB's
   * background process eventually does ("Using DynamoDB Time to Live (TTL)"): in tables with Time
   * to Live enabled, items whose TTL attribute is a Number of epoch seconds before the clock's time
   * (and not more than five years before it). Each deletion writes the REMOVE stream record of a
   * service deletion ({@code userIdentity} {@code Service} / {@code dynamodb.amazonaws.com}).
   * Advancing the harness clock does the same.
   *
   * @return how many items were deleted
   * @throws IllegalStateException when the fake was never added to a harness
   */
  public int expireItems() {
    Attached current = attached;
    if (current == null) {
      throw new IllegalStateException(
          "FakeDynamo is not attached to a harness; add it with Harness.builder().service(...)");
    }
    return expire(current.state(), current.clock().now());
  }

  /**
   * Checks the streams of every table against their tables: exactly one record per change of each
   * item, none missing, none repeated, in order, and each item's last image matching the item the
   * table holds (DynamoDB's guarantee in "Change data capture for DynamoDB Streams": "each stream
   * record appears exactly once in the stream" and "in the same sequence as the actual
   * modifications"). Call it after a test's writes, while no write is in flight.
   *
   * @throws IllegalStateException listing the violations when a stream breaks the guarantee
   */
  public void checkStreams() {
    Attached current = attached;
    if (current == null) {
      throw new IllegalStateException(
          "FakeDynamo is not attached to a harness; add it with Harness.builder().service(...)");
    }
    List<String> problems = new ArrayList<>();
    for (String name : current.state().catalog().names(null, Integer.MAX_VALUE - 1)) {
      Table table = current.state().catalog().find(name);
      TableStream stream = table == null ? null : current.state().streams().enabled(table);
      if (stream != null) {
        for (String problem : StreamInvariants.check(stream, table, current.clock().now())) {
          problems.add(name + ": " + problem);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Stream invariants broken:\n" + String.join("\n", problems));
    }
  }

  private static int expire(ServiceState state, Instant now) {
    int deleted = state.timeToLive().expire(now, state::withItemLock);
    state.streams().announceAppended();
    return deleted;
  }

  /**
   * Checks the invariant of secondary indexes on every table: each index holds exactly the
   * projection of the table's items that have the index's key, and nothing else (<i>Amazon
   * DynamoDB Developer Guide</i>, "Improving data access with secondary indexes"). Call it from a
   * test after any sequence of writes, when no write is in flight.
   *
   * @return one line per difference found; empty when every index is consistent
   * @throws IllegalStateException when the fake was never added to a harness
   */
  public List<String> indexViolations() {
    Attached current = attached;
    if (current == null) {
      throw new IllegalStateException(
          "FakeDynamo is not attached to a harness; add it with Harness.builder().service(...)");
    }
    List<String> violations = new ArrayList<>();
    for (Table table : current.state().catalog().all()) {
      for (String violation : IndexInvariant.violations(table)) {
        violations.add(table.name() + "." + violation);
      }
    }
    return violations;
  }

  /**
   * Removes every table, item, tag, stream and Time to Live setting: the state of a new fake, at
   * the cost of clearing maps. With a data directory, the directory is emptied too.
   */
  public void reset() {
    Attached current = attached;
    if (current != null) {
      current.state().reset();
    }
  }

  /**
   * A consistent copy of every table and its items, taken while no write runs. Restoring it is a
   * copy of maps (in memory) or of files (with a data directory), far faster than writing the
   * items again.
   *
   * @return the snapshot; never null
   * @throws IllegalStateException when the fake is not attached to a harness
   */
  public DynamoSnapshot snapshot() {
    return new DynamoSnapshot(requireAttached().state().snapshot(null));
  }

  /**
   * A consistent copy of one table and its items.
   *
   * @param tableName the table's name
   * @return the snapshot; never null
   * @throws IllegalArgumentException when the fake has no table of that name
   * @throws IllegalStateException when the fake is not attached to a harness
   */
  public DynamoSnapshot snapshot(String tableName) {
    Objects.requireNonNull(tableName, "tableName");
    return new DynamoSnapshot(requireAttached().state().snapshot(tableName));
  }

  /**
   * Brings back a snapshot of this fake. A snapshot of the whole fake replaces every table: tables
   * created since are gone, deleted ones are back. A snapshot of one table replaces that table
   * (creating it again if it was deleted) and leaves the others. Secondary indexes are rebuilt
   * from the restored items. Tags belong to ARNs and stay as they are.
   *
   * <p>A restore is a rollback of the fake, streams and Time to Live included, so that every test
   * starting from the same snapshot sees the same fake:
   *
   * <ul>
   *   <li>Each restored table gets back its Time to Live setting, with the time of its last change
   *       (DynamoDB's one-hour interval between changes counts from it), and its restored items
   *       expire by it.
   *   <li>Each restored table gets back the stream it had: the same ARN, label and shard, enabled
   *       or disabled as then, holding the records it held then; records written since the
   *       snapshot are gone, as the writes they describe are. A stream enabled since ends (it
   *       stays readable as a disabled stream for 24 hours, like one of a deleted table).
   *   <li>Sequence numbers are not rolled back: the next record gets a number higher than any
   *       handed out before the restore. A reader that stored a sequence number (a Lambda event
   *       source mapping on the stream, a {@code DynamoDbStreamsClient} with {@code
   *       AFTER_SEQUENCE_NUMBER}) therefore reads on from the next change, and never receives a
   *       sequence number twice. The restore itself writes no stream record (DynamoDB writes none
   *       for a restored table either).
   * </ul>
   *
   * <p>Call it between requests: a request running meanwhile may act on the tables as they were.
   *
   * @param snapshot a snapshot taken of this fake
   * @throws IllegalArgumentException when the snapshot was taken of another fake
   * @throws IllegalStateException when the fake is not attached to a harness
   */
  public void restore(DynamoSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    requireAttached().state().restore(snapshot.stored());
  }

  /**
   * Stops following the harness clock and closes the storage: with a data directory, commits,
   * closes its files, deletes this fake's snapshots and releases the directory's lock. The harness
   * calls it when it closes.
   */
  @Override
  public void close() {
    Attached current = attached;
    if (current != null) {
      current.clockSubscription().close();
      current.state().streams().clear();
      current.state().catalog().storage().close();
    }
  }

  private Attached requireAttached() {
    Attached current = attached;
    if (current == null) {
      throw new IllegalStateException(
          "FakeDynamo is not attached to a harness; add it with Harness.builder().service(...)");
    }
    return current;
  }

  @Override
  public String toString() {
    return "FakeDynamo";
  }

  /**
   * How a {@linkplain Builder#dataDirectory(Path) data directory} makes writes durable. DynamoDB
   * itself acknowledges a write only once it is durable ("DynamoDB read consistency" in the
   * <i>Amazon DynamoDB Developer Guide</i>: a write answered with HTTP 200 "has occurred and is
   * durable"); {@link #EVERY_WRITE}, the default, does the same. Without a data directory nothing is durable and this setting has no
   * effect.
   *
   * @since 0.1.0
   */
  public enum Durability {
    /**
     * Every acknowledged write (an item, a batch's item, a transaction, a table change) is
     * committed and synced to the disk before its response: a crash loses nothing acknowledged.
     * Each write costs one commit (about 10 to 30 ms on a typical disk).
     */
    EVERY_WRITE(1),

    /**
     * Writes are committed in groups of 1,000, and when the fake closes or takes a whole
     * snapshot: a crash (of the JVM or the machine) loses the writes since the last commit, but
     * never part of a write or of a transaction, and the directory still opens. For fixtures a
     * test can build again, where a write costs a fraction of a millisecond instead of a sync.
     */
    BATCHED(1000);

    final int unitsPerCommit;

    Durability(int unitsPerCommit) {
      this.unitsPerCommit = unitsPerCommit;
    }
  }

  /**
   * Configures a {@link FakeDynamo}. The configuration is immutable once built.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Path dataDirectory;
    private Durability durability = Durability.EVERY_WRITE;
    private boolean hideExpiredItems;
    private Duration tableTransitions = Duration.ZERO;

    private Builder() {}

    /**
     * Keeps tables and items in a directory instead of memory, as DynamoDB Local's {@code -dbPath}
     * does: a fake opened on the same directory later finds every table and item again, and a
     * write acknowledged before a crash is never lost. The directory is created when absent and
     * locked while the fake is open. Needs {@code org.mapdb:mapdb:3.1.0} on the class path (an
     * optional dependency of Hangar).
     *
     * <p>Kept in the directory: tables (with their secondary indexes, billing and deletion
     * protection) and items; Time to Live settings with the time of their last change (so the
     * one-hour interval between changes holds across a reopening); tags; and each table's latest
     * stream, enabled or disabled, with its ARN, label, shard and the records still within the
     * 24-hour retention, each record committed with the write it describes. Sequence numbers go on
     * from the highest one handed out, so a consumer that stored one resumes after it with
     * {@code AFTER_SEQUENCE_NUMBER}. Index entries are rebuilt from the items when the directory
     * opens. Not kept: streams of deleted tables and a table's streams before its latest one (on
     * AWS readable for 24 hours), shard iterators (they are sealed per fake: get new ones), and
     * simulated status changes ({@link #tableTransitions}).
     *
     * @param directory the data directory, or null for memory (the default)
     * @return this builder
     */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = directory;
      return this;
    }

    /**
     * How the {@linkplain #dataDirectory(Path) data directory} makes writes durable: {@link
     * Durability#EVERY_WRITE} (the default) or {@link Durability#BATCHED}.
     *
     * @param durability the durability; never null
     * @return this builder
     */
    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability");
      return this;
    }

    /**
     * Whether reads hide items whose Time to Live has passed. Off by default, as on AWS, where
     * expired items stay readable until DynamoDB's background process deletes them, typically
     * within a few days ("Working with expired items and time to live (TTL)"). When on, the fake
     * deletes expired items (through Time to Live, with their stream records) before it answers
     * each DynamoDB request, so no request ever sees one.
     *
     * @param hide true to hide expired items
     * @return this builder
     */
    public Builder hideExpiredItems(boolean hide) {
      this.hideExpiredItems = hide;
      return this;
    }

    /**
     * Makes table changes take time on the harness clock, as they do on DynamoDB: after
     * CreateTable the table is {@code CREATING} (requests for its items fail with {@code
     * ResourceNotFoundException}), after UpdateTable {@code UPDATING} (a new global secondary index
     * {@code CREATING}, {@code Backfilling}), after DeleteTable {@code DELETING}, each until the
     * harness clock has advanced by {@code duration}; meanwhile another CreateTable, UpdateTable
     * or DeleteTable of the table fails with {@code ResourceInUseException}. See "DescribeTable"
     * ({@code TableStatus}, {@code IndexStatus}) in the <i>Amazon DynamoDB API Reference</i>.
     *
     * <p>The default, {@link Duration#ZERO}, makes every change immediate. Advance the harness
     * clock in the test to complete a change; the SDK's waiters poll in real time and do not
     * advance it.
     *
     * @param duration how long each change takes; zero or positive
     * @return this builder
     * @throws IllegalArgumentException when {@code duration} is negative
     */
    public Builder tableTransitions(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException(
            "FakeDynamo.Builder.tableTransitions must be zero or positive, was " + duration);
      }
      this.tableTransitions = duration;
      return this;
    }

    /**
     * A new fake with this configuration.
     *
     * @return the fake
     */
    public FakeDynamo build() {
      return new FakeDynamo(this);
    }
  }
}
