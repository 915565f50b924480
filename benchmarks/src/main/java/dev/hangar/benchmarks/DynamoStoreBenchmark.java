package dev.hangar.benchmarks;

import static dev.hangar.benchmarks.DataPlaneItems.item;
import static dev.hangar.benchmarks.DataPlaneItems.key;

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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Hangar's MapDB store (a data directory, every write committed and synced) against its in-memory
 * store: GetItem, PutItem and Query through the SDK v2 {@code DynamoDbClient}, one thread, on the
 * table of {@link DynamoDataPlaneBenchmark} (one partition of 10,000 items of about 220 bytes, for
 * the Query of 100, plus the items the writes touch). The table is loaded with TransactWriteItems
 * of 100 on both stores, which is one commit each on MapDB (see {@link ItemLoader}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DynamoStoreBenchmark {
  static final String TABLE = "bench";
  static final int PARTITION_ITEMS = 10_000;

  @Param({DynamoTargets.HANGAR, DynamoTargets.HANGAR_MAPDB})
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
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                    a -> a.attributeName("pk").attributeType("S"),
                    a -> a.attributeName("sk").attributeType("N"))
                .keySchema(
                    k -> k.attributeName("pk").keyType("HASH"),
                    k -> k.attributeName("sk").keyType("RANGE")));
    ItemLoader.load(client, TABLE, PARTITION_ITEMS, i -> item("big", i),
        ItemLoader.TRANSACT_WRITE_ITEMS);
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
}
