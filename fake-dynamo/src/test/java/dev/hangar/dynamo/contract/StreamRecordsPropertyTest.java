package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * After a random sequence of writes of every kind (puts, updates, conditional writes that fail,
 * deletes, batches, transactions that commit or cancel, PartiQL), the stream holds exactly one
 * record per change of each item, in the order of the changes, with the images a model of the
 * table predicts: none missing, none repeated, none for writes that changed nothing.
 */
class StreamRecordsPropertyTest extends DynamoContract {
  private static final int KEYS = 6;
  private static final int WRITES = 150;

  /** One expected record. */
  private record Change(String eventName, Map<String, AttributeValue> oldImage,
      Map<String, AttributeValue> newImage) {}

  private final Map<String, Map<String, AttributeValue>> model = new HashMap<>();
  private final Map<String, List<Change>> expected = new LinkedHashMap<>();
  private String table;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void everyChangeHasExactlyOneRecord_inOrderPerItem(long seed) {
    model.clear();
    expected.clear();
    table = hashTable();
    dynamo.updateTable(b -> b.tableName(table).streamSpecification(
        s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
    Random random = new Random(seed);
    for (int i = 0; i < WRITES; i++) {
      write(random);
    }
    Map<String, List<Change>> actual = new LinkedHashMap<>();
    List<String> sequences = new ArrayList<>();
    for (Record record : records()) {
      String pk = record.dynamodb().keys().get("pk").s();
      sequences.add(record.dynamodb().sequenceNumber());
      actual.computeIfAbsent(pk, k -> new ArrayList<>()).add(new Change(
          record.eventNameAsString(),
          record.dynamodb().hasOldImage() ? record.dynamodb().oldImage() : null,
          record.dynamodb().hasNewImage() ? record.dynamodb().newImage() : null));
    }
    assertThat(sequences).doesNotHaveDuplicates().isSorted();
    assertThat(actual).isEqualTo(expected);
    if (!DynamoTarget.LOCAL) {
      target.harness().service(FakeDynamo.class).checkStreams();
    }
  }

  private List<Record> records() {
    String arn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    var streams = target.streams();
    String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()
        .get(0).shardId();
    String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    List<Record> records = new ArrayList<>();
    while (iterator != null) {
      String current = iterator;
      var page = streams.getRecords(b -> b.shardIterator(current));
      records.addAll(page.records());
      iterator = page.records().isEmpty() ? null : page.nextShardIterator();
    }
    return records;
  }

  private void write(Random random) {
    String pk = "k" + random.nextInt(KEYS);
    String x = Integer.toString(random.nextInt(3));
    switch (random.nextInt(7)) {
      case 0 -> {
        Map<String, AttributeValue> item = item("pk", s(pk), "x", n(x));
        dynamo.putItem(b -> b.tableName(table).item(item));
        change(pk, item);
      }
      case 1 -> {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("pk", s(pk)))
            .updateExpression("SET y = :y").expressionAttributeValues(Map.of(":y", n(x))));
        Map<String, AttributeValue> next = new HashMap<>(
            model.getOrDefault(pk, Map.of("pk", s(pk))));
        next.put("y", n(x));
        change(pk, next);
      }
      case 2 -> {
        try {
          dynamo.deleteItem(b -> b.tableName(table).key(Map.of("pk", s(pk)))
              .conditionExpression("x = :x").expressionAttributeValues(Map.of(":x", n(x))));
          change(pk, null);
        } catch (ConditionalCheckFailedException e) {
          assertThat(model.get(pk)).satisfiesAnyOf(
              item -> assertThat(item).isNull(),
              item -> assertThat(item.get("x")).isNotEqualTo(n(x)));
        }
      }
      case 3 -> {
        String other = "k" + ((Integer.parseInt(pk.substring(1)) + 1) % KEYS);
        Map<String, AttributeValue> item = item("pk", s(pk), "x", n(x));
        dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
            WriteRequest.builder().putRequest(p -> p.item(item)).build(),
            WriteRequest.builder().deleteRequest(d -> d.key(Map.of("pk", s(other)))).build()))));
        change(pk, item);
        change(other, null);
      }
      case 4 -> transaction(random, pk, x);
      case 5 -> {
        try {
          dynamo.executeStatement(b -> b.statement("INSERT INTO \"" + table + "\" VALUE {'pk': ?,"
              + " 'x': ?}").parameters(s(pk), n(x)));
          change(pk, item("pk", s(pk), "x", n(x)));
        } catch (software.amazon.awssdk.services.dynamodb.model.DuplicateItemException e) {
          assertThat(model).containsKey(pk);
        }
      }
      default -> {
        dynamo.deleteItem(b -> b.tableName(table).key(Map.of("pk", s(pk))));
        change(pk, null);
      }
    }
  }

  private void transaction(Random random, String pk, String x) {
    String other = "k" + ((Integer.parseInt(pk.substring(1)) + 1) % KEYS);
    String checked = "k" + ((Integer.parseInt(pk.substring(1)) + 2) % KEYS);
    Map<String, AttributeValue> item = item("pk", s(pk), "x", n(x));
    boolean exists = random.nextBoolean();
    try {
      dynamo.transactWriteItems(b -> b.transactItems(
          TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build(),
          TransactWriteItem.builder().delete(Delete.builder().tableName(table)
              .key(Map.of("pk", s(other))).build()).build(),
          TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
              .key(Map.of("pk", s(checked)))
              .conditionExpression(exists ? "attribute_exists(pk)" : "attribute_not_exists(pk)")
              .build()).build()));
      change(pk, item);
      change(other, null);
    } catch (TransactionCanceledException e) {
      assertThat(model.containsKey(checked)).isNotEqualTo(exists);
    }
  }

  private void change(String pk, Map<String, AttributeValue> next) {
    Map<String, AttributeValue> before = model.get(pk);
    if (java.util.Objects.equals(before, next)) {
      return;
    }
    String eventName = before == null ? "INSERT" : next == null ? "REMOVE" : "MODIFY";
    expected.computeIfAbsent(pk, k -> new ArrayList<>()).add(new Change(eventName, before, next));
    if (next == null) {
      model.remove(pk);
    } else {
      model.put(pk, next);
    }
  }
}
