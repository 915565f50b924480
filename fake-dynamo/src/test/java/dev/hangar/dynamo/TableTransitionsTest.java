package dev.hangar.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** {@link FakeDynamo.Builder#tableTransitions}: CREATING, UPDATING, DELETING on the harness clock. */
class TableTransitionsTest {
  private static final Duration TAKES = Duration.ofSeconds(30);
  private final HarnessClock clock = HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
  private Harness harness;
  private DynamoDbClient dynamo;

  @BeforeEach
  void start() {
    Harness.selectTransport();
    harness = Harness.builder()
        .service(FakeDynamo.builder().tableTransitions(TAKES).build())
        .clock(clock)
        .build();
    dynamo = DynamoDbClient.builder().endpointOverride(harness.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
  }

  @AfterEach
  void stop() {
    dynamo.close();
    harness.close();
  }

  private TableStatus status() {
    return dynamo.describeTable(b -> b.tableName("orders")).table().tableStatus();
  }

  private void createTable() {
    dynamo.createTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
            .attributeType(ScalarAttributeType.S).build()));
  }

  private void put() {
    dynamo.putItem(b -> b.tableName("orders").item(Map.of("pk", AttributeValue.fromS("a"),
        "color", AttributeValue.fromS("red"))));
  }

  @Test
  void createTable_isCreatingUntilTheClockAdvances_andItsItemsAreNotFoundMeanwhile() {
    createTable();
    assertThat(status()).isEqualTo(TableStatus.CREATING);
    ResourceNotFoundException thrown = catchThrowableOfType(ResourceNotFoundException.class,
        this::put);
    assertThat(thrown.awsErrorDetails().errorMessage()).isEqualTo("Requested resource not found");
    clock.advance(TAKES);
    assertThat(status()).isEqualTo(TableStatus.ACTIVE);
    put();
  }

  @Test
  void updateTable_addingAnIndex_isUpdatingWithTheIndexCreatingAndBackfilling() {
    createTable();
    clock.advance(TAKES);
    put();
    dynamo.updateTable(b -> b.tableName("orders")
        .attributeDefinitions(AttributeDefinition.builder().attributeName("color")
            .attributeType(ScalarAttributeType.S).build())
        .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c
            .indexName("byColor")
            .keySchema(KeySchemaElement.builder().attributeName("color").keyType(KeyType.HASH)
                .build())
            .projection(p -> p.projectionType(ProjectionType.ALL))).build()));
    assertThat(status()).isEqualTo(TableStatus.UPDATING);
    GlobalSecondaryIndexDescription index =
        dynamo.describeTable(b -> b.tableName("orders")).table().globalSecondaryIndexes().get(0);
    assertThat(index.indexStatus()).isEqualTo(IndexStatus.CREATING);
    assertThat(index.backfilling()).isTrue();
    assertThatThrownBy(() -> dynamo.updateTable(b -> b.tableName("orders").deletionProtectionEnabled(true)))
        .isInstanceOf(ResourceInUseException.class)
        .hasMessageStartingWith("Attempt to change a resource which is still in use: Table is"
            + " being updated: orders");
    clock.advance(TAKES);
    assertThat(status()).isEqualTo(TableStatus.ACTIVE);
    assertThat(dynamo.describeTable(b -> b.tableName("orders")).table().globalSecondaryIndexes().get(0)
        .indexStatus()).isEqualTo(IndexStatus.ACTIVE);
  }

  @Test
  void deleteTable_isDeletingAndListedUntilTheClockAdvances_thenGone() {
    createTable();
    clock.advance(TAKES);
    assertThat(dynamo.deleteTable(b -> b.tableName("orders")).tableDescription().tableStatus())
        .isEqualTo(TableStatus.DELETING);
    assertThat(status()).isEqualTo(TableStatus.DELETING);
    assertThat(dynamo.listTables().tableNames()).containsExactly("orders");
    assertThatThrownBy(this::put).isInstanceOf(ResourceNotFoundException.class);
    clock.advance(TAKES);
    assertThat(dynamo.listTables().tableNames()).isEmpty();
    assertThatThrownBy(this::status).isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Requested resource not found: Table: orders not found");
  }

  @Test
  void builder_negativeDuration_isRefusedWithTheOptionNamed() {
    assertThatThrownBy(() -> FakeDynamo.builder().tableTransitions(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FakeDynamo.Builder.tableTransitions");
  }
}
