package dev.hangar.harness.spi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One record of a stream, as a {@link StreamRecordSource} hands it to Lambda's event source
 * mapping: its position in the shard, when it arrived, and the JSON object Lambda puts in the
 * event's {@code Records} array, byte for byte (AWS documentation: "Using AWS Lambda with Amazon
 * DynamoDB", "DynamoDB Streams and AWS Lambda triggers").
 *
 * <p>For a DynamoDB stream the JSON is {@code {"eventID", "eventName", "eventVersion": "1.1",
 * "eventSource": "aws:dynamodb", "awsRegion", "dynamodb": {"ApproximateCreationDateTime",
 * "Keys", "NewImage", "OldImage", "SequenceNumber", "SizeBytes", "StreamViewType"},
 * "eventSourceARN"}}, plus {@code "userIdentity": {"type": "Service", "principalId":
 * "dynamodb.amazonaws.com"}} for a TTL deletion. Lambda does not rewrite it.
 *
 * @param sequenceNumber the record's sequence number in its shard ({@code
 *     dynamodb.SequenceNumber} for DynamoDB); what {@code batchItemFailures[].itemIdentifier}
 *     names
 * @param approximateArrivalTime when the record was written to the stream, on the harness clock;
 *     Lambda measures a record's age from it
 * @param json the record as one JSON object
 * @since 0.1.0
 */
public record StreamRecord(String sequenceNumber, Instant approximateArrivalTime, String json) {

  /** Checks that no component is null or blank. */
  public StreamRecord {
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    Objects.requireNonNull(approximateArrivalTime, "approximateArrivalTime");
    Objects.requireNonNull(json, "json");
    if (sequenceNumber.isEmpty()) {
      throw new IllegalArgumentException("A stream record's sequence number must not be empty");
    }
  }

  /**
   * The size of the record's JSON in UTF-8 bytes, which counts against Lambda's 6 MB payload.
   *
   * @return the size in bytes
   */
  public int sizeInBytes() {
    return json.getBytes(StandardCharsets.UTF_8).length;
  }
}
