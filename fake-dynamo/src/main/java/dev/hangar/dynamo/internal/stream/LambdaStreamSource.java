package dev.hangar.dynamo.internal.stream;

import dev.hangar.harness.spi.StreamRecord;
import dev.hangar.harness.spi.StreamRecordSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A table's stream as the harness's Lambda event source mappings read it ("DynamoDB Streams and
 * AWS Lambda triggers"): the same records as GetRecords, rendered as Lambda puts them in a {@code
 * DynamodbEvent}'s {@code Records}.
 */
final class LambdaStreamSource implements StreamRecordSource {
  private final TableStream stream;
  private final Supplier<Instant> clock;

  LambdaStreamSource(TableStream stream, Supplier<Instant> clock) {
    this.stream = stream;
    this.clock = clock;
  }

  @Override
  public String eventSourceArn() {
    return stream.arn();
  }

  @Override
  public String eventSource() {
    return DYNAMODB;
  }

  @Override
  public Duration retention() {
    return Shard.RETENTION;
  }

  @Override
  public List<String> shardIds() {
    List<String> ids = new ArrayList<>();
    for (Shard shard : stream.shards()) {
      ids.add(shard.id());
    }
    return ids;
  }

  @Override
  public List<StreamRecord> read(String shardId, String afterSequenceNumber, int limit) {
    Shard shard = stream.shard(shardId);
    if (shard == null) {
      return List.of();
    }
    Instant now = clock.get();
    long horizon = shard.trimHorizon(now);
    long from = afterSequenceNumber == null ? horizon
        : Math.max(horizon, SequenceNumbers.parse(afterSequenceNumber) + 1);
    List<StreamRecord> records = new ArrayList<>();
    for (ChangeRecord record : shard.read(from, limit, Long.MAX_VALUE, now)) {
      records.add(new StreamRecord(
          record.sequenceNumber(), record.created(), record.lambdaJson(stream.arn())));
    }
    return records;
  }

  @Override
  public Optional<String> latestSequenceNumber(String shardId) {
    Shard shard = stream.shard(shardId);
    long newest = shard == null ? -1 : shard.newest();
    return newest < 0 ? Optional.empty() : Optional.of(SequenceNumbers.format(newest));
  }

  @Override
  public String toString() {
    return "LambdaStreamSource[" + stream.arn() + "]";
  }
}
