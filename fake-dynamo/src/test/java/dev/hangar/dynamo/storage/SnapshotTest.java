package dev.hangar.dynamo.storage;

import static dev.hangar.dynamo.storage.Fakes.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.DynamoSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** Snapshots of a whole fake and of one table, on both stores. */
class SnapshotTest {
  @TempDir Path directory;

  private Fakes open(String store) {
    return Fakes.open(store.equals("mapdb") ? directory.resolve("data") : null);
  }

  private static List<String> keys(Fakes fakes, String table) {
    return fakes.dynamo.scan(b -> b.tableName(table)).items().stream()
        .map(i -> i.get("pk").s() + (i.containsKey("v") ? "=" + i.get("v").s() : ""))
        .sorted().toList();
  }

  private static void put(Fakes fakes, String table, String pk, String v) {
    fakes.dynamo.putItem(b -> b.tableName(table).item(item("pk", pk, "v", v)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "mapdb"})
  void restore_ofWholeSnapshot_bringsBackEveryTableAsItWas_anyNumberOfTimes(String store) {
    try (Fakes fakes = open(store)) {
      fakes.createTable("alpha", false);
      fakes.createTable("beta", false);
      put(fakes, "alpha", "a1", "x");
      put(fakes, "beta", "b1", "y");
      DynamoSnapshot snapshot = fakes.fake.snapshot();
      assertThat(snapshot.tableNames()).containsExactly("alpha", "beta");
      assertThat(snapshot.itemCount()).isEqualTo(2);
      assertThat(snapshot.isWholeFake()).isTrue();
      for (int round = 0; round < 2; round++) {
        put(fakes, "alpha", "a1", "changed");
        put(fakes, "alpha", "a2", "new");
        fakes.dynamo.deleteTable(b -> b.tableName("beta"));
        fakes.createTable("gamma", false);
        fakes.fake.restore(snapshot);
        assertThat(fakes.dynamo.listTables().tableNames()).containsExactly("alpha", "beta");
        assertThat(keys(fakes, "alpha")).containsExactly("a1=x");
        assertThat(keys(fakes, "beta")).containsExactly("b1=y");
        assertThat(fakes.dynamo.describeTable(b -> b.tableName("alpha")).table().itemCount())
            .isEqualTo(1);
      }
      put(fakes, "alpha", "a3", "after");
      assertThat(keys(fakes, "alpha")).containsExactly("a1=x", "a3=after");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "mapdb"})
  void restore_ofTableSnapshot_replacesOnlyThatTable_andRecreatesItWhenDeleted(String store) {
    try (Fakes fakes = open(store)) {
      fakes.createTable("alpha", true);
      fakes.createTable("beta", false);
      for (int i = 0; i < 50; i++) {
        int sk = i;
        fakes.dynamo.putItem(b -> b.tableName("alpha").item(item("pk", "p" + (sk % 3), "sk", sk)));
      }
      DynamoSnapshot snapshot = fakes.fake.snapshot("alpha");
      assertThat(snapshot.tableNames()).containsExactly("alpha");
      assertThat(snapshot.itemCount()).isEqualTo(50);
      assertThat(snapshot.isWholeFake()).isFalse();
      put(fakes, "beta", "b1", "kept");
      fakes.dynamo.deleteTable(b -> b.tableName("alpha"));
      fakes.fake.restore(snapshot);
      assertThat(fakes.dynamo.listTables().tableNames()).containsExactly("alpha", "beta");
      assertThat(keys(fakes, "beta")).containsExactly("b1=kept");
      var page = fakes.dynamo.query(b -> b.tableName("alpha").keyConditionExpression("pk = :p")
          .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p1")))
          .scanIndexForward(false));
      assertThat(page.items()).extracting(i -> i.get("sk").n())
          .containsExactly("49", "46", "43", "40", "37", "34", "31", "28", "25", "22", "19", "16",
              "13", "10", "7", "4", "1");
      fakes.dynamo.putItem(b -> b.tableName("alpha").item(item("pk", "p1", "sk", 100)));
      fakes.fake.restore(snapshot);
      assertThat(fakes.dynamo.describeTable(b -> b.tableName("alpha")).table().itemCount())
          .isEqualTo(50);
      assertThat(fakes.dynamo.scan(b -> b.tableName("alpha")).count()).isEqualTo(50);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "mapdb"})
  void snapshot_ofAnUnknownTable_namesTheTables(String store) {
    try (Fakes fakes = open(store)) {
      fakes.createTable("alpha", false);
      assertThatThrownBy(() -> fakes.fake.snapshot("nope"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("There is no table 'nope' to snapshot; the tables are [alpha]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "mapdb"})
  void restore_ofAnotherFakesSnapshot_isRefused(String store) {
    try (Fakes fakes = open(store); Fakes other = Fakes.open(null)) {
      DynamoSnapshot foreign = other.fake.snapshot();
      assertThatThrownBy(() -> fakes.fake.restore(foreign))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The snapshot was taken of another FakeDynamo; restore a snapshot into the"
              + " fake it was taken of");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"whole", "table"})
  void restoredState_onADataDirectory_isWhatReopeningFinds(String kind) {
    try (Fakes fakes = open("mapdb")) {
      fakes.createTable("alpha", false);
      put(fakes, "alpha", "a1", "x");
      DynamoSnapshot snapshot = kind.equals("whole") ? fakes.fake.snapshot()
          : fakes.fake.snapshot("alpha");
      put(fakes, "alpha", "a2", "y");
      fakes.fake.restore(snapshot);
    }
    try (Fakes fakes = open("mapdb")) {
      assertThat(keys(fakes, "alpha")).containsExactly("a1=x");
      assertThat(fakes.dynamo.describeTable(b -> b.tableName("alpha")).table().itemCount())
          .isEqualTo(1);
    }
  }

  private static DynamoSnapshot take(Fakes fakes, String kind, String table) {
    return kind.equals("whole") ? fakes.fake.snapshot() : fakes.fake.snapshot(table);
  }

  private static List<String> records(Fakes fakes, String table, String after) {
    return fakes.streamRecords(table, after).stream()
        .map(r -> r.sequenceNumber() + " " + r.keys().get("pk").s()
            + (r.newImage().isEmpty() ? " removed" : "=" + r.newImage().get("v").s()))
        .toList();
  }

  @ParameterizedTest
  @CsvSource({"memory,whole", "memory,table", "mapdb,whole", "mapdb,table"})
  void restore_bringsBackTheStream_withItsRecordsThen_andSequenceNumbersGoOn(
      String store, String kind) {
    String arn;
    List<String> after;
    try (Fakes fakes = open(store)) {
      fakes.createTable("alpha", false);
      fakes.dynamo.updateTable(b -> b.tableName("alpha").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("NEW_AND_OLD_IMAGES")));
      arn = fakes.dynamo.describeTable(b -> b.tableName("alpha")).table().latestStreamArn();
      put(fakes, "alpha", "a1", "x");
      List<String> then = records(fakes, "alpha", null);
      DynamoSnapshot snapshot = take(fakes, kind, "alpha");
      put(fakes, "alpha", "a2", "y");
      put(fakes, "alpha", "a1", "changed");
      List<String> before = records(fakes, "alpha", null);
      String last = before.get(2).split(" ")[0];
      fakes.fake.restore(snapshot);
      var table = fakes.dynamo.describeTable(b -> b.tableName("alpha")).table();
      assertThat(table.latestStreamArn()).isEqualTo(arn);
      assertThat(table.streamSpecification().streamViewTypeAsString())
          .isEqualTo("NEW_AND_OLD_IMAGES");
      assertThat(records(fakes, "alpha", null)).isEqualTo(then);
      put(fakes, "alpha", "a3", "z");
      after = records(fakes, "alpha", null);
      assertThat(after).hasSize(2).startsWith(then.get(0));
      assertThat(new java.math.BigInteger(after.get(1).split(" ")[0]))
          .isGreaterThan(new java.math.BigInteger(last));
      assertThat(records(fakes, "alpha", last)).containsExactly(after.get(1));
      fakes.fake.checkStreams();
    }
    if (store.equals("mapdb")) {
      try (Fakes fakes = open(store)) {
        assertThat(fakes.dynamo.describeTable(b -> b.tableName("alpha")).table()
            .latestStreamArn()).isEqualTo(arn);
        assertThat(records(fakes, "alpha", null)).isEqualTo(after);
        fakes.fake.checkStreams();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"memory,whole", "memory,table", "mapdb,whole", "mapdb,table"})
  void restore_endsAStreamEnabledSinceTheSnapshot_andEnablesOneDisabledSince(
      String store, String kind) {
    try (Fakes fakes = open(store)) {
      fakes.createTable("alpha", false);
      fakes.createTable("beta", false);
      fakes.dynamo.updateTable(b -> b.tableName("beta").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")));
      DynamoSnapshot alpha = take(fakes, kind, "alpha");
      DynamoSnapshot beta = take(fakes, kind, "beta");
      fakes.dynamo.updateTable(b -> b.tableName("alpha").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("NEW_IMAGE")));
      String later = fakes.dynamo.describeTable(b -> b.tableName("alpha")).table()
          .latestStreamArn();
      fakes.dynamo.updateTable(b -> b.tableName("beta")
          .streamSpecification(s -> s.streamEnabled(false)));
      fakes.fake.restore(alpha);
      if (kind.equals("table")) {
        fakes.fake.restore(beta);
      }
      assertThat(fakes.dynamo.describeTable(b -> b.tableName("alpha")).table()
          .streamSpecification()).isNull();
      assertThat(fakes.streams.describeStream(b -> b.streamArn(later)).streamDescription()
          .streamStatusAsString()).isEqualTo("DISABLED");
      put(fakes, "beta", "b1", "x");
      assertThat(fakes.dynamo.describeTable(b -> b.tableName("beta")).table()
          .streamSpecification().streamViewTypeAsString()).isEqualTo("KEYS_ONLY");
      assertThat(fakes.streamRecords("beta", null)).extracting(r -> r.keys().get("pk").s())
          .containsExactly("b1");
    }
  }

  @ParameterizedTest
  @CsvSource({"memory,whole", "memory,table", "mapdb,whole", "mapdb,table"})
  void restore_bringsBackTimeToLive_andExpiresTheRestoredItems_keepsTags(
      String store, String kind) {
    String arn;
    try (Fakes fakes = open(store)) {
      fakes.createTable("alpha", false);
      fakes.createTable("beta", false);
      arn = fakes.dynamo.describeTable(b -> b.tableName("alpha")).table().tableArn();
      fakes.dynamo.updateTimeToLive(b -> b.tableName("alpha")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
      fakes.dynamo.putItem(b -> b.tableName("alpha")
          .item(item("pk", "soon", "expires", 1767225600L + 3 * 3600)));
      DynamoSnapshot snapshot = take(fakes, kind, "alpha");
      DynamoSnapshot betaThen = take(fakes, kind, "beta");
      fakes.harness.clock().advance(java.time.Duration.ofHours(2));
      fakes.dynamo.updateTimeToLive(b -> b.tableName("alpha")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(false)));
      fakes.dynamo.updateTimeToLive(b -> b.tableName("beta")
          .timeToLiveSpecification(t -> t.attributeName("gone").enabled(true)));
      fakes.dynamo.tagResource(b -> b.resourceArn(arn)
          .tags(software.amazon.awssdk.services.dynamodb.model.Tag.builder()
              .key("team").value("a").build()));
      fakes.fake.restore(snapshot);
      if (kind.equals("table")) {
        fakes.fake.restore(betaThen);
      }
      assertTimeToLive(fakes, "alpha", "ENABLED");
      assertTimeToLive(fakes, "beta", "DISABLED");
      assertThat(fakes.dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags())
          .extracting(t -> t.key() + "=" + t.value()).containsExactly("team=a");
      fakes.harness.clock().advance(java.time.Duration.ofHours(2));
      assertThat(fakes.dynamo.scan(b -> b.tableName("alpha")).count()).isZero();
    }
    if (store.equals("mapdb")) {
      try (Fakes fakes = open(store)) {
        assertTimeToLive(fakes, "alpha", "ENABLED");
        assertTimeToLive(fakes, "beta", "DISABLED");
      }
    }
  }

  private static void assertTimeToLive(Fakes fakes, String table, String status) {
    assertThat(fakes.dynamo.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription()
        .timeToLiveStatusAsString()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "mapdb"})
  void restore_rebuildsSecondaryIndexes_fromTheRestoredItems(String store) {
    try (Fakes fakes = open(store)) {
      fakes.dynamo.createTable(b -> b.tableName("idx").billingMode("PAY_PER_REQUEST")
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType("HASH").build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
              AttributeDefinition.builder().attributeName("v").attributeType("S").build())
          .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byV")
              .keySchema(KeySchemaElement.builder().attributeName("v").keyType("HASH").build())
              .projection(p -> p.projectionType("KEYS_ONLY")).build())
          .streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_IMAGE")));
      put(fakes, "idx", "a", "x");
      DynamoSnapshot snapshot = fakes.fake.snapshot();
      put(fakes, "idx", "a", "y");
      put(fakes, "idx", "b", "x");
      fakes.fake.restore(snapshot);
      assertThat(fakes.dynamo.query(b -> b.tableName("idx").indexName("byV")
              .keyConditionExpression("v = :v")
              .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("x")))).items())
          .containsExactly(item("pk", "a", "v", "x"));
      assertThat(fakes.dynamo.query(b -> b.tableName("idx").indexName("byV")
              .keyConditionExpression("v = :v")
              .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("y")))).items())
          .isEmpty();
      assertThat(fakes.fake.indexViolations()).isEmpty();
      fakes.fake.checkStreams();
    }
  }
}
