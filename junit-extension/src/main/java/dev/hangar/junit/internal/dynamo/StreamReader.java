package dev.hangar.junit.internal.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.Harness;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every record of a table's latest stream through the DynamoDB Streams API (DescribeTable,
 * DescribeStream, GetShardIterator with {@code TRIM_HORIZON}, GetRecords), as a stream consumer
 * would, parent shards before their children.
 */
public final class StreamReader {
  private StreamReader() {}

  /**
   * The records of the table's latest stream, oldest first.
   *
   * @throws IllegalStateException with DynamoDB's message when a call fails, or when the table has
   *     no stream
   */
  public static List<StreamEntry> read(Harness harness, String table) {
    String streamArn = streamArn(harness, table);
    List<StreamEntry> records = new ArrayList<>();
    for (String shard : shardsInOrder(harness, streamArn)) {
      readShard(harness, streamArn, shard, records);
    }
    return Collections.unmodifiableList(records);
  }

  private static String streamArn(Harness harness, String table) {
    ObjectNode body = DynamoWire.JSON.createObjectNode().put("TableName", table);
    JsonNode described = call(harness, false, "DescribeTable", body, table).path("Table");
    String arn = described.path("LatestStreamArn").asText("");
    if (arn.isEmpty() || !described.path("StreamSpecification").path("StreamEnabled").asBoolean(false)) {
      throw new IllegalStateException(
          "Table "
              + table
              + " has no stream enabled; declare StreamSpecification: {StreamViewType:"
              + " NEW_AND_OLD_IMAGES} on it (template) or pass StreamSpecification to CreateTable");
    }
    return arn;
  }

  /** Shard ids, every parent before its children (a stream's shards form a tree over time). */
  private static List<String> shardsInOrder(Harness harness, String streamArn) {
    List<JsonNode> shards = new ArrayList<>();
    String start = null;
    do {
      ObjectNode body = DynamoWire.JSON.createObjectNode().put("StreamArn", streamArn);
      if (start != null) {
        body.put("ExclusiveStartShardId", start);
      }
      JsonNode description =
          call(harness, true, "DescribeStream", body, streamArn).path("StreamDescription");
      description.path("Shards").forEach(shards::add);
      start = description.path("LastEvaluatedShardId").asText(null);
    } while (start != null);
    Set<String> ordered = new LinkedHashSet<>();
    while (ordered.size() < shards.size()) {
      int before = ordered.size();
      for (JsonNode shard : shards) {
        String parent = shard.path("ParentShardId").asText(null);
        boolean parentKnown = parent == null || ordered.contains(parent) || !contains(shards, parent);
        if (parentKnown) {
          ordered.add(shard.path("ShardId").asText());
        }
      }
      if (ordered.size() == before) {
        throw new IllegalStateException("The shards of " + streamArn + " form a cycle: " + shards);
      }
    }
    return List.copyOf(ordered);
  }

  private static boolean contains(List<JsonNode> shards, String id) {
    return shards.stream().anyMatch(s -> s.path("ShardId").asText().equals(id));
  }

  private static void readShard(
      Harness harness, String streamArn, String shard, List<StreamEntry> records) {
    ObjectNode start =
        DynamoWire.JSON
            .createObjectNode()
            .put("StreamArn", streamArn)
            .put("ShardId", shard)
            .put("ShardIteratorType", "TRIM_HORIZON");
    String iterator = call(harness, true, "GetShardIterator", start, streamArn).path("ShardIterator").asText(null);
    while (iterator != null) {
      ObjectNode next = DynamoWire.JSON.createObjectNode().put("ShardIterator", iterator);
      JsonNode page = call(harness, true, "GetRecords", next, streamArn);
      JsonNode batch = page.path("Records");
      batch.forEach(record -> records.add(StreamEntry.of(record)));
      // An open shard always hands out a next iterator; an empty page means it is read to its end.
      iterator = batch.isEmpty() ? null : page.path("NextShardIterator").asText(null);
    }
  }

  private static JsonNode call(
      Harness harness, boolean streams, String operation, ObjectNode body, String subject) {
    try {
      return streams
          ? DynamoWire.callStreams(harness, operation, body)
          : DynamoWire.call(harness, operation, body);
    } catch (DynamoWire.Failure e) {
      throw new IllegalStateException(operation + " on " + subject + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * One stream record as GetRecords returns it, with its images in plain Java values.
   *
   * @param eventName INSERT, MODIFY or REMOVE
   * @param keys the key attributes
   * @param newImage the item after the change, or null when the view type or event has none
   * @param oldImage the item before the change, or null when the view type or event has none
   * @param principalId {@code userIdentity.PrincipalId}, or null for a change made by a user
   * @param identityType {@code userIdentity.Type}, or null for a change made by a user
   * @param sequenceNumber the record's sequence number
   * @param dynamoDbJson the record's change in DynamoDB JSON
   * @param plainJson the record's change in plain JSON
   */
  public record StreamEntry(
      String eventName,
      Map<String, Object> keys,
      Map<String, Object> newImage,
      Map<String, Object> oldImage,
      String principalId,
      String identityType,
      String sequenceNumber,
      String dynamoDbJson,
      String plainJson) {

    static StreamEntry of(JsonNode record) {
      JsonNode change = record.path("dynamodb");
      JsonNode identity = record.path("userIdentity");
      return new StreamEntry(
          record.path("eventName").asText(),
          TableAccess.plainItem(change.path("Keys")),
          image(change.get("NewImage")),
          image(change.get("OldImage")),
          identity.path("PrincipalId").asText(null),
          identity.path("Type").asText(null),
          change.path("SequenceNumber").asText(),
          render(record, false),
          render(record, true));
    }

    private static Map<String, Object> image(JsonNode image) {
      return image == null ? null : TableAccess.plainItem(image);
    }

    private static String render(JsonNode record, boolean plain) {
      ObjectNode out = DynamoWire.JSON.createObjectNode();
      out.put("eventName", record.path("eventName").asText());
      if (record.has("userIdentity")) {
        out.set("userIdentity", record.get("userIdentity"));
      }
      JsonNode change = record.path("dynamodb");
      for (String part : List.of("Keys", "NewImage", "OldImage")) {
        if (change.has(part)) {
          out.set(part, plain ? PlainJson.item(change.get(part)) : change.get(part));
        }
      }
      return out.toString();
    }
  }
}
