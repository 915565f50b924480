package dev.hangar.dynamo.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.DeliveryMode;
import dev.hangar.harness.lambda.EventSourceMapping;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.StartingPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * A write to a table triggers a function through the table's stream; the function writes to
 * another table; the test sees both, with no sleeps.
 */
class StreamTriggerTest {
  private Harness harness;
  private FakeDynamo fake;
  private Harness.Activation activation;
  private DynamoDbClient dynamo;
  private String ordersStream;

  @BeforeEach
  void start() {
    Harness.selectTransport();
    fake = FakeDynamo.create();
    harness = Harness.builder().service(fake)
        .clock(HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z"))).build();
    activation = harness.activate();
    dynamo = DynamoDbClient.builder().endpointOverride(harness.endpoint())
        .region(Region.of(harness.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
    ordersStream = createTable("orders", true);
    createTable("audit", false);
    harness.lambda().register(
        FunctionDefinition.builder("auditor").handler(OrderAuditor.class).build());
    harness.lambda().eventSources().create(EventSourceMapping.builder(
        "auditor", ordersStream, StartingPosition.TRIM_HORIZON).build());
  }

  @AfterEach
  void stop() {
    dynamo.close();
    activation.close();
    harness.close();
  }

  private String createTable(String name, boolean stream) {
    return dynamo.createTable(b -> {
      b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
          .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
              .attributeType(ScalarAttributeType.S).build());
      if (stream) {
        b.streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE));
      }
    }).tableDescription().latestStreamArn();
  }

  private List<Map<String, AttributeValue>> audit() {
    return dynamo.scan(b -> b.tableName("audit")).items();
  }

  private void putOrder(String id) {
    dynamo.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS(id))));
  }

  @Test
  void writeTriggersFunction_whichWritesAnotherTable_onDrain() {
    putOrder("o-1");
    assertThat(audit()).isEmpty();
    harness.lambda().eventSources().drain();
    assertThat(dynamo.getItem(b -> b.tableName("orders")
        .key(Map.of("id", AttributeValue.fromS("o-1")))).hasItem()).isTrue();
    assertThat(audit()).singleElement().satisfies(item -> {
      assertThat(item.get("id").s()).startsWith("o-1#1");
      assertThat(item.get("event").s()).isEqualTo("INSERT");
      assertThat(item.get("by").s()).isEqualTo("user");
      assertThat(item.get("source").s()).isEqualTo(ordersStream);
    });
  }

  @Test
  void trigger_afterRestoringTheTable_receivesTheChangesSinceTheRestore_andNothingTwice() {
    putOrder("o-1");
    harness.lambda().eventSources().drain();
    var snapshot = fake.snapshot("orders");
    putOrder("o-2");
    harness.lambda().eventSources().drain();
    fake.restore(snapshot);
    putOrder("o-3");
    harness.lambda().eventSources().drain();
    assertThat(audit()).extracting(item -> item.get("id").s().split("#")[0])
        .containsExactlyInAnyOrder("o-1", "o-2", "o-3");
    assertThat(dynamo.describeTable(b -> b.tableName("orders")).table().latestStreamArn())
        .isEqualTo(ordersStream);
  }

  @Test
  void onAppendDelivery_runsTheTriggerInsideTheWrite() {
    harness.lambda().eventSources().deliveryMode(DeliveryMode.ON_APPEND);
    putOrder("o-1");
    putOrder("o-2");
    assertThat(audit()).extracting(item -> item.get("event").s()).containsExactly("INSERT", "INSERT");
  }

  @Test
  void timeToLiveDeletion_reachesTheTrigger_asAServiceRemoval() {
    dynamo.updateTimeToLive(b -> b.tableName("orders")
        .timeToLiveSpecification(s -> s.enabled(true).attributeName("expires")));
    long soon = harness.clock().now().getEpochSecond() + 60;
    dynamo.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("o-9"),
        "expires", AttributeValue.fromN(Long.toString(soon)))));
    harness.clock().advance(Duration.ofMinutes(5));
    harness.lambda().eventSources().drain();
    assertThat(audit()).extracting(item -> item.get("event").s() + " by " + item.get("by").s())
        .containsExactlyInAnyOrder("INSERT by user", "REMOVE by Service");
  }
}
