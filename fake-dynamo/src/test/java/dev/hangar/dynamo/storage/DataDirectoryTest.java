package dev.hangar.dynamo.storage;

import static dev.hangar.dynamo.storage.Fakes.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/** A fake on a data directory: what survives reopening it, and directories it refuses. */
class DataDirectoryTest {
  @TempDir Path directory;

  @Test
  void reopenedDirectory_hasEveryTableItemAndTransaction() {
    Map<String, AttributeValue> full = item(
        "pk", "a", "sk", 1, "bin", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1})),
        "bool", AttributeValue.fromBool(false), "nul", AttributeValue.fromNul(true),
        "map", AttributeValue.fromM(Map.of("x", AttributeValue.fromN("1.50"))),
        "list", AttributeValue.fromL(List.of(AttributeValue.fromS("y"))),
        "ss", AttributeValue.fromSs(List.of("p", "q")), "ns", AttributeValue.fromNs(List.of("-1")),
        "bs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {9}))));
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("orders", true);
      fakes.createTable("users", false);
      fakes.dynamo.putItem(b -> b.tableName("orders").item(full));
      for (int sk : new int[] {-5, 10, 2, -30}) {
        fakes.dynamo.putItem(b -> b.tableName("orders").item(item("pk", "a", "sk", sk)));
      }
      fakes.dynamo.transactWriteItems(b -> b.transactItems(
          TransactWriteItem.builder().put(p -> p.tableName("users").item(item("pk", "u1"))).build(),
          TransactWriteItem.builder().put(p -> p.tableName("orders")
              .item(item("pk", "b", "sk", 1))).build()));
      fakes.dynamo.deleteItem(b -> b.tableName("orders").key(item("pk", "a", "sk", 10)));
    }
    try (Fakes fakes = Fakes.open(directory)) {
      assertThat(fakes.dynamo.listTables().tableNames()).containsExactly("orders", "users");
      assertThat(fakes.dynamo.getItem(b -> b.tableName("orders").key(item("pk", "a", "sk", 1)))
          .item()).isEqualTo(full.entrySet().stream()
              .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e ->
                  e.getKey().equals("map") ? AttributeValue.fromM(Map.of("x",
                      AttributeValue.fromN("1.5"))) : e.getValue())));
      assertThat(fakes.dynamo.query(b -> b.tableName("orders").keyConditionExpression("pk = :p")
              .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("a")))).items())
          .extracting(i -> i.get("sk").n()).containsExactly("-30", "-5", "1", "2");
      assertThat(fakes.dynamo.getItem(b -> b.tableName("users").key(item("pk", "u1"))).hasItem())
          .isTrue();
      var table = fakes.dynamo.describeTable(b -> b.tableName("orders")).table();
      assertThat(table.itemCount()).isEqualTo(5);
      assertThat(table.tableSizeBytes()).isPositive();
      assertThat(table.creationDateTime()).isEqualTo("2026-01-01T00:00:00Z");
    }
  }

  @Test
  void timeToLive_staysEnabled_afterReopening_andExpiresItems() {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("sessions", false);
      fakes.dynamo.updateTimeToLive(b -> b.tableName("sessions")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
      fakes.dynamo.putItem(b -> b.tableName("sessions")
          .item(item("pk", "old", "expires", 1767225600L + 60)));
      fakes.dynamo.putItem(b -> b.tableName("sessions")
          .item(item("pk", "new", "expires", 1767225600L + 7200)));
    }
    try (Fakes fakes = Fakes.open(directory)) {
      var description = fakes.dynamo.describeTimeToLive(b -> b.tableName("sessions"))
          .timeToLiveDescription();
      assertThat(description.timeToLiveStatusAsString()).isEqualTo("ENABLED");
      assertThat(description.attributeName()).isEqualTo("expires");
      fakes.harness.clock().advance(java.time.Duration.ofMinutes(5));
      assertThat(fakes.dynamo.scan(b -> b.tableName("sessions")).items())
          .extracting(i -> i.get("pk").s()).containsExactly("new");
    }
  }

  @Test
  void disabledOrDeleted_timeToLive_staysGone_afterReopening() {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("off", false);
      fakes.dynamo.updateTimeToLive(b -> b.tableName("off")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
      fakes.harness.clock().advance(java.time.Duration.ofHours(2));
      fakes.dynamo.updateTimeToLive(b -> b.tableName("off")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(false)));
      fakes.createTable("dropped", false);
      fakes.dynamo.updateTimeToLive(b -> b.tableName("dropped")
          .timeToLiveSpecification(t -> t.attributeName("ttl").enabled(true)));
      fakes.dynamo.deleteTable(b -> b.tableName("dropped"));
      fakes.createTable("dropped", false);
    }
    try (Fakes fakes = Fakes.open(directory)) {
      for (String table : new String[] {"off", "dropped"}) {
        assertThat(fakes.dynamo.describeTimeToLive(b -> b.tableName(table))
            .timeToLiveDescription().timeToLiveStatusAsString()).isEqualTo("DISABLED");
      }
    }
  }

  @Test
  void tags_survive_reopening_inTheOrderTheyWereSet() {
    String[] arns = new String[2];
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("tagged", false);
      fakes.createTable("untagged", false);
      arns[0] = fakes.dynamo.describeTable(b -> b.tableName("tagged")).table().tableArn();
      arns[1] = fakes.dynamo.describeTable(b -> b.tableName("untagged")).table().tableArn();
      fakes.dynamo.tagResource(b -> b.resourceArn(arns[0]).tags(tag("team", "orders"),
          tag("env", "test"), tag("gone", "soon")));
      fakes.dynamo.untagResource(b -> b.resourceArn(arns[0]).tagKeys("gone"));
      fakes.dynamo.tagResource(b -> b.resourceArn(arns[1]).tags(tag("k", "v")));
      fakes.dynamo.untagResource(b -> b.resourceArn(arns[1]).tagKeys("k"));
    }
    try (Fakes fakes = Fakes.open(directory)) {
      assertThat(fakes.dynamo.listTagsOfResource(b -> b.resourceArn(arns[0])).tags())
          .extracting(t -> t.key() + "=" + t.value()).containsExactly("team=orders", "env=test");
      assertThat(fakes.dynamo.listTagsOfResource(b -> b.resourceArn(arns[1])).tags()).isEmpty();
    }
  }

  @Test
  void stream_survivesReopening_withItsArnShardAndRecords_andAConsumerResumesAfterItsSequence() {
    String[] arn = new String[1];
    String[] shardId = new String[1];
    List<String> before;
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("events", false);
      fakes.dynamo.updateTable(b -> b.tableName("events").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("NEW_AND_OLD_IMAGES")));
      fakes.dynamo.putItem(b -> b.tableName("events").item(item("pk", "a", "v", 1)));
      fakes.dynamo.putItem(b -> b.tableName("events").item(item("pk", "a", "v", 2)));
      fakes.dynamo.putItem(b -> b.tableName("events").item(item("pk", "b", "v", 1)));
      arn[0] = fakes.dynamo.describeTable(b -> b.tableName("events")).table().latestStreamArn();
      shardId[0] = fakes.streams.describeStream(b -> b.streamArn(arn[0])).streamDescription()
          .shards().get(0).shardId();
      before = sequences(fakes.streamRecords("events", null));
      assertThat(before).hasSize(3);
    }
    try (Fakes fakes = Fakes.open(directory)) {
      var table = fakes.dynamo.describeTable(b -> b.tableName("events")).table();
      assertThat(table.streamSpecification().streamViewTypeAsString())
          .isEqualTo("NEW_AND_OLD_IMAGES");
      assertThat(table.latestStreamArn()).isEqualTo(arn[0]);
      assertThat(table.latestStreamLabel()).isEqualTo("2026-01-01T00:00:00.000");
      var shards = fakes.streams.describeStream(b -> b.streamArn(arn[0])).streamDescription()
          .shards();
      assertThat(shards).extracting(s -> s.shardId()).containsExactly(shardId[0]);
      fakes.dynamo.deleteItem(b -> b.tableName("events").key(item("pk", "a")));
      var resumed = fakes.streamRecords("events", before.get(2));
      assertThat(resumed).hasSize(1);
      assertThat(resumed.get(0).keys()).isEqualTo(item("pk", "a"));
      assertThat(resumed.get(0).oldImage()).isEqualTo(item("pk", "a", "v", 2));
      assertThat(new java.math.BigInteger(resumed.get(0).sequenceNumber()))
          .isGreaterThan(new java.math.BigInteger(before.get(2)));
      var all = fakes.streamRecords("events", null);
      assertThat(sequences(all).subList(0, 3)).isEqualTo(before);
      assertThat(all.get(1).oldImage()).isEqualTo(item("pk", "a", "v", 1));
      fakes.fake.checkStreams();
    }
  }

  private static List<String> sequences(
      List<software.amazon.awssdk.services.dynamodb.model.StreamRecord> records) {
    return records.stream().map(r -> r.sequenceNumber()).toList();
  }

  @Test
  void timeToLiveRemoval_keepsItsServiceIdentity_andEveryRecordField_afterReopening() {
    List<software.amazon.awssdk.services.dynamodb.model.Record> before;
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("sessions", true);
      fakes.dynamo.updateTable(b -> b.tableName("sessions").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("NEW_AND_OLD_IMAGES")));
      fakes.dynamo.updateTimeToLive(b -> b.tableName("sessions")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
      fakes.dynamo.putItem(b -> b.tableName("sessions").item(item("pk", "s", "sk", 1,
          "expires", 1767225600L + 60, "tags", AttributeValue.fromSs(List.of("a", "b")))));
      fakes.harness.clock().advance(java.time.Duration.ofMinutes(5));
      before = rawRecords(fakes);
      assertThat(before).extracting(r -> r.eventNameAsString()).containsExactly("INSERT", "REMOVE");
      assertThat(before.get(1).userIdentity().type()).isEqualTo("Service");
    }
    try (Fakes fakes = Fakes.open(directory)) {
      assertThat(rawRecords(fakes)).isEqualTo(before);
    }
  }

  private static List<software.amazon.awssdk.services.dynamodb.model.Record> rawRecords(
      Fakes fakes) {
    String arn = fakes.dynamo.describeTable(b -> b.tableName("sessions")).table()
        .latestStreamArn();
    String shardId = fakes.streams.describeStream(b -> b.streamArn(arn)).streamDescription()
        .shards().get(0).shardId();
    String iterator = fakes.streams.getShardIterator(b -> b.streamArn(arn).shardId(shardId)
        .shardIteratorType("TRIM_HORIZON")).shardIterator();
    return fakes.streams.getRecords(b -> b.shardIterator(iterator)).records();
  }

  @Test
  void disabledStream_staysTheLatest_afterReopening_closedWithItsRecords() {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("events", false);
      fakes.dynamo.updateTable(b -> b.tableName("events").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")));
      fakes.dynamo.putItem(b -> b.tableName("events").item(item("pk", "a")));
      fakes.dynamo.updateTable(b -> b.tableName("events")
          .streamSpecification(s -> s.streamEnabled(false)));
    }
    try (Fakes fakes = Fakes.open(directory)) {
      var table = fakes.dynamo.describeTable(b -> b.tableName("events")).table();
      assertThat(table.streamSpecification()).isNull();
      var description = fakes.streams.describeStream(b -> b.streamArn(table.latestStreamArn()))
          .streamDescription();
      assertThat(description.streamStatusAsString()).isEqualTo("DISABLED");
      var records = fakes.streamRecords("events", null);
      assertThat(records).extracting(r -> r.keys()).containsExactly(item("pk", "a"));
      assertThat(description.shards().get(0).sequenceNumberRange().endingSequenceNumber())
          .isEqualTo(records.get(0).sequenceNumber());
      fakes.dynamo.putItem(b -> b.tableName("events").item(item("pk", "b")));
      assertThat(fakes.streamRecords("events", null)).hasSize(1);
    }
  }

  @Test
  void streamRecords_pastRetention_areTrimmed_andStayTrimmedAfterReopening() {
    String[] old = new String[1];
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("events", false);
      fakes.dynamo.updateTable(b -> b.tableName("events").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")));
      fakes.dynamo.putItem(b -> b.tableName("events").item(item("pk", "old")));
      old[0] = fakes.streamRecords("events", null).get(0).sequenceNumber();
    }
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.harness.clock().advance(java.time.Duration.ofHours(25));
      fakes.dynamo.putItem(b -> b.tableName("events").item(item("pk", "new")));
      assertThat(fakes.streamRecords("events", null)).extracting(r -> r.keys().get("pk").s())
          .containsExactly("new");
    }
    try (Fakes fakes = Fakes.open(directory)) {
      // The clock starts again at the fixed instant: only the log's trimming keeps "old" away.
      assertThat(fakes.streamRecords("events", null)).extracting(r -> r.keys().get("pk").s())
          .containsExactly("new");
      String arn = fakes.dynamo.describeTable(b -> b.tableName("events")).table()
          .latestStreamArn();
      String shardId = fakes.streams.describeStream(b -> b.streamArn(arn)).streamDescription()
          .shards().get(0).shardId();
      assertThatThrownBy(() -> fakes.streams.getShardIterator(b -> b.streamArn(arn)
              .shardId(shardId).shardIteratorType("AT_SEQUENCE_NUMBER").sequenceNumber(old[0])))
          .isInstanceOf(TrimmedDataAccessException.class);
    }
  }

  @Test
  void timeToLiveChange_withinAnHourOfTheLastOne_isRefused_alsoAfterReopening() {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("sessions", false);
      fakes.dynamo.updateTimeToLive(b -> b.tableName("sessions")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
    }
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.harness.clock().advance(java.time.Duration.ofMinutes(59));
      assertThatThrownBy(() -> fakes.dynamo.updateTimeToLive(b -> b.tableName("sessions")
              .timeToLiveSpecification(t -> t.attributeName("expires").enabled(false))))
          .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class)
          .hasMessageStartingWith(
              "Time to live has been modified multiple times within a fixed interval");
      fakes.harness.clock().advance(java.time.Duration.ofMinutes(1));
      fakes.dynamo.updateTimeToLive(b -> b.tableName("sessions")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(false)));
    }
    try (Fakes fakes = Fakes.open(directory)) {
      assertThat(fakes.dynamo.describeTimeToLive(b -> b.tableName("sessions"))
          .timeToLiveDescription().timeToLiveStatusAsString()).isEqualTo("DISABLED");
      fakes.harness.clock().advance(java.time.Duration.ofMinutes(30));
      assertThatThrownBy(() -> fakes.dynamo.updateTimeToLive(b -> b.tableName("sessions")
              .timeToLiveSpecification(t -> t.attributeName("expires").enabled(true))))
          .hasMessageStartingWith(
              "Time to live has been modified multiple times within a fixed interval");
    }
  }

  @Test
  void batchedDurability_keepsEveryWrite_onceTheFakeCloses_withItsStreamRecords() {
    try (Fakes fakes = Fakes.open(directory, dev.hangar.dynamo.FakeDynamo.Durability.BATCHED)) {
      fakes.createTable("batched", false);
      fakes.dynamo.updateTable(b -> b.tableName("batched").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("NEW_IMAGE")));
      for (int i = 0; i < 10; i++) {
        String key = "k" + i;
        fakes.dynamo.putItem(b -> b.tableName("batched").item(item("pk", key)));
      }
      fakes.dynamo.transactWriteItems(b -> b.transactItems(
          TransactWriteItem.builder().put(p -> p.tableName("batched").item(item("pk", "t1")))
              .build(),
          TransactWriteItem.builder().delete(d -> d.tableName("batched").key(item("pk", "k0")))
              .build()));
    }
    try (Fakes fakes = Fakes.open(directory)) {
      assertThat(fakes.dynamo.scan(b -> b.tableName("batched")).items())
          .extracting(i -> i.get("pk").s())
          .containsExactlyInAnyOrder("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "t1");
      assertThat(fakes.streamRecords("batched", null)).hasSize(12);
      fakes.fake.checkStreams();
    }
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  @Test
  void deletedTable_staysDeleted_afterReopening() {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("gone", false);
      fakes.dynamo.putItem(b -> b.tableName("gone").item(item("pk", "x")));
      fakes.dynamo.deleteTable(b -> b.tableName("gone"));
    }
    try (Fakes fakes = Fakes.open(directory)) {
      assertThat(fakes.dynamo.listTables().tableNames()).isEmpty();
      assertThatThrownBy(() -> fakes.dynamo.describeTable(b -> b.tableName("gone")))
          .isInstanceOf(ResourceNotFoundException.class);
      fakes.createTable("gone", false);
      assertThat(fakes.dynamo.scan(b -> b.tableName("gone")).count()).isZero();
    }
  }

  @Test
  void reset_isDurable() {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("tab", false);
      fakes.fake.reset();
    }
    try (Fakes fakes = Fakes.open(directory)) {
      assertThat(fakes.dynamo.listTables().tableNames()).isEmpty();
    }
  }

  @Test
  void directoryInUse_byAnotherFakeInThisJvm_isRefusedWithItsName() {
    try (Fakes fakes = Fakes.open(directory)) {
      assertThatThrownBy(() -> Fakes.open(directory))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("The FakeDynamo data directory " + directory.toAbsolutePath() + " is in use"
              + " by another FakeDynamo in this JVM; close that harness first or choose another"
              + " directory");
      assertThat(fakes.dynamo.listTables().tableNames()).isEmpty();
    }
  }

  @Test
  void directoryOfAnIncompatibleVersion_isRefusedWithItsName() throws IOException {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("tab", false);
    }
    Files.writeString(directory.resolve("hangar-format"), "hangar-fake-dynamo-mapdb 99\n");
    assertThatThrownBy(() -> Fakes.open(directory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The FakeDynamo data directory " + directory.toAbsolutePath() + " was written"
            + " by an incompatible version of Hangar (format 'hangar-fake-dynamo-mapdb 99', this"
            + " version reads 'hangar-fake-dynamo-mapdb 4'); delete it or open it with the version"
            + " that wrote it");
  }

  @Test
  void directoryWithOtherFiles_isNotTakenForADataDirectory() throws IOException {
    Files.writeString(directory.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> Fakes.open(directory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The directory " + directory.toAbsolutePath() + " is not a FakeDynamo data"
            + " directory (it has files but no hangar-format); give FakeDynamo an empty or new"
            + " directory");
    assertThat(directory.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void corruptDatabaseFile_isRefusedWithTheDirectory_neverOpenedEmpty() throws IOException {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("tab", false);
    }
    byte[] garbage = new byte[4096];
    new java.util.Random(3).nextBytes(garbage);
    Files.write(directory.resolve("dynamo.db"), garbage);
    assertThatThrownBy(() -> Fakes.open(directory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("The FakeDynamo data directory " + directory.toAbsolutePath()
            + " is damaged and cannot be opened (")
        .hasMessageEndingWith("); restore it from a copy or delete it");
  }

  @Test
  void missingDatabaseFile_isRefusedAsDamaged() throws IOException {
    try (Fakes fakes = Fakes.open(directory)) {
      fakes.createTable("tab", false);
    }
    try (var files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("dynamo.db"))
          .toList()) {
        Files.delete(file);
      }
    }
    assertThatThrownBy(() -> Fakes.open(directory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The FakeDynamo data directory " + directory.toAbsolutePath() + " is damaged:"
            + " dynamo.db is missing");
  }
}
