package dev.hangar.junit.internal;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Enhanced Client over a low-level client; a class of its own so that the enhanced artifact,
 * optional like the SDK, is loaded only when a test asks for it.
 */
final class EnhancedClients {
  private EnhancedClients() {}

  /** An enhanced client; closing it closes the low-level client it wraps. */
  static SdkClients.Client over(DynamoDbClient client) {
    return new SdkClients.Client(
        DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(), client);
  }
}
