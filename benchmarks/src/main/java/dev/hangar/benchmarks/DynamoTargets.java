package dev.hangar.benchmarks;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a user could run DynamoDB on inside a test JVM: Hangar's fake, reached by a real SDK client
 * through the in-process transport, on its in-memory store or on its MapDB store (a data directory
 * under {@code benchmarks/target/mapdb}, deleted on close); DynamoDB Local's embedded mode, whose
 * client is a proxy that calls the SQLite-backed engine directly (no marshalling, no signing); and
 * DynamoDB Local's server on loopback, reached by the same real SDK client as Hangar (over HTTP).
 */
final class DynamoTargets {
  static final String HANGAR = "hangar";
  static final String HANGAR_MAPDB = "hangar-mapdb";
  static final String LOCAL = "dynamodb-local";
  static final String LOCAL_HTTP = "dynamodb-local-http";

  private DynamoTargets() {}

  /** An open target: the client and what closes everything behind it. */
  record Target(DynamoDbClient client, AutoCloseable closer) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      client.close();
      closer.close();
    }
  }

  static Target open(String name) {
    switch (name) {
      case HANGAR -> {
        return hangar(FakeDynamo.create());
      }
      case HANGAR_MAPDB -> {
        Path directory = BenchmarkDirectories.fresh("hangar-mapdb-");
        Target opened;
        try {
          opened = hangar(FakeDynamo.builder().dataDirectory(directory).build());
        } catch (RuntimeException e) {
          BenchmarkDirectories.delete(directory);
          throw e;
        }
        return new Target(opened.client(), () -> {
          opened.closer().close();
          BenchmarkDirectories.delete(directory);
        });
      }
      case LOCAL -> {
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(true);
        return new Target(local.dynamoDbClient(), local::shutdown);
      }
      case LOCAL_HTTP -> {
        try {
          int port;
          try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
          }
          com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer server =
              com.amazonaws.services.dynamodbv2.local.main.ServerRunner
                  .createServerFromCommandLineArgs(
                      new String[] {
                        "-inMemory", "-port", Integer.toString(port), "-disableTelemetry"
                      });
          server.start();
          DynamoDbClient client =
              DynamoDbClient.builder()
                  .endpointOverride(java.net.URI.create("http://127.0.0.1:" + port))
                  .region(Region.US_EAST_1)
                  .credentialsProvider(
                      StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                  .build();
          return new Target(client, server::stop);
        } catch (Exception e) {
          throw new IllegalStateException("DynamoDB Local's server did not start", e);
        }
      }
      default -> throw new IllegalArgumentException("Unknown target " + name);
    }
  }

  /**
   * A harness holding one fake DynamoDB, and a real SDK client reaching it through the in-process
   * transport.
   *
   * @param fake the fake, not yet attached
   * @return the client; closing the target closes the harness (and the fake's storage)
   */
  static Target hangar(FakeDynamo fake) {
    Harness.selectTransport();
    Harness harness = Harness.builder().service(fake).build();
    DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(harness.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .build();
    return new Target(client, harness);
  }
}
