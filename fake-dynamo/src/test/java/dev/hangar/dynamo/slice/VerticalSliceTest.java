package dev.hangar.dynamo.slice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.LoopbackEndpoint;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Issue 2's vertical slice: unconfigured clients, isolated harnesses, the loopback endpoint. */
class VerticalSliceTest {

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  private static DynamoDbClient clientFor(URI endpoint, boolean urlConnection) {
    var builder = DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")));
    if (urlConnection) {
      builder.httpClient(UrlConnectionHttpClient.create());
    }
    return builder.build();
  }

  private static void createUsers(DynamoDbClient client) {
    client.createTable(b -> b.tableName("users").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
            .attributeType(ScalarAttributeType.S).build()));
  }

  @Test
  void handlerWithUnconfiguredClient_reachesTheActiveHarness() {
    try (Harness harness = Harness.builder().service(FakeDynamo.create()).build();
        Harness.Activation active = harness.activate()) {
      try (DynamoDbClient setup = clientFor(harness.endpoint(), false)) {
        createUsers(setup);
      }
      UserStoreHandler handler = new UserStoreHandler();
      assertThat(handler.saveAndLoad("users", "u1", "Ada")).isEqualTo("Ada");
      handler.close();
    }
  }

  @Test
  void twoHarnesses_eachHoldTheirOwnTableOfTheSameName() {
    try (Harness first = Harness.builder().service(FakeDynamo.create()).build();
        Harness second = Harness.builder().service(FakeDynamo.create()).build();
        DynamoDbClient one = clientFor(first.endpoint(), false);
        DynamoDbClient two = clientFor(second.endpoint(), false)) {
      createUsers(one);
      createUsers(two);
      one.putItem(b -> b.tableName("users").item(Map.of(
          "id", AttributeValue.fromS("u1"), "name", AttributeValue.fromS("first"))));
      two.putItem(b -> b.tableName("users").item(Map.of(
          "id", AttributeValue.fromS("u1"), "name", AttributeValue.fromS("second"))));
      assertThat(one.getItem(b -> b.tableName("users").key(Map.of("id", AttributeValue.fromS("u1"))))
          .item().get("name").s()).isEqualTo("first");
      assertThat(two.getItem(b -> b.tableName("users").key(Map.of("id", AttributeValue.fromS("u1"))))
          .item().get("name").s()).isEqualTo("second");
    }
  }

  @Test
  void loopbackEndpoint_servesTheSameCallsOverHttp() {
    try (Harness harness = Harness.builder().service(FakeDynamo.create()).build();
        LoopbackEndpoint endpoint = harness.serveOnLoopback(0);
        DynamoDbClient overHttp = clientFor(endpoint.uri(), true);
        DynamoDbClient inProcess = clientFor(harness.endpoint(), false)) {
      createUsers(overHttp);
      overHttp.putItem(b -> b.tableName("users").item(Map.of(
          "id", AttributeValue.fromS("u1"), "name", AttributeValue.fromS("Grace"))));
      assertThat(inProcess.getItem(b -> b.tableName("users")
          .key(Map.of("id", AttributeValue.fromS("u1")))).item().get("name").s())
          .isEqualTo("Grace");
      assertThat(overHttp.describeTable(b -> b.tableName("users")).table().itemCount())
          .isEqualTo(1);
    }
  }

  @Test
  void asyncClient_reachesTheFakeInProcess() throws Exception {
    try (Harness harness = Harness.builder().service(FakeDynamo.create()).build();
        DynamoDbAsyncClient async = DynamoDbAsyncClient.builder()
            .endpointOverride(harness.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .build()) {
      async.createTable(b -> b.tableName("users").billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
          .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
              .attributeType(ScalarAttributeType.S).build())).get(30, TimeUnit.SECONDS);
      async.putItem(b -> b.tableName("users").item(Map.of(
          "id", AttributeValue.fromS("u1"), "name", AttributeValue.fromS("Async"))))
          .get(30, TimeUnit.SECONDS);
      assertThat(async.getItem(b -> b.tableName("users")
          .key(Map.of("id", AttributeValue.fromS("u1")))).get(30, TimeUnit.SECONDS)
          .item().get("name").s()).isEqualTo("Async");
    }
  }

  @Test
  void reset_removesEveryTable() {
    FakeDynamo dynamo = FakeDynamo.create();
    try (Harness harness = Harness.builder().service(dynamo).build();
        DynamoDbClient client = clientFor(harness.endpoint(), false)) {
      createUsers(client);
      dynamo.reset();
      assertThat(client.listTables().tableNames()).isEmpty();
      createUsers(client);
      assertThat(client.listTables().tableNames()).containsExactly("users");
    }
  }

  @Test
  void oneFake_inTwoHarnesses_failsWithAMessageSayingWhatToDo() {
    FakeDynamo dynamo = FakeDynamo.create();
    try (Harness first = Harness.builder().service(dynamo).build()) {
      assertThat(first.service(FakeDynamo.class)).isSameAs(dynamo);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Harness.builder().service(dynamo).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("This FakeDynamo already belongs to a harness; give each harness its own"
              + " FakeDynamo.create()");
    }
  }
}
