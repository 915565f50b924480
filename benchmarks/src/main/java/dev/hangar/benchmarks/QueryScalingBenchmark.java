package dev.hangar.benchmarks;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Query latency as the table grows: the same 100 items of one partition, with 10^3 to 10^6 items
 * in the table (the rest spread over 1,000 other partitions). It should stay flat (O(log n + k)).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class QueryScalingBenchmark {
  private static final int PARTITIONS = 1_000;

  @Param({"1000", "10000", "100000", "1000000"})
  public int items;

  private Harness harness;
  private DynamoDbClient client;

  @Setup(Level.Trial)
  public void setUp() {
    Harness.selectTransport();
    harness = Harness.builder().service(FakeDynamo.create()).build();
    client =
        DynamoDbClient.builder()
            .endpointOverride(harness.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .build();
    client.createTable(
        b ->
            b.tableName("bench")
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                    a -> a.attributeName("pk").attributeType("S"),
                    a -> a.attributeName("sk").attributeType("N"))
                .keySchema(
                    k -> k.attributeName("pk").keyType("HASH"),
                    k -> k.attributeName("sk").keyType("RANGE")));
    // The queried partition holds 100 items at every size; the rest fill the other partitions.
    List<WriteRequest> batch = new ArrayList<>(25);
    for (int i = 0; i < items; i++) {
      boolean hot = i < 100;
      String partition = hot ? "hot" : "p" + (i % PARTITIONS);
      Map<String, AttributeValue> item =
          Map.of(
              "pk", AttributeValue.fromS(partition),
              "sk", AttributeValue.fromN(Integer.toString(hot ? i : i / PARTITIONS)),
              "payload", AttributeValue.fromS("x".repeat(100)));
      batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
      if (batch.size() == 25) {
        List<WriteRequest> request = List.copyOf(batch);
        client.batchWriteItem(b -> b.requestItems(Map.of("bench", request)));
        batch.clear();
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    harness.close();
  }

  @Benchmark
  public QueryResponse query100() {
    return client.query(
        b ->
            b.tableName("bench")
                .keyConditionExpression("pk = :p AND sk >= :from")
                .expressionAttributeValues(
                    Map.of(":p", AttributeValue.fromS("hot"), ":from", AttributeValue.fromN("0"))));
  }
}
