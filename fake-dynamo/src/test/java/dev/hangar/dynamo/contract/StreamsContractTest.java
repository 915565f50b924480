package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * StreamSpecification on CreateTable and UpdateTable, and the DynamoDB Streams API
 * (ListStreams, DescribeStream, GetShardIterator, GetRecords) through {@code DynamoDbStreamsClient}.
 */
class StreamsContractTest extends DynamoContract {

  DynamoDbStreamsClient streams() {
    return target.streams();
  }

  String streamTable(StreamViewType viewType) {
    String name = hashTable();
    dynamo.updateTable(b -> b.tableName(name)
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(viewType)));
    return name;
  }

  String streamArn(String table) {
    return dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
  }

  Shard shard(String arn) {
    return streams().describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0);
  }

  String iterator(String arn, ShardIteratorType type, String sequence) {
    String shardId = shard(arn).shardId();
    return streams().getShardIterator(b -> b.streamArn(arn).shardId(shardId)
        .shardIteratorType(type).sequenceNumber(sequence)).shardIterator();
  }

  List<Record> readAll(String iterator) {
    List<Record> records = new ArrayList<>();
    String next = iterator;
    while (next != null) {
      String current = next;
      var page = streams().getRecords(b -> b.shardIterator(current));
      records.addAll(page.records());
      next = page.records().isEmpty() ? null : page.nextShardIterator();
    }
    return records;
  }

  List<Record> records(String table) {
    return readAll(iterator(streamArn(table), ShardIteratorType.TRIM_HORIZON, null));
  }

  static Map<String, AttributeValue> key(String pk) {
    return Map.of("pk", s(pk));
  }

  @Test
  void createTable_withStream_describesSpecificationAndLatestStream() {
    String name = "contract-streams-create-" + System.nanoTime();
    TableDescription created = dynamo.createTable(b -> b.tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
            .attributeType(ScalarAttributeType.S).build())
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)))
        .tableDescription();
    assertThat(created.streamSpecification().streamEnabled()).isTrue();
    assertThat(created.streamSpecification().streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
    assertThat(created.latestStreamArn())
        .isEqualTo(created.tableArn() + "/stream/" + created.latestStreamLabel());
    assertThat(created.latestStreamLabel()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
    var description = streams().describeStream(b -> b.streamArn(created.latestStreamArn()))
        .streamDescription();
    assertThat(description.streamStatus()).isEqualTo(StreamStatus.ENABLED);
    assertThat(description.tableName()).isEqualTo(name);
    assertThat(description.streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
    assertThat(description.keySchema()).containsExactly(
        KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build());
    assertThat(description.shards()).hasSize(1);
    assertThat(description.shards().get(0).shardId()).matches("shardId-\\d{20}-[0-9a-f]{8}");
    assertThat(streams().listStreams(b -> b.tableName(name)).streams())
        .singleElement().satisfies(stream -> {
          assertThat(stream.streamArn()).isEqualTo(created.latestStreamArn());
          assertThat(stream.streamLabel()).isEqualTo(created.latestStreamLabel());
        });
  }

  @Test
  void records_insertModifyRemove_carryBothImagesInOrder() {
    String table = streamTable(StreamViewType.NEW_AND_OLD_IMAGES);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "x", n("1"))));
    dynamo.updateItem(b -> b.tableName(table).key(key("a")).updateExpression("SET x = :v")
        .expressionAttributeValues(Map.of(":v", n("2"))));
    dynamo.deleteItem(b -> b.tableName(table).key(key("a")));
    List<Record> records = records(table);
    assertThat(records).extracting(Record::eventName)
        .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
    Record insert = records.get(0);
    assertThat(insert.eventSource()).isEqualTo("aws:dynamodb");
    assertThat(insert.eventVersion()).isEqualTo("1.1");
    assertThat(insert.eventID()).isNotBlank();
    assertThat(insert.userIdentity()).isNull();
    assertThat(insert.dynamodb().keys()).isEqualTo(key("a"));
    assertThat(insert.dynamodb().newImage()).isEqualTo(item("pk", s("a"), "x", n("1")));
    assertThat(insert.dynamodb().hasOldImage()).isFalse();
    assertThat(insert.dynamodb().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    assertThat(insert.dynamodb().sizeBytes()).isEqualTo(9L);
    Record modify = records.get(1);
    assertThat(modify.dynamodb().oldImage()).isEqualTo(item("pk", s("a"), "x", n("1")));
    assertThat(modify.dynamodb().newImage()).isEqualTo(item("pk", s("a"), "x", n("2")));
    assertThat(modify.dynamodb().sizeBytes()).isEqualTo(15L);
    Record remove = records.get(2);
    assertThat(remove.dynamodb().hasNewImage()).isFalse();
    assertThat(remove.dynamodb().oldImage()).isEqualTo(item("pk", s("a"), "x", n("2")));
    List<String> sequences = records.stream().map(r -> r.dynamodb().sequenceNumber()).toList();
    assertThat(sequences).allSatisfy(sequence -> assertThat(sequence).matches("\\d{21,40}"));
    assertThat(sequences).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void records_keysOnly_carryNoImages() {
    String table = streamTable(StreamViewType.KEYS_ONLY);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "x", n("1"))));
    Record record = records(table).get(0);
    assertThat(record.dynamodb().keys()).isEqualTo(key("a"));
    assertThat(record.dynamodb().hasNewImage()).isFalse();
    assertThat(record.dynamodb().hasOldImage()).isFalse();
    assertThat(record.dynamodb().sizeBytes()).isEqualTo(3L);
  }

  @Test
  void records_oldImageOnly_onModify() {
    String table = streamTable(StreamViewType.OLD_IMAGE);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "x", n("1"))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "x", n("2"))));
    Record modify = records(table).get(1);
    assertThat(modify.dynamodb().oldImage()).isEqualTo(item("pk", s("a"), "x", n("1")));
    assertThat(modify.dynamodb().hasNewImage()).isFalse();
  }

  @Test
  void writesThatChangeNothing_writeNoRecord() {
    String table = streamTable(StreamViewType.NEW_IMAGE);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "x", n("1"))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "x", n("1"))));
    dynamo.updateItem(b -> b.tableName(table).key(key("a")).updateExpression("SET x = :v")
        .expressionAttributeValues(Map.of(":v", n("1.0"))));
    dynamo.deleteItem(b -> b.tableName(table).key(key("missing")));
    assertThat(records(table)).extracting(Record::eventName).containsExactly(OperationType.INSERT);
  }

  @Test
  void records_ofTransactionsAndBatches_oneEach() {
    String table = streamTable(StreamViewType.KEYS_ONLY);
    dynamo.transactWriteItems(b -> b.transactItems(
        TransactWriteItem.builder().put(Put.builder().tableName(table)
            .item(item("pk", s("t1"))).build()).build(),
        TransactWriteItem.builder().put(Put.builder().tableName(table)
            .item(item("pk", s("t2"))).build()).build()));
    dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
        software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
            .deleteRequest(d -> d.key(key("t1"))).build()))));
    assertThat(records(table)).extracting(r -> r.eventName() + " " + r.dynamodb().keys().get("pk").s())
        .containsExactly("INSERT t1", "INSERT t2", "REMOVE t1");
  }

  @Test
  void latestIterator_readsOnlyLaterRecords_andAfterSequenceNumberSkipsOne() {
    String table = streamTable(StreamViewType.KEYS_ONLY);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("before"))));
    String arn = streamArn(table);
    String latest = iterator(arn, ShardIteratorType.LATEST, null);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("after1"))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("after2"))));
    List<Record> later = readAll(latest);
    assertThat(later).extracting(r -> r.dynamodb().keys().get("pk").s())
        .containsExactly("after1", "after2");
    String first = later.get(0).dynamodb().sequenceNumber();
    assertThat(readAll(iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, first)))
        .extracting(r -> r.dynamodb().keys().get("pk").s()).containsExactly("after2");
    assertThat(readAll(iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, first)))
        .extracting(r -> r.dynamodb().keys().get("pk").s()).containsExactly("after1", "after2");
  }

  @Test
  void getRecords_limit_pagesWithNextShardIterator() {
    String table = streamTable(StreamViewType.KEYS_ONLY);
    for (int i = 0; i < 5; i++) {
      String pk = "k" + i;
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s(pk))));
    }
    String iterator = iterator(streamArn(table), ShardIteratorType.TRIM_HORIZON, null);
    var page = streams().getRecords(b -> b.shardIterator(iterator).limit(2));
    assertThat(page.records()).hasSize(2);
    var rest = streams().getRecords(b -> b.shardIterator(page.nextShardIterator()));
    assertThat(rest.records()).hasSize(3);
    assertThat(rest.nextShardIterator()).isNotNull();
  }

  @Test
  void disablingStream_closesShard_andDescribeTableKeepsLatestArn() {
    String table = streamTable(StreamViewType.KEYS_ONLY);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"))));
    String arn = streamArn(table);
    dynamo.updateTable(b -> b.tableName(table).streamSpecification(s -> s.streamEnabled(false)));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("b"))));
    TableDescription described = dynamo.describeTable(b -> b.tableName(table)).table();
    assertThat(described.streamSpecification()).isNull();
    assertThat(described.latestStreamArn()).isEqualTo(arn);
    var description = streams().describeStream(b -> b.streamArn(arn)).streamDescription();
    assertThat(description.streamStatus()).isEqualTo(StreamStatus.DISABLED);
    assertThat(description.shards()).allSatisfy(
        shard -> assertThat(shard.sequenceNumberRange().endingSequenceNumber()).isNotNull());
    assertThat(records(table)).extracting(r -> r.dynamodb().keys().get("pk").s())
        .containsExactly("a");
  }

  @Test
  void closedShard_readToItsEnd_hasNoNextShardIterator() {
    String table = streamTable(StreamViewType.KEYS_ONLY);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"))));
    String arn = streamArn(table);
    dynamo.updateTable(b -> b.tableName(table).streamSpecification(s -> s.streamEnabled(false)));
    String next = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
    List<Record> records = new ArrayList<>();
    int calls = 0;
    while (next != null && calls++ < 5) {
      String current = next;
      var page = streams().getRecords(b -> b.shardIterator(current));
      records.addAll(page.records());
      next = page.nextShardIterator();
    }
    assertThat(next).isNull();
    assertThat(records).extracting(r -> r.dynamodb().keys().get("pk").s()).containsExactly("a");
  }

  @Test
  void streamSpecification_badInput_isValidationError() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "Invalid StreamViewType: Stream ViewType must not be null or empty when enabling streams.",
        () -> dynamo.updateTable(b -> b.tableName(table).streamSpecification(s -> s.streamEnabled(true))));
    assertFails(DynamoDbException.class,
        "Invalid StreamViewType: Stream StreamEnabled was false but a StreamViewType was present.",
        () -> dynamo.updateTable(b -> b.tableName(table)
            .streamSpecification(s -> s.streamEnabled(false).streamViewType("KEYS_ONLY"))));
    assertFails(DynamoDbException.class, "Invalid StreamViewType: BOGUS",
        () -> dynamo.updateTable(b -> b.tableName(table)
            .streamSpecification(s -> s.streamEnabled(true).streamViewType("BOGUS"))));
    assertFails(DynamoDbException.class, "Table has no stream to disable",
        () -> dynamo.updateTable(b -> b.tableName(table)
            .streamSpecification(s -> s.streamEnabled(false))));
    dynamo.updateTable(b -> b.tableName(table)
        .streamSpecification(s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")));
    assertFails(DynamoDbException.class, "Table already has an enabled stream",
        () -> dynamo.updateTable(b -> b.tableName(table)
            .streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_IMAGE"))));
  }

  @Test
  void createTable_badStreamSpecification_createsNoTable() {
    String name = "contract-streams-bad-" + System.nanoTime();
    assertFails(DynamoDbException.class, "Stream StreamEnabled was null",
        () -> dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                .attributeType(ScalarAttributeType.S).build())
            .streamSpecification(s -> s.streamViewType("KEYS_ONLY"))));
    assertThat(dynamo.listTables().tableNames()).doesNotContain(name);
  }

  @Test
  void getShardIterator_badInput_getsDynamoDbStreamsErrors() {
    String table = streamTable(StreamViewType.KEYS_ONLY);
    String arn = streamArn(table);
    String shardId = shard(arn).shardId();
    assertFails(ResourceNotFoundException.class, "Stream does not exist",
        () -> streams().getShardIterator(b -> b.streamArn(arn.replace(table, table + "-gone"))
            .shardId(shardId).shardIteratorType(ShardIteratorType.TRIM_HORIZON)));
    assertFails(ResourceNotFoundException.class, "Shard does not exist",
        () -> streams().getShardIterator(b -> b.streamArn(arn)
            .shardId("shardId-00000000000000000000-00000000")
            .shardIteratorType(ShardIteratorType.TRIM_HORIZON)));
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: Invalid SequenceNumber",
        () -> streams().getShardIterator(b -> b.streamArn(arn).shardId(shardId)
            .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)));
    assertFails(DynamoDbException.class, "One or more parameter values were invalid:"
            + " SequenceNumber should not be passed for this iterator type",
        () -> streams().getShardIterator(b -> b.streamArn(arn).shardId(shardId)
            .shardIteratorType(ShardIteratorType.TRIM_HORIZON).sequenceNumber("1".repeat(21))));
    assertFails(DynamoDbException.class, "1 validation error detected: Value '1' at"
            + " 'sequenceNumber' failed to satisfy constraint: Member must have length greater"
            + " than or equal to 21",
        () -> streams().getShardIterator(b -> b.streamArn(arn).shardId(shardId)
            .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).sequenceNumber("1")));
  }

  @Test
  void describeStream_unknownArn_isResourceNotFound() {
    String arn = streamArn(streamTable(StreamViewType.KEYS_ONLY)) + "0";
    assertFails(ResourceNotFoundException.class,
        "Requested resource not found: Stream: " + arn + " not found",
        () -> streams().describeStream(b -> b.streamArn(arn)));
  }

  @Test
  void getRecords_malformedIteratorOrLimit_isValidationError() {
    String table = streamTable(StreamViewType.KEYS_ONLY);
    String iterator = iterator(streamArn(table), ShardIteratorType.TRIM_HORIZON, null);
    assertFails(DynamoDbException.class, "Invalid ShardIterator",
        () -> streams().getRecords(b -> b.shardIterator("garbage")));
    assertFails(DynamoDbException.class, "Invalid ShardIterator",
        () -> streams().getRecords(b -> b.shardIterator(
            iterator.substring(0, iterator.length() - 5) + "AAAAA")));
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: Limit should be less than or equal to 1000",
        () -> streams().getRecords(b -> b.shardIterator(iterator).limit(1001)));
    assertFails(DynamoDbException.class, "1 validation error detected: Value '0' at 'limit'"
            + " failed to satisfy constraint: Member must have value greater than or equal to 1",
        () -> streams().getRecords(b -> b.shardIterator(iterator).limit(0)));
  }

  @Test
  void getRecords_iteratorOlderThanFifteenMinutes_isExpired() {
    assumeAwsBehaviourOnLocal("its clock cannot be moved by the test, and its"
        + " ExpiredIteratorException has no message");
    String table = streamTable(StreamViewType.KEYS_ONLY);
    String iterator = iterator(streamArn(table), ShardIteratorType.TRIM_HORIZON, null);
    target.harness().clock().advance(Duration.ofMinutes(14));
    assertThat(streams().getRecords(b -> b.shardIterator(iterator)).records()).isEmpty();
    target.harness().clock().advance(Duration.ofMinutes(2));
    ExpiredIteratorException expired = org.assertj.core.api.Assertions.catchThrowableOfType(
        ExpiredIteratorException.class, () -> streams().getRecords(b -> b.shardIterator(iterator)));
    assertThat(expired).isNotNull();
    assertThat(expired.awsErrorDetails().errorMessage()).startsWith("Iterator expired.")
        .endsWith("tolerated delay of 900000 milliseconds.");
  }

  @Test
  void records_olderThanTwentyFourHours_areTrimmed() {
    assumeAwsBehaviourOnLocal("its clock cannot be moved by the test, and it does not trim");
    String table = streamTable(StreamViewType.KEYS_ONLY);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("old"))));
    String arn = streamArn(table);
    String oldSequence = records(table).get(0).dynamodb().sequenceNumber();
    target.harness().clock().advance(Duration.ofHours(24).plusSeconds(1));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("new"))));
    assertThat(records(table)).extracting(r -> r.dynamodb().keys().get("pk").s())
        .containsExactly("new");
    assertFails(TrimmedDataAccessException.class,
        "The operation attempted to read past the oldest stream record in a shard.",
        () -> iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, oldSequence));
  }
}
