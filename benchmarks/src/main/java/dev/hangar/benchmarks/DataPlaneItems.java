package dev.hangar.benchmarks;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items and keys of the data-plane benchmarks: a string partition key {@code pk}, a number sort
 * key {@code sk}, a 200-byte payload and a counter {@code n}. Shared so that the store comparison
 * measures exactly what the data-plane benchmark measures.
 */
final class DataPlaneItems {
  private static final String PAYLOAD = "x".repeat(200);

  private DataPlaneItems() {}

  /** A new, mutable item in {@code partition} at {@code sort}. */
  static Map<String, AttributeValue> item(String partition, int sort) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS(partition));
    item.put("sk", AttributeValue.fromN(Integer.toString(sort)));
    item.put("payload", AttributeValue.fromS(PAYLOAD));
    item.put("n", AttributeValue.fromN("0"));
    return item;
  }

  /** The key of the item in {@code partition} at {@code sort}. */
  static Map<String, AttributeValue> key(String partition, int sort) {
    return Map.of(
        "pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromN(Integer.toString(sort)));
  }
}
