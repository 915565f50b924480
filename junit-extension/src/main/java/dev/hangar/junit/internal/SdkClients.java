package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.harness.internal.transport.HangarSdkHttpService;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Builds AWS SDK clients bound to a harness (with {@code hangar.target=aws}, the harness forwards
 * DynamoDB requests to the real endpoint). Only loaded when a test asks for an SDK type ({@link
 * Injector} knows them by name, without loading this class), so hangar-junit runs without the SDK
 * on the class path.
 */
final class SdkClients {
  private static final String ENHANCED =
      "software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient";

  private SdkClients() {}

  /** A client explicitly configured for the harness: it does not depend on the ambient host. */
  static Client forHarness(Class<?> type, Harness harness) {
    if (type == DynamoDbClient.class) {
      return Client.closing(
          DynamoDbClient.builder()
              .endpointOverride(harness.endpoint())
              .region(Region.of(harness.region()))
              .credentialsProvider(credentials())
              .httpClientBuilder(new HangarSdkHttpService().createHttpClientBuilder())
              .build());
    }
    if (type == DynamoDbStreamsClient.class) {
      return Client.closing(
          DynamoDbStreamsClient.builder()
              .endpointOverride(harness.endpoint())
              .region(Region.of(harness.region()))
              .credentialsProvider(credentials())
              .httpClientBuilder(new HangarSdkHttpService().createHttpClientBuilder())
              .build());
    }
    if (type.getName().equals(ENHANCED)) {
      return EnhancedClients.over((DynamoDbClient) forHarness(DynamoDbClient.class, harness).value());
    }
    throw new IllegalArgumentException("Not an SDK client Hangar injects: " + type.getName());
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("hangar", "hangar"));
  }

  /**
   * An injected client and what to close when its scope ends.
   *
   * @param value what is injected
   * @param resource what to close
   */
  record Client(Object value, AutoCloseable resource) {
    static Client closing(AutoCloseable client) {
      return new Client(client, client);
    }
  }
}
