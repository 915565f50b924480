package dev.hangar.benchmarks;

import dev.hangar.harness.Harness;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The floor under every in-process Hangar call: a real {@code DynamoDbClient} (signing,
 * marshalling, interceptors) through Hangar's transport to a service that answers every request
 * with the same GetItem response and does no work. Whatever Hangar's DynamoDB costs comes on top.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SdkFloorBenchmark {
  private static final byte[] ANSWER =
      "{\"Item\":{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("a"));

  /** Answers every request with one canned GetItem response. */
  static final class CannedGetItem implements AwsService {
    @Override
    public String name() {
      return "canned-getitem";
    }

    @Override
    public boolean handles(ServiceRequest request) {
      return true;
    }

    @Override
    public ServiceResponse handle(ServiceRequest request) {
      return ServiceResponse.of(200, "application/x-amz-json-1.0", ANSWER);
    }
  }

  private Harness harness;
  private DynamoDbClient client;

  @Setup(Level.Trial)
  public void setUp() {
    Harness.selectTransport();
    harness = Harness.builder().service(new CannedGetItem()).build();
    client =
        DynamoDbClient.builder()
            .endpointOverride(harness.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    harness.close();
  }

  @Benchmark
  public GetItemResponse sdkClientToCannedAnswer() {
    return client.getItem(b -> b.tableName("bench").key(KEY));
  }
}
