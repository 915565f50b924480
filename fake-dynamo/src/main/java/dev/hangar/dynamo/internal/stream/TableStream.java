package dev.hangar.dynamo.internal.stream;

import dev.hangar.dynamo.internal.item.ItemSize;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.StreamLog;
import dev.hangar.dynamo.internal.table.ChangeOrigin;
import dev.hangar.dynamo.internal.table.ItemChange;
import dev.hangar.dynamo.internal.table.ItemChangeListener;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The stream of one table, from the UpdateTable or CreateTable that enabled it: a listener on the
 * table's item changes that writes one record per change, in change order per item, and none for a
 * write that leaves the item as it was ("Change data capture for DynamoDB Streams"). Hangar keeps
 * one shard per stream, which holds every record in order.
 *
 * <p>With a durable engine each record also goes to the stream's {@link StreamLog} in the unit of
 * the item change it describes, and the stream's state (label, shard, positions) is recorded when
 * it changes, so that a reopened data directory brings the stream back as it was.
 */
public final class TableStream implements ItemChangeListener {
  private final String arn;
  private final String label;
  private final String tableName;
  private final KeySchema keySchema;
  private final StreamViewType viewType;
  private final Instant created;
  private final Shard shard;
  private final StreamServices services;
  private volatile StreamLog log;
  private volatile Instant disabledAt;
  /** Below this position the log holds nothing; written under the unit of a change. */
  private long loggedFrom;

  /** What every stream of a fake shares: region, clock, ids, sequence numbers. */
  interface StreamServices {
    String region();

    Supplier<Instant> clock();

    String newId();

    SequenceNumbers sequences();

    /** Called after each record, under the item's lock: only remember, never deliver here. */
    Consumer<TableStream> appended();

    /** Records the stream's state with the engine; called inside a unit or under no lock. */
    void stateChanged(TableStream stream);
  }

  TableStream(
      String arn, String label, Table table, StreamViewType viewType, Instant created,
      String shardId, StreamServices services, StreamLog log) {
    this.arn = arn;
    this.label = label;
    this.tableName = table.name();
    this.keySchema = table.keySchema();
    this.viewType = viewType;
    this.created = created;
    this.services = services;
    this.log = log;
    this.shard = new Shard(shardId, services.sequences().next());
    this.loggedFrom = shard.start();
  }

  /** A stream as an engine kept it, with the records of its log. */
  TableStream(StreamCodec.State state, Table table, StreamServices services, StreamLog log) {
    this.arn = state.arn();
    this.label = state.label();
    this.tableName = table.name();
    this.keySchema = table.keySchema();
    this.viewType = state.viewType();
    this.created = state.created();
    this.services = services;
    this.log = log;
    this.disabledAt = state.disabledAt();
    List<ChangeRecord> records = new ArrayList<>();
    log.forEach((position, bytes) -> {
      if (position >= state.trimmedBelow()) {
        records.add(StreamCodec.decodeRecord(position, bytes, state.viewType()));
      }
    });
    this.shard = new Shard(
        state.shardId(), state.start(), state.end(), state.trimmedBelow(), records);
    this.loggedFrom = state.trimmedBelow();
  }

  /** The state an engine keeps, as it is now. */
  StreamCodec.State state() {
    return new StreamCodec.State(arn, label, viewType, created, shard.id(), shard.start(),
        shard.end(), shard.trimmedBelow(), disabledAt);
  }

  /** The log of the stream's records. */
  StreamLog log() {
    return log;
  }

  /**
   * Puts the stream back as a snapshot saw it: enabled or disabled as then, its shard's records
   * then, logged in {@code log} (which the caller made hold exactly those records).
   */
  void rollBack(StreamCapture then, StreamLog log) {
    StreamCodec.State state = then.state();
    this.disabledAt = state.disabledAt();
    shard.rollBack(state.end(), state.trimmedBelow(), then.records());
    this.loggedFrom = log == this.log ? Math.max(loggedFrom, state.trimmedBelow())
        : state.trimmedBelow();
    this.log = log;
  }

  @Override
  public void changed(Table table, ItemChange change) {
    if (disabledAt != null) {
      return;
    }
    Map<String, Value> before = change.before() == null ? null : change.before().attributes();
    Map<String, Value> after = change.after() == null ? null : change.after().attributes();
    if (before != null && before.equals(after)) {
      return;
    }
    String eventName = before == null ? "INSERT" : after == null ? "REMOVE" : "MODIFY";
    Map<String, Value> keys = keySchema.keyAttributes(after != null ? after : before);
    Map<String, Value> newImage = viewType.newImage() ? after : null;
    Map<String, Value> oldImage = viewType.oldImage() ? before : null;
    long size = ItemSize.of(keys) + (newImage == null ? 0 : ItemSize.of(newImage))
        + (oldImage == null ? 0 : ItemSize.of(oldImage));
    Instant now = services.clock().get();
    String eventId = services.newId().replace("-", "");
    boolean byTimeToLive = change.origin() == ChangeOrigin.TIME_TO_LIVE;
    ChangeRecord record = shard.append(services.sequences()::next, position -> new ChangeRecord(
        position, eventId, eventName, services.region(), now, keys, newImage, oldImage, size,
        viewType, byTimeToLive));
    if (log != StreamLog.NONE) {
      // Inside the change's unit: the record commits with the item, or neither does.
      log.append(record.position(), StreamCodec.encode(record));
      forgetTrimmed(now);
    }
    services.appended().accept(this);
  }

  /** Drops from the log what retention trimmed, so that a long-lived directory stays bounded. */
  private void forgetTrimmed(Instant now) {
    long horizon = shard.trimHorizon(now);
    if (horizon > loggedFrom) {
      log.dropBelow(horizon);
      loggedFrom = horizon;
      services.stateChanged(this);
    }
  }

  /** Stops recording and closes the shard, as disabling the stream or deleting the table does. */
  void disable() {
    if (disabledAt == null) {
      disabledAt = services.clock().get();
      shard.close();
    }
  }

  /**
   * The stream's ARN: the table's ARN, {@code /stream/} and the label.
   *
   * @return the ARN
   */
  public String arn() {
    return arn;
  }

  /**
   * The stream's label, its creation time as {@code yyyy-MM-ddTHH:mm:ss.SSS}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The table's name.
   *
   * @return the name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The table's key schema, which DescribeStream reports.
   *
   * @return the key schema
   */
  public KeySchema keySchema() {
    return keySchema;
  }

  /**
   * The view type.
   *
   * @return the view type
   */
  public StreamViewType viewType() {
    return viewType;
  }

  /**
   * When the stream was enabled.
   *
   * @return the instant
   */
  public Instant created() {
    return created;
  }

  /**
   * Whether the stream still records changes.
   *
   * @return true until disabled
   */
  public boolean enabled() {
    return disabledAt == null;
  }

  /**
   * When the stream was disabled.
   *
   * @return the instant, or null while enabled
   */
  public Instant disabledAt() {
    return disabledAt;
  }

  /**
   * The stream's shards.
   *
   * @return the shards, oldest first
   */
  public List<Shard> shards() {
    return List.of(shard);
  }

  /**
   * A shard by id.
   *
   * @param shardId the id
   * @return the shard, or null
   */
  public Shard shard(String shardId) {
    return shard.id().equals(shardId) ? shard : null;
  }

  @Override
  public String toString() {
    return "TableStream[" + arn + "]";
  }
}
