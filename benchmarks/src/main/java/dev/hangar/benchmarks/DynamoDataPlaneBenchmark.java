package dev.hangar.benchmarks;

import static dev.hangar.benchmarks.DataPlaneItems.item;
import static dev.hangar.benchmarks.DataPlaneItems.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The data plane through the SDK v2 {@code DynamoDbClient} interface, one thread: Hangar against
 * DynamoDB Local's embedded mode and against DynamoDB Local's server over loopback (see {@link
 * DynamoTargets}). The table holds one partition of 10,000 items (for the Query
 * of 100) plus the items the writes touch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djmh.shutdownTimeout=1"})
public class DynamoDataPlaneBenchmark {
  static final String TABLE = "bench";
  static final int PARTITION_ITEMS = 10_000;

  @Param({DynamoTargets.HANGAR, DynamoTargets.LOCAL, DynamoTargets.LOCAL_HTTP})
  public String target;

  private DynamoTargets.Target open;
  private DynamoDbClient client;
  private int counter;

  @Setup(Level.Trial)
  public void setUp() {
    open = DynamoTargets.open(target);
    client = open.client();
    client.createTable(
        b ->
            b.tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build(),
                    AttributeDefinition.builder()
                        .attributeName("sk")
                        .attributeType(ScalarAttributeType.N)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                    KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    List<WriteRequest> batch = new ArrayList<>();
    for (int i = 0; i < PARTITION_ITEMS; i++) {
      batch.add(
          WriteRequest.builder()
              .putRequest(PutRequest.builder().item(item("big", i)).build())
              .build());
      if (batch.size() == 25) {
        writeAll(batch);
        batch.clear();
      }
    }
    client.putItem(b -> b.tableName(TABLE).item(item("counter", 0)));
  }

  private void writeAll(List<WriteRequest> batch) {
    Map<String, List<WriteRequest>> pending = Map.of(TABLE, List.copyOf(batch));
    while (!pending.isEmpty()) {
      Map<String, List<WriteRequest>> request = pending;
      pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    open.close();
  }

  @Benchmark
  public GetItemResponse getItem() {
    return client.getItem(b -> b.tableName(TABLE).key(key("big", counter++ % PARTITION_ITEMS)));
  }

  @Benchmark
  public PutItemResponse putItem() {
    return client.putItem(b -> b.tableName(TABLE).item(item("puts", counter++ % 100_000)));
  }

  @Benchmark
  public UpdateItemResponse updateItemWithCondition() {
    return client.updateItem(
        b ->
            b.tableName(TABLE)
                .key(key("counter", 0))
                .updateExpression("SET n = n + :one")
                .conditionExpression("attribute_exists(pk) AND n >= :zero")
                .expressionAttributeValues(
                    Map.of(":one", AttributeValue.fromN("1"), ":zero", AttributeValue.fromN("0"))));
  }

  @Benchmark
  public QueryResponse query100Of10000() {
    int start = (counter++ * 100) % (PARTITION_ITEMS - 100);
    return client.query(
        b ->
            b.tableName(TABLE)
                .keyConditionExpression("pk = :p AND sk >= :from")
                .expressionAttributeValues(
                    Map.of(
                        ":p", AttributeValue.fromS("big"),
                        ":from", AttributeValue.fromN(Integer.toString(start))))
                .limit(100));
  }

  @Benchmark
  public ScanResponse scanPageOf100() {
    return client.scan(b -> b.tableName(TABLE).limit(100));
  }

  @Benchmark
  public BatchWriteItemResponse batchWrite25() {
    List<WriteRequest> requests = new ArrayList<>(25);
    int base = (counter++ % 4000) * 25;
    for (int i = 0; i < 25; i++) {
      requests.add(
          WriteRequest.builder()
              .putRequest(PutRequest.builder().item(item("batch", base + i)).build())
              .build());
    }
    return client.batchWriteItem(b -> b.requestItems(Map.of(TABLE, requests)));
  }

  @Benchmark
  public TransactWriteItemsResponse transactWrite10() {
    List<TransactWriteItem> items = new ArrayList<>(10);
    int base = (counter++ % 10_000) * 10;
    for (int i = 0; i < 10; i++) {
      Map<String, AttributeValue> item = item("tx", base + i);
      items.add(TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(item)).build());
    }
    return client.transactWriteItems(b -> b.transactItems(items));
  }
}
