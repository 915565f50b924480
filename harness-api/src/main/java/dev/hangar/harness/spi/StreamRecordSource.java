package dev.hangar.harness.spi;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A stream that Lambda event source mappings read from: implemented by a fake (DynamoDB for a
 * table's stream) and registered with {@link HarnessContext#registerStreamSource}. The harness's
 * Lambda polls it the way Lambda polls a stream: shard by shard, in sequence-number order, a batch
 * at a time, keeping its own checkpoint per shard (AWS documentation: "How Lambda processes
 * records from DynamoDB Streams", "DynamoDB Streams and AWS Lambda triggers").
 *
 * <p>Shards are independent: a failing batch blocks its own shard only. Shards may be added while
 * the source is registered (Lambda reads a shard that appears later from its first record); a
 * shard must keep its records in order and never reorder or rewrite one.
 *
 * <p>Every method is called with no harness lock held that a fake could wait on, but may be
 * called from any thread; implementations must be safe for concurrent use.
 *
 * @since 0.1.0
 */
public interface StreamRecordSource {

  /** The {@code eventSource} of DynamoDB stream records. */
  String DYNAMODB = "aws:dynamodb";

  /**
   * The stream's ARN, which an event source mapping names as its {@code EventSourceArn}; for a
   * DynamoDB table {@code arn:aws:dynamodb:{region}:{account}:table/{name}/stream/{label}}.
   *
   * @return the ARN, never null
   */
  String eventSourceArn();

  /**
   * The kind of source, as the records' {@code eventSource} field names it. Only {@link
   * #DYNAMODB} is delivered at present; registering another kind fails.
   *
   * @return the event source, for example {@code aws:dynamodb}; never null
   */
  String eventSource();

  /**
   * How long the stream keeps a record: 24 hours for DynamoDB Streams. A record older than this
   * on the harness clock has expired; Lambda stops retrying it then, even with {@code
   * MaximumRetryAttempts} and {@code MaximumRecordAgeInSeconds} set to -1 (infinite).
   *
   * @return the retention period, positive; never null
   */
  Duration retention();

  /**
   * The ids of the stream's shards, in the order they were created.
   *
   * @return the shard ids, never null
   */
  List<String> shardIds();

  /**
   * Records of a shard in sequence-number order, starting after a position.
   *
   * @param shardId one of {@link #shardIds()}
   * @param afterSequenceNumber the sequence number of the last record already read, or null to
   *     read from the oldest record the stream still holds (its trim horizon); when that record
   *     was trimmed, reading starts at the oldest record still held
   * @param limit the largest number of records to return, at least 1
   * @return up to {@code limit} records, oldest first; empty when the reader has caught up; never
   *     null
   */
  List<StreamRecord> read(String shardId, String afterSequenceNumber, int limit);

  /**
   * The sequence number of the newest record of a shard, where a reader starting at {@code
   * LATEST} begins (it reads only records written after it).
   *
   * @param shardId one of {@link #shardIds()}
   * @return the newest record's sequence number, or empty when the shard has no record
   */
  Optional<String> latestSequenceNumber(String shardId);
}
