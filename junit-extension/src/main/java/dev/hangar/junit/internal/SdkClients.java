package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.harness.internal.transport.HangarSdkHttpService;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Builds AWS SDK clients bound to a harness, or, against real AWS, with the default provider
 * chains. Only loaded when a test asks for an SDK type ({@link Injector} knows them by name, without
 * loading this class), so hangar-junit runs without the SDK on the class path.
 */
final class SdkClients {
  private SdkClients() {}

  /** A client of the type bound to the harness, explicitly configured: it does not need the ambient host. */
  static AutoCloseable forHarness(Class<?> type, Harness harness) {
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("hangar", "hangar"));
    Region region = Region.of(harness.region());
    if (type == DynamoDbClient.class) {
      return DynamoDbClient.builder()
          .endpointOverride(harness.endpoint())
          .region(region)
          .credentialsProvider(credentials)
          .httpClientBuilder(new HangarSdkHttpService().createHttpClientBuilder())
          .build();
    }
    if (type == DynamoDbStreamsClient.class) {
      return DynamoDbStreamsClient.builder()
          .endpointOverride(harness.endpoint())
          .region(region)
          .credentialsProvider(credentials)
          .httpClientBuilder(new HangarSdkHttpService().createHttpClientBuilder())
          .build();
    }
    throw new IllegalArgumentException("Not an SDK client Hangar injects: " + type.getName());
  }

  /** A client of the type as the SDK's defaults configure it, for {@code hangar.target=aws}. */
  static AutoCloseable forAws(Class<?> type) {
    if (type == DynamoDbClient.class) {
      return DynamoDbClient.create();
    }
    if (type == DynamoDbStreamsClient.class) {
      return DynamoDbStreamsClient.create();
    }
    throw new IllegalArgumentException("Not an SDK client Hangar injects: " + type.getName());
  }
}
