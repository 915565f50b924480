package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Global and local secondary indexes: declaration, maintenance on every write, Query and Scan on
 * an index with DynamoDB's rules, UpdateTable adding and removing a GSI.
 */
class IndexesContractTest extends DynamoContract {
  private static final String GSI = "byStatus";
  private static final String KEYS_GSI = "byOwner";
  private static final String LSI = "byCreated";

  static KeySchemaElement hash(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
  }

  static KeySchemaElement range(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
  }

  static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  static Projection projection(ProjectionType type, String... nonKey) {
    Projection.Builder builder = Projection.builder().projectionType(type);
    if (nonKey.length > 0) {
      builder.nonKeyAttributes(nonKey);
    }
    return builder.build();
  }

  /** pk (S) + sk (S); GSI byStatus (status S, created N) ALL; GSI byOwner (owner S) KEYS_ONLY;
   *  LSI byCreated (pk, created N) INCLUDE [title]. */
  String indexedTable() {
    String name = "idx-" + getClass().getSimpleName() + "-" + System.nanoTime();
    dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(hash("pk"), range("sk"))
        .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
            attribute("sk", ScalarAttributeType.S), attribute("status", ScalarAttributeType.S),
            attribute("created", ScalarAttributeType.N), attribute("owner", ScalarAttributeType.S))
        .globalSecondaryIndexes(
            GlobalSecondaryIndex.builder().indexName(GSI).keySchema(hash("status"), range("created"))
                .projection(projection(ProjectionType.ALL)).build(),
            GlobalSecondaryIndex.builder().indexName(KEYS_GSI).keySchema(hash("owner"))
                .projection(projection(ProjectionType.KEYS_ONLY)).build())
        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName(LSI)
            .keySchema(hash("pk"), range("created"))
            .projection(projection(ProjectionType.INCLUDE, "title")).build()));
    return name;
  }

  private void put(String table, Object... namesAndValues) {
    dynamo.putItem(b -> b.tableName(table).item(item(namesAndValues)));
  }

  private QueryResponse queryStatus(String table, String status) {
    return dynamo.query(b -> b.tableName(table).indexName(GSI)
        .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":s", s(status))));
  }

  @Test
  void query_onGsi_returnsItemsInIndexSortOrder() {
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "status", s("open"), "created", n("30"));
    put(table, "pk", s("b"), "sk", s("1"), "status", s("open"), "created", n("10"));
    put(table, "pk", s("c"), "sk", s("1"), "status", s("done"), "created", n("20"));
    put(table, "pk", s("d"), "sk", s("1"), "status", s("open"), "created", n("20"));
    assertThat(strings(queryStatus(table, "open").items(), "pk")).containsExactly("b", "d", "a");
  }

  @Test
  void query_onGsi_backwardsWithSortKeyConditionFilterAndProjection() {
    String table = indexedTable();
    for (int i = 1; i <= 6; i++) {
      put(table, "pk", s("p" + i), "sk", s("1"), "status", s("open"), "created", n("" + i),
          "even", AttributeValue.fromBool(i % 2 == 0));
    }
    QueryResponse response = dynamo.query(b -> b.tableName(table).indexName(GSI)
        .scanIndexForward(false)
        .keyConditionExpression("#s = :s AND created BETWEEN :lo AND :hi")
        .filterExpression("even = :t")
        .projectionExpression("pk, created")
        .expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":s", s("open"), ":lo", n("2"), ":hi", n("5"),
            ":t", AttributeValue.fromBool(true))));
    assertThat(response.items()).containsExactly(
        item("pk", s("p4"), "created", n("4")), item("pk", s("p2"), "created", n("2")));
    assertThat(response.scannedCount()).isEqualTo(4);
  }

  @Test
  void gsi_isSparse_itemsWithoutTheIndexKeyAreAbsent() {
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "status", s("open"), "created", n("1"));
    put(table, "pk", s("b"), "sk", s("1"), "status", s("open"));
    put(table, "pk", s("c"), "sk", s("1"));
    assertThat(dynamo.scan(b -> b.tableName(table).indexName(GSI)).items())
        .extracting(i -> i.get("pk").s()).containsExactly("a");
  }

  @Test
  void gsi_followsUpdatesAndDeletes() {
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "status", s("open"), "created", n("1"));
    dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a"), "sk", s("1")))
        .updateExpression("SET #s = :d").expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":d", s("done"))));
    assertThat(queryStatus(table, "open").items()).isEmpty();
    assertThat(strings(queryStatus(table, "done").items(), "pk")).containsExactly("a");
    dynamo.deleteItem(b -> b.tableName(table).key(item("pk", s("a"), "sk", s("1"))));
    assertThat(queryStatus(table, "done").items()).isEmpty();
  }

  @Test
  void gsi_allowsDuplicateIndexKeys() {
    String table = indexedTable();
    for (String pk : List.of("x", "y", "z")) {
      put(table, "pk", s(pk), "sk", s("1"), "owner", s("ada"));
    }
    QueryResponse response = dynamo.query(b -> b.tableName(table).indexName(KEYS_GSI)
        .keyConditionExpression("#o = :o").expressionAttributeNames(Map.of("#o", "owner"))
        .expressionAttributeValues(Map.of(":o", s("ada"))));
    assertThat(strings(response.items(), "pk")).containsExactlyInAnyOrder("x", "y", "z");
  }

  @Test
  void keysOnlyGsi_returnsOnlyTableAndIndexKeys() {
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "owner", s("ada"), "title", s("t"), "other", n("5"));
    QueryResponse response = dynamo.query(b -> b.tableName(table).indexName(KEYS_GSI)
        .keyConditionExpression("#o = :o").expressionAttributeNames(Map.of("#o", "owner"))
        .expressionAttributeValues(Map.of(":o", s("ada"))));
    assertThat(response.items()).containsExactly(
        item("pk", s("a"), "sk", s("1"), "owner", s("ada")));
  }

  @Test
  void includeLsi_projectsNonKeyAttributes_andAllAttributesFetchesFromTable() {
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "created", n("5"), "title", s("t"), "body", s("b"));
    QueryResponse projected = dynamo.query(b -> b.tableName(table).indexName(LSI)
        .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("a"))));
    assertThat(projected.items()).containsExactly(
        item("pk", s("a"), "sk", s("1"), "created", n("5"), "title", s("t")));
    QueryResponse all = dynamo.query(b -> b.tableName(table).indexName(LSI)
        .select(Select.ALL_ATTRIBUTES)
        .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("a"))));
    assertThat(all.items()).containsExactly(
        item("pk", s("a"), "sk", s("1"), "created", n("5"), "title", s("t"), "body", s("b")));
  }

  @Test
  void query_onGsi_selectAllAttributesWithoutAllProjection_isRejected() {
    String table = indexedTable();
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Select type"
            + " ALL_ATTRIBUTES is not supported for global secondary index " + KEYS_GSI
            + " because its projection type is not ALL",
        () -> dynamo.query(b -> b.tableName(table).indexName(KEYS_GSI)
            .select(Select.ALL_ATTRIBUTES)
            .keyConditionExpression("#o = :o").expressionAttributeNames(Map.of("#o", "owner"))
            .expressionAttributeValues(Map.of(":o", s("ada")))));
  }

  @Test
  void query_onGsi_consistentRead_isRejected() {
    assumeAwsBehaviourOnLocal("says 'Consistent read cannot be true when querying a GSI'");
    String table = indexedTable();
    assertFails(DynamoDbException.class,
        "Consistent reads are not supported on global secondary indexes",
        () -> dynamo.query(b -> b.tableName(table).indexName(GSI).consistentRead(true)
            .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
            .expressionAttributeValues(Map.of(":s", s("open")))));
  }

  @Test
  void query_unknownIndex_isRejected() {
    String table = indexedTable();
    assertFails(DynamoDbException.class, "The table does not have the specified index: nope",
        () -> dynamo.query(b -> b.tableName(table).indexName("nope")
            .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("a")))));
  }

  @Test
  void query_onGsi_pagesWithLastEvaluatedKeyHoldingIndexAndTableKeys() {
    String table = indexedTable();
    for (int i = 0; i < 7; i++) {
      put(table, "pk", s("p" + i), "sk", s("s"), "status", s("open"), "created", n("" + (i % 3)));
    }
    List<String> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    int pages = 0;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page = dynamo.query(b -> b.tableName(table).indexName(GSI).limit(2)
          .exclusiveStartKey(from)
          .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
          .expressionAttributeValues(Map.of(":s", s("open"))));
      seen.addAll(strings(page.items(), "pk"));
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
          ? page.lastEvaluatedKey() : null;
      if (start != null) {
        assertThat(start).containsOnlyKeys("pk", "sk", "status", "created");
      }
      pages++;
    } while (start != null && pages < 10);
    assertThat(seen).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void putItem_indexKeyOfWrongType_isRejectedAndNothingIsWritten() {
    assumeAwsBehaviourOnLocal("stops the message after 'Type mismatch for Index Key'");
    String table = indexedTable();
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Type"
            + " mismatch for Index Key status Expected: S Actual: N IndexName: " + GSI,
        () -> put(table, "pk", s("a"), "sk", s("1"), "status", n("1")));
    assertThat(dynamo.scan(b -> b.tableName(table)).count()).isZero();
  }

  @Test
  void batchWrite_oneItemWithWrongIndexKeyType_rejectsTheWholeBatch() {
    assumeAwsBehaviourOnLocal("stops the message after 'Type mismatch for Index Key'");
    String table = indexedTable();
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Type"
            + " mismatch for Index Key owner Expected: S Actual: N IndexName: " + KEYS_GSI,
        () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
            WriteRequest.builder().putRequest(p -> p.item(item("pk", s("a"), "sk", s("1"))))
                .build(),
            WriteRequest.builder().putRequest(p -> p.item(
                item("pk", s("b"), "sk", s("1"), "owner", n("7")))).build())))));
    assertThat(dynamo.scan(b -> b.tableName(table)).count()).isZero();
  }

  @Test
  void transactWrite_updateGivingAnIndexKeyTheWrongType_rejectsTheWholeTransaction() {
    assumeAwsBehaviourOnLocal("stops the message after 'Type mismatch for Index Key'");
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "owner", s("ada"));
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Type"
            + " mismatch for Index Key owner Expected: S Actual: N IndexName: " + KEYS_GSI,
        () -> dynamo.transactWriteItems(b -> b.transactItems(
            TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(item("pk", s("b"), "sk", s("1"), "owner", s("bob")))).build(),
            TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(item("pk", s("a"), "sk", s("1"))).updateExpression("SET #o = :n")
                .expressionAttributeNames(Map.of("#o", "owner"))
                .expressionAttributeValues(Map.of(":n", n("7")))).build())));
    assertThat(strings(dynamo.scan(b -> b.tableName(table).indexName(KEYS_GSI)).items(), "pk"))
        .containsExactly("a");
  }

  @Test
  void putItem_consumedCapacityIndexes_chargesEveryIndexTheItemEnters() {
    String table = indexedTable();
    ConsumedCapacity consumed = dynamo.putItem(b -> b.tableName(table)
        .item(item("pk", s("a"), "sk", s("1"), "status", s("open"), "created", n("1")))
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
    assertThat(consumed.capacityUnits()).isEqualTo(3.0);
    assertThat(consumed.table().capacityUnits()).isEqualTo(1.0);
    assertThat(consumed.globalSecondaryIndexes()).containsOnlyKeys(GSI);
    assertThat(consumed.globalSecondaryIndexes().get(GSI).capacityUnits()).isEqualTo(1.0);
    assertThat(consumed.localSecondaryIndexes().get(LSI).capacityUnits()).isEqualTo(1.0);
  }

  @Test
  void updateItem_movingTheIndexKey_chargesTheIndexTwice() {
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "owner", s("ada"));
    ConsumedCapacity consumed = dynamo.updateItem(b -> b.tableName(table)
        .key(item("pk", s("a"), "sk", s("1"))).updateExpression("SET #o = :o")
        .expressionAttributeNames(Map.of("#o", "owner"))
        .expressionAttributeValues(Map.of(":o", s("bob")))
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
    assertThat(consumed.globalSecondaryIndexes().get(KEYS_GSI).capacityUnits()).isEqualTo(2.0);
    assertThat(consumed.capacityUnits()).isEqualTo(3.0);
  }

  @Test
  void query_onGsi_consumedCapacityIndexes_isChargedToTheIndex() {
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "status", s("open"), "created", n("1"));
    ConsumedCapacity consumed = dynamo.query(b -> b.tableName(table).indexName(GSI)
        .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":s", s("open")))
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
    assertThat(consumed.capacityUnits()).isEqualTo(0.5);
    assertThat(consumed.globalSecondaryIndexes().get(GSI).capacityUnits()).isEqualTo(0.5);
  }

  @Test
  void putItem_returnItemCollectionMetrics_onTableWithLsi_reportsTheCollection() {
    assumeAwsBehaviourOnLocal("does not return ItemCollectionMetrics");
    String table = indexedTable();
    var response = dynamo.putItem(b -> b.tableName(table)
        .item(item("pk", s("a"), "sk", s("1"), "created", n("1")))
        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
    assertThat(response.itemCollectionMetrics().itemCollectionKey())
        .isEqualTo(item("pk", s("a")));
    assertThat(response.itemCollectionMetrics().sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
  }

  @Test
  void batchWrite_returnItemCollectionMetrics_listsEachCollectionOfTablesWithLsi() {
    assumeAwsBehaviourOnLocal("does not return ItemCollectionMetrics");
    String table = indexedTable();
    var response = dynamo.batchWriteItem(b -> b.returnItemCollectionMetrics(
            ReturnItemCollectionMetrics.SIZE)
        .requestItems(Map.of(table, List.of(
            WriteRequest.builder().putRequest(p -> p.item(item("pk", s("a"), "sk", s("1"))))
                .build(),
            WriteRequest.builder().putRequest(p -> p.item(item("pk", s("b"), "sk", s("1"))))
                .build()))));
    assertThat(response.itemCollectionMetrics().get(table))
        .extracting(m -> m.itemCollectionKey().get("pk").s()).containsExactly("a", "b");
  }

  @Test
  void transactWrite_returnItemCollectionMetrics_listsTheWrittenCollections() {
    assumeAwsBehaviourOnLocal("does not return ItemCollectionMetrics");
    String table = indexedTable();
    var response = dynamo.transactWriteItems(b -> b
        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
        .transactItems(TransactWriteItem.builder().put(p -> p.tableName(table)
            .item(item("pk", s("a"), "sk", s("1")))).build()));
    assertThat(response.itemCollectionMetrics().get(table))
        .extracting(m -> m.itemCollectionKey().get("pk").s()).containsExactly("a");
  }

  @Test
  void putItem_returnItemCollectionMetrics_onTableWithoutLsi_returnsNone() {
    String table = sortedTable();
    var response = dynamo.putItem(b -> b.tableName(table)
        .item(item("pk", s("a"), "sk", n("1")))
        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
    assertThat(response.itemCollectionMetrics()).isNull();
  }

  @Test
  void describeTable_reportsIndexesWithCountsAndArns() {
    String table = indexedTable();
    put(table, "pk", s("a"), "sk", s("1"), "status", s("open"), "created", n("1"));
    TableDescription description = dynamo.describeTable(b -> b.tableName(table)).table();
    assertThat(description.globalSecondaryIndexes()).hasSize(2);
    var gsi = description.globalSecondaryIndexes().stream()
        .filter(i -> i.indexName().equals(GSI)).findFirst().orElseThrow();
    assertThat(gsi.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
    assertThat(gsi.itemCount()).isEqualTo(1);
    assertThat(gsi.indexArn()).isEqualTo(description.tableArn() + "/index/" + GSI);
    assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.ALL);
    var lsi = description.localSecondaryIndexes().get(0);
    assertThat(lsi.indexName()).isEqualTo(LSI);
    assertThat(lsi.projection().nonKeyAttributes()).containsExactly("title");
    assertThat(lsi.itemCount()).isEqualTo(1);
  }

  @Test
  void updateTable_createGsi_backfillsExistingItems_thenDeleteRemovesIt() {
    assumeAwsBehaviourOnLocal("its background backfill races DescribeTable (seen once:"
        + " LocalDBAccessException 'no such column: indexKey_0')");
    String table = sortedTableWithStrings();
    put(table, "pk", s("a"), "sk", s("1"), "color", s("red"));
    put(table, "pk", s("b"), "sk", s("1"), "color", s("red"));
    put(table, "pk", s("c"), "sk", s("1"));
    dynamo.updateTable(b -> b.tableName(table)
        .attributeDefinitions(attribute("color", ScalarAttributeType.S))
        .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
            .create(c -> c.indexName("byColor").keySchema(hash("color"))
                .projection(projection(ProjectionType.ALL))).build()));
    dynamo.waiter().waitUntilTableExists(b -> b.tableName(table));
    QueryResponse red = activeIndexQuery(table);
    assertThat(strings(red.items(), "pk")).containsExactlyInAnyOrder("a", "b");
    dynamo.updateTable(b -> b.tableName(table)
        .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
            .delete(d -> d.indexName("byColor")).build()));
    assertThat(dynamo.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes())
        .noneMatch(i -> i.indexName().equals("byColor") && i.indexStatus() == IndexStatus.ACTIVE);
  }

  private QueryResponse activeIndexQuery(String table) {
    assertThat(dynamo.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes()
        .get(0).indexStatus()).isEqualTo(IndexStatus.ACTIVE);
    return dynamo.query(b -> b.tableName(table).indexName("byColor")
        .keyConditionExpression("color = :c").expressionAttributeValues(Map.of(":c", s("red"))));
  }

  private String sortedTableWithStrings() {
    return table("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
  }

  @Test
  void createTable_lsiOnTableWithoutSortKey_isRejected() {
    assumeAwsBehaviourOnLocal("says 'Local Secondary indices are not allowed on hash tables, only hash and range tables'");
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Table"
            + " KeySchema does not have a range key, which is required when specifying a"
            + " LocalSecondaryIndex",
        () -> dynamo.createTable(b -> b.tableName("lsi-no-range").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hash("pk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("x", ScalarAttributeType.S))
            .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi")
                .keySchema(hash("pk"), range("x"))
                .projection(projection(ProjectionType.ALL)).build())));
    assertThat(dynamo.listTables().tableNames()).doesNotContain("lsi-no-range");
  }

  @Test
  void createTable_unusedAttributeDefinition_withIndexes_isRejected() {
    assumeAwsBehaviourOnLocal("reports the key schema count mismatch instead");
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Some"
            + " AttributeDefinitions are not used. AttributeDefinitions: [pk, g, extra], keys"
            + " used: [pk, g]",
        () -> dynamo.createTable(gsiTable("unused-defs", "g", ProjectionType.ALL)
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("g", ScalarAttributeType.S), attribute("extra", ScalarAttributeType.S))
            .build()));
  }

  @Test
  void createTable_includeWithoutNonKeyAttributes_isRejected() {
    assumeAwsBehaviourOnLocal("has its own text for INCLUDE without NonKeyAttributes");
    assertFails(DynamoDbException.class, "One or more parameter values were invalid:"
            + " ProjectionType is INCLUDE, but NonKeyAttributes is not specified",
        () -> dynamo.createTable(gsiTable("include-none", "g", ProjectionType.INCLUDE).build()));
  }

  @Test
  void createTable_duplicateIndexName_isRejected() {
    assumeAwsBehaviourOnLocal("says 'Two global secondary indices have the same name'");
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: Duplicate index name: gsi1",
        () -> dynamo.createTable(b -> b.tableName("dup-index").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hash("pk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("g", ScalarAttributeType.S))
            .globalSecondaryIndexes(
                GlobalSecondaryIndex.builder().indexName("gsi1").keySchema(hash("g"))
                    .projection(projection(ProjectionType.ALL)).build(),
                GlobalSecondaryIndex.builder().indexName("gsi1").keySchema(hash("g"))
                    .projection(projection(ProjectionType.KEYS_ONLY)).build())));
  }

  @Test
  void createTable_twentyOneGsis_isRejected() {
    assumeAwsBehaviourOnLocal("omits the prefix and the figure from the message");
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      indexes.add(GlobalSecondaryIndex.builder().indexName("gsi" + i).keySchema(hash("g"))
          .projection(projection(ProjectionType.KEYS_ONLY)).build());
    }
    assertFails(DynamoDbException.class, "One or more parameter values were invalid:"
            + " GlobalSecondaryIndex count exceeds the per-table limit of 20",
        () -> dynamo.createTable(b -> b.tableName("many-gsis").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hash("pk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("g", ScalarAttributeType.S))
            .globalSecondaryIndexes(indexes)));
  }

  @Test
  void createTable_gsiThroughputOnDemand_isRejected() {
    assumeAwsBehaviourOnLocal("accepts index throughput on an on-demand table");
    assertFails(DynamoDbException.class, "One or more parameter values were invalid:"
            + " ProvisionedThroughput should not be specified for index: gsi1 when BillingMode is"
            + " PAY_PER_REQUEST",
        () -> dynamo.createTable(b -> b.tableName("gsi-throughput")
            .billingMode(BillingMode.PAY_PER_REQUEST).keySchema(hash("pk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("g", ScalarAttributeType.S))
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi1")
                .keySchema(hash("g")).projection(projection(ProjectionType.ALL))
                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))
                .build())));
  }

  private static CreateTableRequest.Builder gsiTable(String name, String key, ProjectionType type) {
    return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(hash("pk"))
        .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
            attribute(key, ScalarAttributeType.S))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi1")
            .keySchema(hash(key)).projection(projection(type)).build());
  }
}
