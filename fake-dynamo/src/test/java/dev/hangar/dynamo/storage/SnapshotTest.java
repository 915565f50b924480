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

  @ParameterizedTest
  @ValueSource(strings = {"whole", "table"})
  void restoredTable_losesTimeToLiveAndStream_keepsTags_alsoAfterReopening(String kind) {
    String[] arn = new String[1];
    try (Fakes fakes = open("mapdb")) {
      fakes.createTable("alpha", false);
      arn[0] = fakes.dynamo.describeTable(b -> b.tableName("alpha")).table().tableArn();
      fakes.dynamo.updateTimeToLive(b -> b.tableName("alpha")
          .timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
      fakes.dynamo.updateTable(b -> b.tableName("alpha")
          .streamSpecification(s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")));
      fakes.dynamo.tagResource(b -> b.resourceArn(arn[0])
          .tags(software.amazon.awssdk.services.dynamodb.model.Tag.builder()
              .key("team").value("a").build()));
      DynamoSnapshot snapshot = kind.equals("whole") ? fakes.fake.snapshot()
          : fakes.fake.snapshot("alpha");
      fakes.fake.restore(snapshot);
      assertNoTimeToLiveNorStream_andTagged(fakes, arn[0]);
    }
    try (Fakes fakes = open("mapdb")) {
      assertNoTimeToLiveNorStream_andTagged(fakes, arn[0]);
    }
  }

  private static void assertNoTimeToLiveNorStream_andTagged(Fakes fakes, String arn) {
    assertThat(fakes.dynamo.describeTimeToLive(b -> b.tableName("alpha")).timeToLiveDescription()
        .timeToLiveStatusAsString()).isEqualTo("DISABLED");
    assertThat(fakes.dynamo.describeTable(b -> b.tableName("alpha")).table().streamSpecification())
        .isNull();
    assertThat(fakes.dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags())
        .extracting(t -> t.key() + "=" + t.value()).containsExactly("team=a");
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
