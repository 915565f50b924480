package dev.hangar.harness.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HarnessContext;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import dev.hangar.harness.spi.StreamRecord;
import dev.hangar.harness.spi.StreamRecordSource;
import dev.hangar.harness.spi.StreamRegistration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test stand-in for a DynamoDB table's stream: records shaped as DynamoDB writes them, shards
 * chosen by the caller, 24-hour retention on the harness clock. The real stream comes from
 * fake-dynamo.
 */
final class InMemoryDynamoStream implements AwsService, StreamRecordSource {
  static final String ARN =
      "arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-01-01T00:00:00.000";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, List<StreamRecord>> shards = new LinkedHashMap<>();
  private HarnessClock clock;
  private StreamRegistration registration;
  private long sequence = 100_000_000_000_000_000L;
  private int eventIds;

  InMemoryDynamoStream() {
    shards.put("shardId-00000001", new ArrayList<>());
  }

  @Override
  public String name() {
    return "test-stream";
  }

  @Override
  public void attach(HarnessContext context) {
    this.clock = context.clock();
    this.registration = context.registerStreamSource(this);
  }

  @Override
  public boolean handles(ServiceRequest request) {
    return false;
  }

  @Override
  public ServiceResponse handle(ServiceRequest request) {
    throw new UnsupportedOperationException("The test stream serves no requests");
  }

  void addShard(String shardId) {
    synchronized (this) {
      shards.put(shardId, new ArrayList<>());
    }
  }

  /** Appends an INSERT for an item {@code {"id": {"S": id}, ...extra}} to the first shard. */
  String insert(String id, String extraAttributes) {
    String keys = "{\"id\":{\"S\":\"" + id + "\"}}";
    String image = extraAttributes.isEmpty() ? keys : keys.replace("}}", "}," + extraAttributes + "}");
    return append("shardId-00000001", "INSERT", keys, image, null, false);
  }

  String append(
      String shardId, String eventName, String keys, String newImage, String oldImage, boolean ttl) {
    String sequenceNumber;
    synchronized (this) {
      sequenceNumber = Long.toString(++sequence) + "0000";
      ObjectNode record = JSON.createObjectNode();
      record.put("eventID", String.format("%032x", ++eventIds));
      record.put("eventName", eventName);
      record.put("eventVersion", "1.1");
      record.put("eventSource", "aws:dynamodb");
      record.put("awsRegion", "us-east-1");
      ObjectNode dynamodb = record.putObject("dynamodb");
      dynamodb.put("ApproximateCreationDateTime", clock.now().getEpochSecond());
      dynamodb.set("Keys", parse(keys));
      if (newImage != null) {
        dynamodb.set("NewImage", parse(newImage));
      }
      if (oldImage != null) {
        dynamodb.set("OldImage", parse(oldImage));
      }
      dynamodb.put("SequenceNumber", sequenceNumber);
      dynamodb.put("SizeBytes", keys.length() + (newImage == null ? 0 : newImage.length()));
      dynamodb.put("StreamViewType", "NEW_AND_OLD_IMAGES");
      if (ttl) {
        ObjectNode identity = record.putObject("userIdentity");
        identity.put("type", "Service");
        identity.put("principalId", "dynamodb.amazonaws.com");
      }
      record.put("eventSourceARN", ARN);
      shards.get(shardId).add(new StreamRecord(sequenceNumber, clock.now(), record.toString()));
    }
    registration.recordsAppended();
    return sequenceNumber;
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void close(boolean unregister) {
    if (unregister) {
      registration.close();
    }
  }

  @Override
  public String eventSourceArn() {
    return ARN;
  }

  @Override
  public String eventSource() {
    return DYNAMODB;
  }

  @Override
  public Duration retention() {
    return Duration.ofHours(24);
  }

  @Override
  public synchronized List<String> shardIds() {
    return List.copyOf(shards.keySet());
  }

  @Override
  public synchronized List<StreamRecord> read(String shardId, String after, int limit) {
    List<StreamRecord> shard = shards.get(shardId);
    int from = 0;
    if (after != null) {
      from = shard.size();
      for (int i = 0; i < shard.size(); i++) {
        if (shard.get(i).sequenceNumber().equals(after)) {
          from = i + 1;
          break;
        }
      }
    }
    // Records older than the retention period are trimmed.
    while (from < shard.size()
        && clock.now().isAfter(shard.get(from).approximateArrivalTime().plus(retention()))) {
      from++;
    }
    return List.copyOf(shard.subList(from, Math.min(shard.size(), from + limit)));
  }

  @Override
  public synchronized Optional<String> latestSequenceNumber(String shardId) {
    List<StreamRecord> shard = shards.get(shardId);
    return shard.isEmpty()
        ? Optional.empty()
        : Optional.of(shard.get(shard.size() - 1).sequenceNumber());
  }
}
