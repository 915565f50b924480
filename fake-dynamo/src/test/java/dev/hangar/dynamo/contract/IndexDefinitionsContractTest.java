package dev.hangar.dynamo.contract;

import static dev.hangar.dynamo.contract.IndexesContractTest.attribute;
import static dev.hangar.dynamo.contract.IndexesContractTest.hash;
import static dev.hangar.dynamo.contract.IndexesContractTest.projection;
import static dev.hangar.dynamo.contract.IndexesContractTest.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Invalid index definitions at CreateTable and UpdateTable get DynamoDB's errors and leave
 * nothing half-created; Scan on an index pages and splits into segments like a table scan.
 */
class IndexDefinitionsContractTest extends DynamoContract {

  private static LocalSecondaryIndex lsi(String name, String hashKey, String rangeKey) {
    return LocalSecondaryIndex.builder().indexName(name).keySchema(hash(hashKey), range(rangeKey))
        .projection(projection(ProjectionType.KEYS_ONLY)).build();
  }

  private void assertNoTable(String name) {
    assertThat(dynamo.listTables().tableNames()).doesNotContain(name);
  }

  @Test
  void createTable_sixLsis_isRejected() {
    assumeAwsBehaviourOnLocal("says 'Cannot have more than 5 local secondary indexes per table'");
    List<LocalSecondaryIndex> indexes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      indexes.add(lsi("lsi" + i, "pk", "x"));
    }
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Number of"
            + " LocalSecondaryIndexes exceeds per-table limit of 5",
        () -> dynamo.createTable(b -> b.tableName("six-lsis").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hash("pk"), range("sk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("sk", ScalarAttributeType.S), attribute("x", ScalarAttributeType.S))
            .localSecondaryIndexes(indexes)));
    assertNoTable("six-lsis");
  }

  @Test
  void createTable_lsiWithAnotherHashKey_isRejected() {
    assumeAwsBehaviourOnLocal("says 'Local Secondary indices must have the same hash key as the main table'");
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Index"
            + " KeySchema does not have the same leading hash key as table KeySchema for index:"
            + " lsi1. index hash key: x, table hash key: pk",
        () -> dynamo.createTable(b -> b.tableName("lsi-hash").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hash("pk"), range("sk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("sk", ScalarAttributeType.S), attribute("x", ScalarAttributeType.S))
            .localSecondaryIndexes(lsi("lsi1", "x", "sk"))));
    assertNoTable("lsi-hash");
  }

  @Test
  void createTable_keysOnlyWithNonKeyAttributes_isRejected() {
    assumeAwsBehaviourOnLocal("says 'No attributes should be specified to be projected unless projection type is INCLUDE'");
    assertFails(DynamoDbException.class, "One or more parameter values were invalid:"
            + " ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified",
        () -> dynamo.createTable(b -> b.tableName("keys-nonkey").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hash("pk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("g", ScalarAttributeType.S))
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi1")
                .keySchema(hash("g")).projection(projection(ProjectionType.KEYS_ONLY, "a"))
                .build())));
  }

  @Test
  void createTable_gsiKeyWithoutDefinition_isRejected() {
    assumeAwsBehaviourOnLocal("says 'Global Secondary Index hash key not specified in Attribute Definitions.Type unknown.'");
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Some index"
            + " key attributes are not defined in AttributeDefinitions. Keys: [missing],"
            + " AttributeDefinitions: [pk]",
        () -> dynamo.createTable(b -> b.tableName("gsi-undefined").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(hash("pk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S))
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi1")
                .keySchema(hash("missing")).projection(projection(ProjectionType.ALL)).build())));
  }

  @Test
  void createTable_provisionedGsiWithoutThroughput_isRejected() {
    assumeAwsBehaviourOnLocal("says 'No provisioned throughput specified for the global secondary index'");
    assertFails(DynamoDbException.class, "One or more parameter values were invalid:"
            + " ProvisionedThroughput is not specified for index: gsi1",
        () -> dynamo.createTable(b -> b.tableName("gsi-no-throughput")
            .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))
            .keySchema(hash("pk"))
            .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                attribute("g", ScalarAttributeType.S))
            .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi1")
                .keySchema(hash("g")).projection(projection(ProjectionType.ALL)).build())));
  }

  private String tableWithGsiAndLsi() {
    String name = "defs-" + System.nanoTime();
    dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(hash("pk"), range("sk"))
        .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
            attribute("sk", ScalarAttributeType.S), attribute("g", ScalarAttributeType.S))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi1")
            .keySchema(hash("g")).projection(projection(ProjectionType.ALL)).build())
        .localSecondaryIndexes(lsi("lsi1", "pk", "g")));
    return name;
  }

  @Test
  void updateTable_createExistingIndex_isRejected() {
    String table = tableWithGsiAndLsi();
    assertFails(DynamoDbException.class, "Attempting to create an index which already exists",
        () -> dynamo.updateTable(b -> b.tableName(table)
            .attributeDefinitions(attribute("g", ScalarAttributeType.S))
            .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c
                .indexName("gsi1").keySchema(hash("g"))
                .projection(projection(ProjectionType.ALL))).build())));
  }

  @Test
  void updateTable_deleteLsi_isRejected_andDeleteMissingIndex_isNotFound() {
    assumeAwsBehaviourOnLocal("leaves the index name out of 'Cannot delete an index that is not a GlobalSecondaryIndex'");
    String table = tableWithGsiAndLsi();
    assertFails(DynamoDbException.class,
        "Cannot delete an index that is not a GlobalSecondaryIndex: lsi1",
        () -> dynamo.updateTable(b -> b.tableName(table).globalSecondaryIndexUpdates(
            GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("lsi1")).build())));
    assertFails(ResourceNotFoundException.class,
        "Requested resource not found: Index ghost for table " + table,
        () -> dynamo.updateTable(b -> b.tableName(table).globalSecondaryIndexUpdates(
            GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("ghost")).build())));
    assertThat(dynamo.describeTable(b -> b.tableName(table)).table().localSecondaryIndexes())
        .hasSize(1);
  }

  @Test
  void updateTable_twoIndexCreatesAtOnce_isLimitExceeded_andNothingIsCreated() {
    String table = tableWithGsiAndLsi();
    assertFails(LimitExceededException.class, "Subscriber limit exceeded: Only 1 online index"
            + " can be created or deleted simultaneously per table",
        () -> dynamo.updateTable(b -> b.tableName(table)
            .attributeDefinitions(attribute("a", ScalarAttributeType.S),
                attribute("c", ScalarAttributeType.S))
            .globalSecondaryIndexUpdates(
                GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byA")
                    .keySchema(hash("a")).projection(projection(ProjectionType.ALL))).build(),
                GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byC")
                    .keySchema(hash("c")).projection(projection(ProjectionType.ALL))).build())));
    assertThat(dynamo.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes())
        .hasSize(1);
  }

  @Test
  void scan_onGsi_pagesAndSegmentsCoverEveryEntryOnce() {
    String table = tableWithGsiAndLsi();
    for (int i = 0; i < 30; i++) {
      String pk = "p" + i;
      dynamo.putItem(b -> b.tableName(table).item(
          item("pk", s(pk), "sk", s("s"), "g", s("g" + (pk.hashCode() % 4)))));
    }
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("sparse"), "sk", s("s"))));
    Set<String> seen = new HashSet<>();
    for (int segment = 0; segment < 3; segment++) {
      int current = segment;
      Map<String, AttributeValue> start = null;
      do {
        Map<String, AttributeValue> from = start;
        ScanResponse page = dynamo.scan(b -> b.tableName(table).indexName("gsi1").limit(4)
            .segment(current).totalSegments(3).exclusiveStartKey(from));
        for (String pk : strings(page.items(), "pk")) {
          assertThat(seen.add(pk)).as("seen once: " + pk).isTrue();
        }
        start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
            ? page.lastEvaluatedKey() : null;
      } while (start != null);
    }
    assertThat(seen).hasSize(30).doesNotContain("sparse");
  }
}
