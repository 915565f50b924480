package dev.hangar.dynamo.contract;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The DynamoDB a contract test talks to: Hangar's fake (always), or DynamoDB Local in process when
 * the build runs with {@code -Pdynamodb-local} (system property {@code hangar.dynamo.target=local}).
 * DynamoDB Local is reached by reflection so that the default build does not need it.
 */
final class DynamoTarget implements AutoCloseable {
  static final boolean LOCAL = "local".equals(System.getProperty("hangar.dynamo.target"));

  private final DynamoDbClient client;
  private final DynamoDbStreamsClient streams;
  private final AutoCloseable closer;
  private final Harness harness;

  private DynamoTarget(
      DynamoDbClient client, DynamoDbStreamsClient streams, AutoCloseable closer, Harness harness) {
    this.client = client;
    this.streams = streams;
    this.closer = closer;
    this.harness = harness;
  }

  static DynamoTarget start() {
    return LOCAL ? local() : fake();
  }

  /**
   * The fake on MapDB in a new temporary directory, deleted when the target closes; on DynamoDB
   * Local (whose storage is its own) the same as {@link #start()}.
   */
  static DynamoTarget startOnMapDb() {
    if (LOCAL) {
      return local();
    }
    Path directory;
    try {
      directory = Files.createTempDirectory("hangar-dynamo-contract");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DynamoTarget target = fake(FakeDynamo.builder().dataDirectory(directory).build());
    return new DynamoTarget(target.client, target.streams, () -> {
      target.close();
      deleteTree(directory);
    }, target.harness);
  }

  private static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static DynamoTarget fake() {
    return fake(FakeDynamo.create());
  }

  private static DynamoTarget fake(FakeDynamo fake) {
    Harness.selectTransport();
    Harness harness = Harness.builder()
        .service(fake)
        .clock(HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z")))
        .build();
    DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(harness.endpoint())
        .region(Region.of(harness.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
    DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
        .endpointOverride(harness.endpoint())
        .region(Region.of(harness.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
    return new DynamoTarget(client, streams, harness, harness);
  }

  private static DynamoTarget local() {
    try {
      Class<?> embedded =
          Class.forName("com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded");
      Class<?> api = Class.forName(
          "com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal");
      Object server = embedded.getMethod("create", Boolean.class).invoke(null, Boolean.TRUE);
      DynamoDbClient client = (DynamoDbClient) api.getMethod("dynamoDbClient").invoke(server);
      DynamoDbStreamsClient streams =
          (DynamoDbStreamsClient) api.getMethod("dynamoDbStreamsClient").invoke(server);
      AutoCloseable closer = () -> api.getMethod("shutdownNow").invoke(server);
      return new DynamoTarget(client, streams, closer, null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("DynamoDB Local is not on the test class path; run with"
          + " -Pdynamodb-local", e);
    }
  }

  DynamoDbClient client() {
    return client;
  }

  /** A DynamoDB Streams client for the same target. */
  DynamoDbStreamsClient streams() {
    return streams;
  }

  /** The harness of the fake target, or null on DynamoDB Local. */
  Harness harness() {
    return harness;
  }

  @Override
  public void close() throws Exception {
    client.close();
    streams.close();
    closer.close();
  }
}
