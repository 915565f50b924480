package dev.hangar.dynamo.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Random sequences of puts, updates, deletes, batches and transactions (seeded, so a failure
 * repeats), then the index invariant: every index holds exactly the projection of the base items
 * that have its key. A GSI added half-way through is backfilled and then maintained too.
 */
class IndexInvariantPropertyTest {
  private static final String TABLE = "orders";
  private static final List<String> STATUSES = List.of("open", "done", "late");

  private FakeDynamo fake;
  private Harness harness;
  private DynamoDbClient dynamo;

  @BeforeEach
  void start() {
    Harness.selectTransport();
    fake = FakeDynamo.create();
    harness = Harness.builder().service(fake).build();
    dynamo = DynamoDbClient.builder().endpointOverride(harness.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
    dynamo.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
        .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
            attribute("sk", ScalarAttributeType.N), attribute("status", ScalarAttributeType.S),
            attribute("amount", ScalarAttributeType.N), attribute("owner", ScalarAttributeType.B))
        .globalSecondaryIndexes(
            GlobalSecondaryIndex.builder().indexName("byStatus")
                .keySchema(key("status", KeyType.HASH), key("amount", KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                    .nonKeyAttributes("note").build()).build(),
            GlobalSecondaryIndex.builder().indexName("byOwner")
                .keySchema(key("owner", KeyType.HASH))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                .build())
        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byAmount")
            .keySchema(key("pk", KeyType.HASH), key("amount", KeyType.RANGE))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
            .build()));
  }

  @AfterEach
  void stop() {
    dynamo.close();
    harness.close();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void randomWrites_keepEveryIndexTheProjectionOfItsBaseItems(long seed) {
    Random random = new Random(seed);
    for (int step = 0; step < 200; step++) {
      if (step == 100) {
        addNoteIndex();
      }
      randomWrite(random);
    }
    assertThat(fake.indexViolations()).isEmpty();
    int indexed = dynamo.describeTable(b -> b.tableName(TABLE)).table().globalSecondaryIndexes()
        .size();
    assertThat(indexed).isEqualTo(3);
  }

  @org.junit.jupiter.api.Test
  void concurrentRandomWriters_leaveEveryIndexConsistent() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        long seed = 100 + t;
        writers.add(pool.submit(() -> {
          Random random = new Random(seed);
          for (int step = 0; step < 80; step++) {
            randomWrite(random);
          }
        }));
      }
      addNoteIndex();
      for (java.util.concurrent.Future<?> writer : writers) {
        writer.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fake.indexViolations()).isEmpty();
  }

  private void addNoteIndex() {
    dynamo.updateTable(b -> b.tableName(TABLE)
        .attributeDefinitions(attribute("note", ScalarAttributeType.S))
        .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c
            .indexName("byNote").keySchema(key("note", KeyType.HASH))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))
            .build()));
  }

  private void randomWrite(Random random) {
    try {
      switch (random.nextInt(6)) {
        case 0, 1 -> dynamo.putItem(b -> b.tableName(TABLE).item(randomItem(random)));
        case 2 -> update(random);
        case 3 -> dynamo.deleteItem(b -> b.tableName(TABLE).key(randomKey(random)));
        case 4 -> batch(random);
        default -> transaction(random);
      }
    } catch (DynamoDbException expected) {
      // Type mismatches, duplicate keys in one request, conflicts: rejected writes change nothing.
    }
  }

  private void update(Random random) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":s", AttributeValue.fromS(STATUSES.get(random.nextInt(3))));
    values.put(":n", AttributeValue.fromS("note" + random.nextInt(4)));
    String expression = switch (random.nextInt(4)) {
      case 0 -> "SET #s = :s";
      case 1 -> "REMOVE #s, note";
      case 2 -> "SET note = :n";
      default -> "SET #s = :s, note = :n REMOVE amount";
    };
    Map<String, AttributeValue> used = new HashMap<>();
    if (expression.contains(":s")) {
      used.put(":s", values.get(":s"));
    }
    if (expression.contains(":n")) {
      used.put(":n", values.get(":n"));
    }
    dynamo.updateItem(b -> {
      b.tableName(TABLE).key(randomKey(random)).updateExpression(expression);
      if (expression.contains("#s")) {
        b.expressionAttributeNames(Map.of("#s", "status"));
      }
      if (!used.isEmpty()) {
        b.expressionAttributeValues(used);
      }
    });
  }

  private void batch(Random random) {
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(5); i++) {
      writes.add(random.nextBoolean()
          ? WriteRequest.builder().putRequest(p -> p.item(randomItem(random))).build()
          : WriteRequest.builder().deleteRequest(d -> d.key(randomKey(random))).build());
    }
    dynamo.batchWriteItem(b -> b.requestItems(Map.of(TABLE, writes)));
  }

  private void transaction(Random random) {
    List<TransactWriteItem> actions = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      actions.add(random.nextBoolean()
          ? TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(randomItem(random)))
              .build()
          : TransactWriteItem.builder().delete(d -> d.tableName(TABLE).key(randomKey(random)))
              .build());
    }
    dynamo.transactWriteItems(b -> b.transactItems(actions));
  }

  private static Map<String, AttributeValue> randomKey(Random random) {
    Map<String, AttributeValue> key = new HashMap<>();
    key.put("pk", AttributeValue.fromS("p" + random.nextInt(6)));
    key.put("sk", AttributeValue.fromN(String.valueOf(random.nextInt(5))));
    return key;
  }

  private static Map<String, AttributeValue> randomItem(Random random) {
    Map<String, AttributeValue> item = randomKey(random);
    if (random.nextInt(4) > 0) {
      item.put("status", random.nextInt(10) == 0 ? AttributeValue.fromN("1")
          : AttributeValue.fromS(STATUSES.get(random.nextInt(3))));
    }
    if (random.nextInt(3) > 0) {
      item.put("amount", AttributeValue.fromN(String.valueOf(random.nextInt(20))));
    }
    if (random.nextBoolean()) {
      item.put("owner", AttributeValue.fromB(
          software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {(byte) random.nextInt(3)})));
    }
    if (random.nextBoolean()) {
      item.put("note", AttributeValue.fromS("note" + random.nextInt(4)));
    }
    if (random.nextBoolean()) {
      item.put("payload", AttributeValue.fromS("x".repeat(random.nextInt(50))));
    }
    return item;
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }
}
