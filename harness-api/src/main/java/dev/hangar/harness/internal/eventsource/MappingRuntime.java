package dev.hangar.harness.internal.eventsource;

import dev.hangar.harness.lambda.EventSourceMapping;
import dev.hangar.harness.lambda.LambdaServiceException;
import dev.hangar.harness.lambda.StartingPosition;
import dev.hangar.harness.lambda.StreamDelivery;
import dev.hangar.harness.lambda.StreamDelivery.Outcome;
import dev.hangar.harness.spi.InvokeOutcome;
import dev.hangar.harness.spi.StreamRecord;
import dev.hangar.harness.spi.StreamRecordSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One event source mapping at work: its definition, its cursors per shard, its state. */
final class MappingRuntime {
  private final EventSourceEngine engine;
  private final String uuid;
  private final EventSourceMapping definition;
  private final String functionName;
  private final String functionArn;
  private final FilterCriteria filters;
  private final Map<String, ShardCursor> cursors = new LinkedHashMap<>();
  private volatile boolean enabled;

  /** An invocation's result, or a throttle. */
  record Result(boolean throttled, String requestId, boolean functionError, byte[] payload) {}

  MappingRuntime(
      EventSourceEngine engine,
      String uuid,
      EventSourceMapping definition,
      String functionName,
      String functionArn,
      StreamRecordSource source) {
    this.engine = engine;
    this.uuid = uuid;
    this.definition = definition;
    this.functionName = functionName;
    this.functionArn = functionArn;
    this.filters = FilterCriteria.compile(definition.filterPatterns());
    this.enabled = definition.enabled();
    boolean latest = definition.startingPosition() == StartingPosition.LATEST;
    for (String shard : source.shardIds()) {
      String start = latest ? source.latestSequenceNumber(shard).orElse(null) : null;
      cursors.put(shard, new ShardCursor(this, shard, start));
    }
  }

  EventSourceMapping definition() {
    return definition;
  }

  /** The definition with the mapping's current {@code Enabled}, for the API. */
  EventSourceMapping current() {
    return enabled == definition.enabled()
        ? definition
        : definition.toBuilder().enabled(enabled).build();
  }

  FilterCriteria filters() {
    return filters;
  }

  boolean enabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  Instant now() {
    return engine.now();
  }

  /** Lets every waiting batch be attempted again: a new drain began. */
  void unpark() {
    cursors.values().forEach(ShardCursor::unpark);
  }

  /**
   * Steps every shard until none changes.
   *
   * @return whether anything changed
   */
  boolean deliver(StreamRecordSource source) {
    for (String shard : source.shardIds()) {
      // A shard that appears after the mapping was created is read from its first record.
      cursors.computeIfAbsent(shard, id -> new ShardCursor(this, id, null));
    }
    boolean changed = false;
    for (ShardCursor cursor : cursors.values()) {
      while (cursor.step(source)) {
        changed = true;
      }
    }
    return changed;
  }

  Result invoke(List<StreamRecord> records) {
    StringBuilder event = new StringBuilder(64 + records.size() * 256).append("{\"Records\":[");
    for (int i = 0; i < records.size(); i++) {
      if (i > 0) {
        event.append(',');
      }
      event.append(records.get(i).json());
    }
    event.append("]}");
    engine.countInvocation();
    try {
      InvokeOutcome outcome =
          engine.functions().invoke(functionName, event.toString().getBytes(StandardCharsets.UTF_8));
      return new Result(false, outcome.requestId(), outcome.failed(), outcome.payload());
    } catch (LambdaServiceException throttled) {
      return new Result(true, "", false, new byte[0]);
    } catch (IllegalArgumentException deleted) {
      // The function is gone: Lambda keeps the batch and retries until the records expire.
      return new Result(true, "", false, new byte[0]);
    }
  }

  void log(String shardId, List<String> sequenceNumbers, Outcome outcome, String requestId) {
    engine.log(
        new StreamDelivery(uuid, functionName, shardId, sequenceNumbers, outcome, requestId, now()));
  }

  void discarded(Batch batch, List<StreamRecord> records, String condition, String shardId) {
    String destination = definition.onFailureDestination().orElse(null);
    if (destination == null) {
      return;
    }
    String requestId = batch.lastRequestId != null ? batch.lastRequestId : engine.newId();
    engine.sendToDestination(
        destination,
        DiscardRecord.json(
            batch,
            records,
            condition,
            functionArn,
            requestId,
            shardId,
            definition.eventSourceArn(),
            now()));
  }
}
