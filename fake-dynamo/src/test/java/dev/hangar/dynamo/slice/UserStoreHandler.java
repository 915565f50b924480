package dev.hangar.dynamo.slice;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Production-style code under test: it builds its client with no configuration at all, as a Lambda
 * handler does, and knows nothing about Hangar.
 */
public final class UserStoreHandler {
  private final DynamoDbClient dynamo = DynamoDbClient.create();

  /** Saves a user and reads it back. */
  public String saveAndLoad(String table, String id, String name) {
    dynamo.putItem(b -> b.tableName(table).item(Map.of(
        "id", AttributeValue.fromS(id), "name", AttributeValue.fromS(name))));
    return dynamo.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS(id))))
        .item().get("name").s();
  }

  /** Closes the client. */
  public void close() {
    dynamo.close();
  }
}
