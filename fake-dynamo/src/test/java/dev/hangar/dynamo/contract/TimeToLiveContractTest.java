package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** UpdateTimeToLive, DescribeTimeToLive and the deletion of expired items. */
class TimeToLiveContractTest extends DynamoContract {
  private static final String NO_TTL_DELETION =
      "DynamoDB Local never deletes expired items and its clock cannot be moved by the test";

  void enable(String table, String attribute) {
    dynamo.updateTimeToLive(b -> b.tableName(table)
        .timeToLiveSpecification(s -> s.enabled(true).attributeName(attribute)));
  }

  TimeToLiveDescription describe(String table) {
    return dynamo.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
  }

  long nowSeconds() {
    return target.harness().clock().now().getEpochSecond();
  }

  Map<String, AttributeValue> get(String table, String pk) {
    var response = dynamo.getItem(b -> b.tableName(table).key(Map.of("pk", s(pk))));
    return response.hasItem() ? response.item() : null;
  }

  @Test
  void describeTimeToLive_newTable_isDisabled_thenEnabledWithAttribute() {
    String table = hashTable();
    assertThat(describe(table).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
    assertThat(describe(table).attributeName()).isNull();
    var response = dynamo.updateTimeToLive(b -> b.tableName(table)
        .timeToLiveSpecification(s -> s.enabled(true).attributeName("expires")));
    assertThat(response.timeToLiveSpecification().enabled()).isTrue();
    assertThat(response.timeToLiveSpecification().attributeName()).isEqualTo("expires");
    assertThat(describe(table).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
    assertThat(describe(table).attributeName()).isEqualTo("expires");
  }

  @Test
  void updateTimeToLive_repeatedOrConflicting_isValidationError() {
    String table = hashTable();
    assertFails(DynamoDbException.class, "TimeToLive is already disabled",
        () -> dynamo.updateTimeToLive(b -> b.tableName(table)
            .timeToLiveSpecification(s -> s.enabled(false).attributeName("expires"))));
    enable(table, "expires");
    assertFails(DynamoDbException.class, "TimeToLive is already enabled",
        () -> enable(table, "expires"));
    assertFails(DynamoDbException.class, "TimeToLive is active on a different AttributeName",
        () -> enable(table, "other"));
    assertFails(DynamoDbException.class, "TimeToLive is active on a different AttributeName",
        () -> dynamo.updateTimeToLive(b -> b.tableName(table)
            .timeToLiveSpecification(s -> s.enabled(false).attributeName("other"))));
    assertThat(describe(table).attributeName()).isEqualTo("expires");
  }

  @Test
  void updateTimeToLive_twiceWithinAnHour_isRefused() {
    assumeAwsBehaviourOnLocal("it lets Time to Live change again at once");
    String table = hashTable();
    enable(table, "expires");
    assertFails(DynamoDbException.class,
        "Time to live has been modified multiple times within a fixed interval",
        () -> dynamo.updateTimeToLive(b -> b.tableName(table)
            .timeToLiveSpecification(s -> s.enabled(false).attributeName("expires"))));
    target.harness().clock().advance(Duration.ofHours(1));
    dynamo.updateTimeToLive(b -> b.tableName(table)
        .timeToLiveSpecification(s -> s.enabled(false).attributeName("expires")));
    assertThat(describe(table).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
  }

  @Test
  void updateTimeToLive_missingMembers_failModelValidation() {
    assumeAwsBehaviourOnLocal("it words these as 'AttributeName cannot be null when time to live"
        + " is being enabled' and 'TimeToLiveSpecification cannot be null'");
    String table = hashTable();
    assertFails(DynamoDbException.class, "1 validation error detected: Value null at"
            + " 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be"
            + " null",
        () -> dynamo.updateTimeToLive(b -> b.tableName(table)
            .timeToLiveSpecification(s -> s.attributeName("expires"))));
    assertFails(DynamoDbException.class, "1 validation error detected: Value null at"
            + " 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null",
        () -> dynamo.updateTimeToLive(b -> b.tableName(table)));
    assertFails(ResourceNotFoundException.class,
        "Requested resource not found: Table: no-such-table not found",
        () -> dynamo.describeTimeToLive(b -> b.tableName("no-such-table")));
  }

  @Test
  void expiredItems_deletedWhenClockAdvances_withServiceRemoveRecord() {
    assumeAwsBehaviourOnLocal(NO_TTL_DELETION);
    String table = hashTable();
    dynamo.updateTable(b -> b.tableName(table).streamSpecification(
        s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
    enable(table, "expires");
    long now = nowSeconds();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("soon"), "expires", n(now + 60 + ""))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("later"), "expires", n(now + 7200 + ""))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("text"), "expires", s(now - 10 + ""))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("none"))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("ancient"),
        "expires", n(now - Duration.ofDays(6 * 365).getSeconds() + ""))));
    target.harness().clock().advance(Duration.ofMinutes(2));
    assertThat(get(table, "soon")).isNull();
    assertThat(get(table, "later")).isNotNull();
    assertThat(get(table, "text")).isNotNull();
    assertThat(get(table, "none")).isNotNull();
    assertThat(get(table, "ancient")).isNotNull();
    String arn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    var streams = target.streams();
    String shardId = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()
        .get(0).shardId();
    String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shardId)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    List<Record> records = streams.getRecords(b -> b.shardIterator(iterator)).records();
    Record removal = records.get(records.size() - 1);
    assertThat(removal.eventName()).isEqualTo(OperationType.REMOVE);
    assertThat(removal.dynamodb().keys()).isEqualTo(Map.of("pk", s("soon")));
    assertThat(removal.userIdentity().type()).isEqualTo("Service");
    assertThat(removal.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(records.subList(0, records.size() - 1))
        .allSatisfy(r -> assertThat(r.userIdentity()).isNull());
  }

  @Test
  void expiredItems_areStillReturnedUntilDeleted_thenExpireItemsDeletesThem() {
    assumeAwsBehaviourOnLocal(NO_TTL_DELETION);
    String table = hashTable();
    enable(table, "expires");
    long now = nowSeconds();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("past"), "expires", n(now - 1 + ""))));
    assertThat(get(table, "past")).isNotNull();
    assertThat(dynamo.scan(b -> b.tableName(table)).count()).isEqualTo(1);
    FakeDynamo fake = target.harness().service(FakeDynamo.class);
    assertThat(fake.expireItems()).isEqualTo(1);
    assertThat(get(table, "past")).isNull();
    assertThat(fake.expireItems()).isZero();
  }

  @Test
  void itemsWrittenBeforeTimeToLiveWasEnabled_expireToo() {
    assumeAwsBehaviourOnLocal(NO_TTL_DELETION);
    String table = hashTable();
    long now = nowSeconds();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("old"), "expires", n(now - 5 + ""))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("moved"), "expires", n(now - 5 + ""))));
    enable(table, "expires");
    dynamo.updateItem(b -> b.tableName(table).key(Map.of("pk", s("moved")))
        .updateExpression("SET expires = :e").expressionAttributeValues(Map.of(":e", n(now + 999 + ""))));
    assertThat(target.harness().service(FakeDynamo.class).expireItems()).isEqualTo(1);
    assertThat(get(table, "old")).isNull();
    assertThat(get(table, "moved")).isNotNull();
  }

  @Test
  void hideExpiredItems_option_neverReturnsExpiredItems() {
    assumeAwsBehaviourOnLocal(NO_TTL_DELETION);
    try (Harness harness = Harness.builder()
        .service(FakeDynamo.builder().hideExpiredItems(true).build())
        .clock(HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z")))
        .build();
        DynamoDbClient client = DynamoDbClient.builder()
            .endpointOverride(harness.endpoint())
            .region(Region.of(harness.region()))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .build()) {
      client.createTable(b -> b.tableName("hidden").billingMode("PAY_PER_REQUEST")
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType("HASH").build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("pk").attributeType("S").build()));
      client.updateTimeToLive(b -> b.tableName("hidden")
          .timeToLiveSpecification(s -> s.enabled(true).attributeName("expires")));
      long now = harness.clock().now().getEpochSecond();
      client.putItem(b -> b.tableName("hidden").item(item("pk", s("a"), "expires", n(now + 1 + ""))));
      assertThat(client.getItem(b -> b.tableName("hidden").key(Map.of("pk", s("a")))).hasItem())
          .isTrue();
      // A fixed clock moved with set() also fires the listeners; this checks the request path.
      harness.clock().set(Instant.ofEpochSecond(now + 2));
      client.putItem(b -> b.tableName("hidden").item(item("pk", s("b"), "expires", n(now + 1 + ""))));
      assertThat(client.getItem(b -> b.tableName("hidden").key(Map.of("pk", s("b")))).hasItem())
          .isFalse();
      assertThat(client.scan(b -> b.tableName("hidden")).count()).isZero();
    }
  }
}
