package dev.hangar.dynamo.internal.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.store.MemoryStorage;
import dev.hangar.dynamo.internal.store.StorageEngine;
import dev.hangar.dynamo.internal.store.StoredStream;
import dev.hangar.dynamo.internal.store.StreamLog;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.StreamRegistration;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The streams of one fake: each table's latest stream, every stream by ARN (a disabled stream stays
 * readable for the 24 hours of retention, as on AWS), and the records appended during the current
 * request, which are announced to stream readers once the request has released its locks.
 *
 * <p>Each table's latest stream is recorded with the storage engine whenever its state changes,
 * and its records go to the engine's log as they are written, so a durable engine reopens it:
 * same ARN and label, same shard, the records still within retention, and sequence numbers that
 * go on from the highest one handed out. Streams of deleted tables, and streams a table had
 * before its latest one, are not kept by the engine.
 */
public final class StreamCatalog {
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final HarnessContext context;
  private final StorageEngine storage;
  private final SequenceNumbers sequences = new SequenceNumbers();
  private final Map<Table, TableStream> latest = new IdentityHashMap<>();
  private final Map<String, TableStream> byArn = new LinkedHashMap<>();
  private final ThreadLocal<Set<TableStream>> pending = ThreadLocal.withInitial(LinkedHashSet::new);
  private final Map<TableStream, StreamRegistration> registrations =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final TableStream.StreamServices services;

  /**
   * The streams of a fake attached to a harness, kept only in memory.
   *
   * @param context the harness
   */
  public StreamCatalog(HarnessContext context) {
    this(context, new MemoryStorage());
  }

  /**
   * The streams of a fake attached to a harness, recorded with a storage engine.
   *
   * @param context the harness
   * @param storage the engine that keeps the tables
   */
  public StreamCatalog(HarnessContext context, StorageEngine storage) {
    this.context = context;
    this.storage = storage;
    this.services = new TableStream.StreamServices() {
      @Override
      public String region() {
        return context.region();
      }

      @Override
      public Supplier<Instant> clock() {
        return context.clock()::now;
      }

      @Override
      public String newId() {
        return context.newId();
      }

      @Override
      public SequenceNumbers sequences() {
        return sequences;
      }

      @Override
      public Consumer<TableStream> appended() {
        return stream -> pending.get().add(stream);
      }

      @Override
      public void stateChanged(TableStream stream) {
        record(stream);
      }
    };
  }

  /** Records a table's latest stream with the engine (in its own unit, or the caller's). */
  private void record(TableStream stream) {
    storage.recordStream(stream.tableName(),
        new StoredStream(StreamCodec.encode(stream.state()), stream.log()));
  }

  /**
   * Brings back a table's latest stream as the engine kept it, for a reopened data directory:
   * enabled streams record the table's changes again and are offered to event source mappings.
   *
   * @param table the reopened table
   * @param stored the stream's state and log
   */
  public synchronized void reopen(Table table, StoredStream stored) {
    TableStream stream =
        new TableStream(StreamCodec.decodeState(stored.state()), table, services, stored.log());
    latest.put(table, stream);
    byArn.put(stream.arn(), stream);
    Shard shard = stream.shards().get(0);
    sequences.atLeast(Math.max(shard.start(), Math.max(shard.end(), shard.newest())));
    if (stream.enabled()) {
      table.addListener(stream);
      register(stream);
    }
  }

  /**
   * The table's latest stream as it is now, for a snapshot; call it while no write runs.
   *
   * @param table the table
   * @return the capture, {@link StreamCapture#NONE} when the table never had a stream
   */
  public synchronized StreamCapture capture(Table table) {
    TableStream stream = latest.get(table);
    return stream == null ? StreamCapture.NONE
        : new StreamCapture(stream, stream.state(), stream.shards().get(0).records());
  }

  /**
   * Rolls a restored table's stream back to a snapshot: the stream the table had then becomes its
   * latest again (same ARN, shard, enabled or not) holding the records it held then, and records
   * the table's changes if it was enabled; records written since are gone. Sequence numbers are
   * not rolled back, so a reader's stored position never names another record. A different
   * stream the table got since ends, as a disabled stream still readable for 24 hours.
   *
   * @param replaced the table the restore replaced, or null when there was none
   * @param restored the restored table
   * @param then what the snapshot saw
   */
  public void restore(Table replaced, Table restored, StreamCapture then) {
    TableStream target = then.stream();
    // The engine is called outside this catalog's lock, as in apply.
    StreamLog log = target == null ? null : restoredLog(restored.name(), target.log(), then);
    synchronized (this) {
      TableStream current = replaced == null ? null : latest.remove(replaced);
      if (current != null) {
        replaced.removeListener(current);
      }
      if (current != null && current != target && current.enabled()) {
        current.disable();
        unregister(current);
      }
      if (target != null) {
        target.rollBack(then, log);
        latest.put(restored, target);
        byArn.put(target.arn(), target);
        if (target.enabled()) {
          restored.addListener(target);
          if (!registrations.containsKey(target)) {
            register(target);
          }
        } else {
          unregister(target);
        }
      }
    }
    if (target == null) {
      if (storage.streams().containsKey(restored.name())) {
        storage.recordStream(restored.name(), null);
      }
    } else {
      record(target);
    }
  }

  /** A log holding exactly the captured records: the stream's own, cut back, or a new one. */
  private StreamLog restoredLog(String table, StreamLog log, StreamCapture then) {
    StoredStream durable = storage.streams().get(table);
    if (durable != null && durable.log().equals(log)) {
      log.dropAbove(then.lastPosition());
      return log;
    }
    StreamLog fresh = storage.newStreamLog();
    if (fresh != StreamLog.NONE) {
      storage.atomically(() -> then.records().forEach(
          record -> fresh.append(record.position(), StreamCodec.encode(record))));
    }
    return fresh;
  }

  private void unregister(TableStream stream) {
    StreamRegistration registration = registrations.remove(stream);
    if (registration != null) {
      registration.close();
    }
  }

  /**
   * Makes the next sequence number greater than a position the engine handed out before, so a
   * reopened fake never gives two records the same sequence number.
   *
   * @param position the highest position handed out before
   */
  public void positionsAfter(long position) {
    sequences.atLeast(position);
  }

  /**
   * Applies a {@code StreamSpecification} of CreateTable (which may only enable) or UpdateTable.
   *
   * @param table the table
   * @param specification the specification
   * @param creating true for CreateTable
   * @throws DynamoException "Table already has an enabled stream", "Table has no stream to
   *     disable"
   */
  public void apply(Table table, StreamSpecification specification, boolean creating) {
    // The engine is called outside this catalog's lock: a snapshot holds the engine's lock while
    // it captures streams under this one.
    TableStream disabled;
    synchronized (this) {
      TableStream current = latest.get(table);
      boolean active = current != null && current.enabled();
      if (specification.enabled() && active) {
        throw DynamoException.validation("Table already has an enabled stream");
      }
      if (!specification.enabled() && creating) {
        return;
      }
      if (!specification.enabled() && !active) {
        throw DynamoException.validation("Table has no stream to disable");
      }
      disabled = specification.enabled() ? null : current;
      if (disabled != null) {
        disable(table, current);
      }
    }
    if (disabled != null) {
      record(disabled);
      return;
    }
    TableStream stream = create(table, specification.viewType(), storage.newStreamLog());
    // Recorded before it records anything: a crash never keeps a record without its stream.
    record(stream);
    table.addListener(stream);
    register(stream);
  }

  private synchronized TableStream create(Table table, StreamViewType viewType, StreamLog log) {
    TableStream current = latest.get(table);
    if (current != null && current.enabled()) {
      throw DynamoException.validation("Table already has an enabled stream");
    }
    Instant now = context.clock().now();
    String label = LABEL.format(now);
    String arn = table.definition().arn() + "/stream/" + label;
    while (byArn.containsKey(arn)) {
      now = now.plusMillis(1);
      label = LABEL.format(now);
      arn = table.definition().arn() + "/stream/" + label;
    }
    String digits = Long.toString(now.toEpochMilli());
    String shardId = "shardId-" + "0".repeat(Math.max(0, 20 - digits.length())) + digits + "-"
        + context.newId().replace("-", "").substring(0, 8);
    TableStream stream =
        new TableStream(arn, label, table, viewType, now, shardId, services, log);
    latest.put(table, stream);
    byArn.put(arn, stream);
    return stream;
  }

  /** Offers the stream to the harness's Lambda event source mappings, when the harness has them. */
  private void register(TableStream stream) {
    try {
      registrations.put(stream, context.registerStreamSource(
          new LambdaStreamSource(stream, context.clock()::now)));
    } catch (UnsupportedOperationException e) {
      // A context that delivers no streams (a harness without Lambda): nothing reads them there.
    }
  }

  private void disable(Table table, TableStream stream) {
    stream.disable();
    table.removeListener(stream);
    StreamRegistration registration = registrations.remove(stream);
    if (registration != null) {
      registration.close();
    }
  }

  /**
   * Disables the table's stream when the table is deleted; its records stay readable.
   *
   * @param table the deleted table
   */
  public synchronized void tableDeleted(Table table) {
    TableStream stream = latest.remove(table);
    if (stream != null) {
      disable(table, stream);
    }
  }

  /**
   * Writes DescribeTable's stream members: {@code StreamSpecification} while a stream is enabled,
   * {@code LatestStreamLabel} and {@code LatestStreamArn} once the table had one.
   *
   * @param table the table
   * @param out the generator, inside the table description
   * @throws IOException from the generator
   */
  public void describe(Table table, JsonGenerator out) throws IOException {
    TableStream stream;
    synchronized (this) {
      stream = latest.get(table);
    }
    if (stream == null) {
      return;
    }
    if (stream.enabled()) {
      out.writeObjectFieldStart("StreamSpecification");
      out.writeBooleanField("StreamEnabled", true);
      out.writeStringField("StreamViewType", stream.viewType().name());
      out.writeEndObject();
    }
    out.writeStringField("LatestStreamLabel", stream.label());
    out.writeStringField("LatestStreamArn", stream.arn());
  }

  /**
   * The table's enabled stream.
   *
   * @param table the table
   * @return the stream, or null when none is enabled
   */
  public synchronized TableStream enabled(Table table) {
    TableStream stream = latest.get(table);
    return stream != null && stream.enabled() ? stream : null;
  }

  /**
   * A stream by ARN, while its records are retained.
   *
   * @param arn the ARN
   * @return the stream, or null
   */
  public synchronized TableStream find(String arn) {
    TableStream stream = byArn.get(arn);
    return stream == null || expired(stream) ? null : stream;
  }

  /**
   * The streams ListStreams shows, oldest first.
   *
   * @param tableName only this table's streams, or null for all
   * @return the streams
   */
  public synchronized List<TableStream> list(String tableName) {
    List<TableStream> streams = new ArrayList<>();
    for (TableStream stream : byArn.values()) {
      if (!expired(stream) && (tableName == null || stream.tableName().equals(tableName))) {
        streams.add(stream);
      }
    }
    return streams;
  }

  private boolean expired(TableStream stream) {
    Instant disabled = stream.disabledAt();
    return disabled != null && disabled.plus(Shard.RETENTION).isBefore(context.clock().now());
  }

  /**
   * Tells the harness's event source mappings about the streams that got records on this thread
   * since the last call. Call it once the request holds no lock: a mapping that delivers on append
   * runs its functions inside this call, and they may write to this fake again.
   */
  public void announceAppended() {
    Set<TableStream> streams = pending.get();
    if (streams.isEmpty()) {
      return;
    }
    List<TableStream> appended = new ArrayList<>(streams);
    streams.clear();
    for (TableStream stream : appended) {
      StreamRegistration registration = registrations.get(stream);
      if (registration != null) {
        registration.recordsAppended();
      }
    }
  }

  /**
   * The position the next record of any stream will take, where a {@code LATEST} iterator starts.
   *
   * @return the position
   */
  public long upcomingPosition() {
    return sequences.upcoming();
  }

  /** Forgets every stream, for a reset or when the fake closes. */
  public synchronized void clear() {
    for (Map.Entry<Table, TableStream> entry : latest.entrySet()) {
      entry.getKey().removeListener(entry.getValue());
      entry.getValue().disable();
    }
    registrations.values().forEach(StreamRegistration::close);
    registrations.clear();
    latest.clear();
    byArn.clear();
  }
}
