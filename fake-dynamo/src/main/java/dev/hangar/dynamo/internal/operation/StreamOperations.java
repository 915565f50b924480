package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.stream.ChangeRecord;
import dev.hangar.dynamo.internal.stream.SequenceNumbers;
import dev.hangar.dynamo.internal.stream.Shard;
import dev.hangar.dynamo.internal.stream.ShardIterators;
import dev.hangar.dynamo.internal.stream.StreamCatalog;
import dev.hangar.dynamo.internal.stream.StreamErrors;
import dev.hangar.dynamo.internal.stream.TableStream;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The DynamoDB Streams API ({@code X-Amz-Target: DynamoDBStreams_20120810.*}): ListStreams,
 * DescribeStream, GetShardIterator and GetRecords (Amazon DynamoDB API Reference, "Amazon DynamoDB
 * Streams").
 */
public final class StreamOperations {
  private static final List<String> ITERATOR_TYPES =
      List.of("TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER");
  private static final int MAX_RECORDS = 1000;
  private static final long MAX_BYTES = 1024L * 1024;
  private static final String INVALID = "One or more parameter values were invalid: ";

  private final ServiceState state;
  private final ShardIterators iterators;

  /**
   * The operations over a fake's streams.
   *
   * @param state the fake's state
   */
  public StreamOperations(ServiceState state) {
    this.state = state;
    this.iterators = new ShardIterators(state.context().newId().hashCode() * 0x9E3779B97F4A7C15L);
  }

  /**
   * The operations by name.
   *
   * @param state the fake's state
   * @return operation name to implementation
   */
  public static Map<String, Operation> of(ServiceState state) {
    StreamOperations streams = new StreamOperations(state);
    return Map.of(
        "ListStreams", streams::listStreams,
        "DescribeStream", streams::describeStream,
        "GetShardIterator", streams::getShardIterator,
        "GetRecords", streams::getRecords);
  }

  private StreamCatalog catalog() {
    return state.streams();
  }

  /** ListStreams. */
  void listStreams(ObjectNode request, JsonGenerator out) throws IOException {
    String tableName = JsonShapes.string(request, "TableName");
    Integer limit = JsonShapes.integer(request, "Limit");
    String start = JsonShapes.string(request, "ExclusiveStartStreamArn");
    ParameterCheck check = new ParameterCheck().atLeast(limit, "limit", 1).atMost(limit, "limit", 100);
    if (tableName != null) {
      check.tableName(tableName, "tableName");
    }
    if (start != null) {
      check.length(start, start.length(), "exclusiveStartStreamArn", 37, 1024);
    }
    check.throwIfAny();
    List<TableStream> streams = catalog().list(tableName);
    int first = 0;
    if (start != null) {
      for (int i = 0; i < streams.size(); i++) {
        if (streams.get(i).arn().equals(start)) {
          first = i + 1;
        }
      }
    }
    int max = limit == null ? 100 : limit;
    int last = Math.min(streams.size(), first + max);
    out.writeStartObject();
    out.writeArrayFieldStart("Streams");
    for (TableStream stream : streams.subList(first, last)) {
      out.writeStartObject();
      out.writeStringField("StreamArn", stream.arn());
      out.writeStringField("StreamLabel", stream.label());
      out.writeStringField("TableName", stream.tableName());
      out.writeEndObject();
    }
    out.writeEndArray();
    if (last < streams.size()) {
      out.writeStringField("LastEvaluatedStreamArn", streams.get(last - 1).arn());
    }
    out.writeEndObject();
  }

  /** DescribeStream. */
  void describeStream(ObjectNode request, JsonGenerator out) throws IOException {
    String arn = JsonShapes.string(request, "StreamArn");
    Integer limit = JsonShapes.integer(request, "Limit");
    String startShard = JsonShapes.string(request, "ExclusiveStartShardId");
    ParameterCheck check = new ParameterCheck().notNull(arn, "streamArn")
        .atLeast(limit, "limit", 1).atMost(limit, "limit", 100);
    if (arn != null) {
      check.length(arn, arn.length(), "streamArn", 37, 1024);
    }
    if (startShard != null) {
      check.length(startShard, startShard.length(), "exclusiveStartShardId", 28, 65);
    }
    check.throwIfAny();
    TableStream stream = catalog().find(arn);
    if (stream == null) {
      throw StreamErrors.streamNotFound(arn);
    }
    out.writeStartObject();
    out.writeObjectFieldStart("StreamDescription");
    out.writeStringField("StreamArn", stream.arn());
    out.writeStringField("StreamLabel", stream.label());
    out.writeStringField("StreamStatus", stream.enabled() ? "ENABLED" : "DISABLED");
    out.writeStringField("StreamViewType", stream.viewType().name());
    out.writeNumberField("CreationRequestDateTime", stream.created().toEpochMilli() / 1000.0);
    out.writeStringField("TableName", stream.tableName());
    writeKeySchema(out, stream.keySchema());
    out.writeArrayFieldStart("Shards");
    boolean started = startShard == null;
    for (Shard shard : stream.shards()) {
      if (started) {
        writeShard(out, shard);
      }
      started |= shard.id().equals(startShard);
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void writeKeySchema(JsonGenerator out, KeySchema keySchema) throws IOException {
    out.writeArrayFieldStart("KeySchema");
    out.writeStartObject();
    out.writeStringField("AttributeName", keySchema.partition().name());
    out.writeStringField("KeyType", "HASH");
    out.writeEndObject();
    if (keySchema.sort() != null) {
      out.writeStartObject();
      out.writeStringField("AttributeName", keySchema.sort().name());
      out.writeStringField("KeyType", "RANGE");
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeShard(JsonGenerator out, Shard shard) throws IOException {
    out.writeStartObject();
    out.writeStringField("ShardId", shard.id());
    out.writeObjectFieldStart("SequenceNumberRange");
    out.writeStringField("StartingSequenceNumber", SequenceNumbers.format(shard.start()));
    long end = shard.end();
    if (end >= 0) {
      out.writeStringField("EndingSequenceNumber", SequenceNumbers.format(end));
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  /** GetShardIterator. */
  void getShardIterator(ObjectNode request, JsonGenerator out) throws IOException {
    String arn = JsonShapes.string(request, "StreamArn");
    String shardId = JsonShapes.string(request, "ShardId");
    String type = JsonShapes.string(request, "ShardIteratorType");
    String sequence = JsonShapes.string(request, "SequenceNumber");
    ParameterCheck check = new ParameterCheck()
        .notNull(arn, "streamArn")
        .notNull(shardId, "shardId")
        .notNull(type, "shardIteratorType")
        .oneOf(type, "shardIteratorType", ITERATOR_TYPES);
    if (arn != null) {
      check.length(arn, arn.length(), "streamArn", 37, 1024);
    }
    if (shardId != null) {
      check.length(shardId, shardId.length(), "shardId", 28, 65);
    }
    if (sequence != null) {
      check.length(sequence, sequence.length(), "sequenceNumber", 21, 40);
    }
    check.throwIfAny();
    TableStream stream = catalog().find(arn);
    if (stream == null) {
      throw StreamErrors.streamDoesNotExist();
    }
    Shard shard = stream.shard(shardId);
    if (shard == null) {
      throw StreamErrors.shardDoesNotExist();
    }
    boolean atSequence = type.endsWith("_SEQUENCE_NUMBER");
    if (atSequence && sequence == null) {
      throw DynamoException.validation(INVALID + "Invalid SequenceNumber");
    }
    if (!atSequence && sequence != null) {
      throw DynamoException.validation(
          INVALID + "SequenceNumber should not be passed for this iterator type");
    }
    Instant now = state.context().clock().now();
    long from = switch (type) {
      case "TRIM_HORIZON" -> shard.trimHorizon(now);
      case "LATEST" -> shard.end() >= 0 ? shard.end() + 1 : state.streams().upcomingPosition();
      default -> fromSequence(shard, sequence, type.equals("AFTER_SEQUENCE_NUMBER"), now);
    };
    out.writeStartObject();
    out.writeStringField("ShardIterator", iterators.issue(
        new ShardIterators.Position(stream.arn(), shard.id(), from, now.toEpochMilli())));
    out.writeEndObject();
  }

  private static long fromSequence(Shard shard, String sequence, boolean after, Instant now) {
    long position = SequenceNumbers.parse(sequence);
    if (position < shard.start() || (shard.end() >= 0 && position > shard.end())) {
      throw DynamoException.validation(INVALID + "Invalid SequenceNumber");
    }
    long from = after ? position + 1 : position;
    if (from < shard.trimHorizon(now)) {
      throw StreamErrors.trimmed();
    }
    return from;
  }

  /** GetRecords. */
  void getRecords(ObjectNode request, JsonGenerator out) throws IOException {
    String token = JsonShapes.string(request, "ShardIterator");
    Integer limit = JsonShapes.integer(request, "Limit");
    ParameterCheck check = new ParameterCheck().notNull(token, "shardIterator")
        .atLeast(limit, "limit", 1);
    if (token != null) {
      check.length(token, token.length(), "shardIterator", 1, 2048);
    }
    check.throwIfAny();
    if (limit != null && limit > MAX_RECORDS) {
      throw DynamoException.validation(INVALID + "Limit should be less than or equal to 1000");
    }
    ShardIterators.Position position = iterators.read(token);
    Instant now = state.context().clock().now();
    if (now.toEpochMilli() - position.issuedMillis() > ShardIterators.LIFETIME.toMillis()) {
      throw StreamErrors.expired(position.issuedMillis(), now.toEpochMilli());
    }
    TableStream stream = catalog().find(position.streamArn());
    if (stream == null) {
      throw StreamErrors.streamNotFound(position.streamArn());
    }
    Shard shard = stream.shard(position.shardId());
    if (shard == null) {
      throw StreamErrors.invalidIterator();
    }
    List<ChangeRecord> records =
        shard.read(position.from(), limit == null ? MAX_RECORDS : limit, MAX_BYTES, now);
    long next = records.isEmpty() ? position.from()
        : records.get(records.size() - 1).position() + 1;
    out.writeStartObject();
    out.writeArrayFieldStart("Records");
    for (ChangeRecord record : records) {
      record.writeStreamsApi(out);
    }
    out.writeEndArray();
    long end = shard.end();
    boolean exhausted = end >= 0 && (records.isEmpty() || next > end);
    if (!exhausted) {
      out.writeStringField("NextShardIterator", iterators.issue(new ShardIterators.Position(
          stream.arn(), shard.id(), next, now.toEpochMilli())));
    }
    out.writeEndObject();
  }
}
