package dev.hangar.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes many items through a {@code DynamoDbClient}, in the largest requests DynamoDB takes.
 * {@link #TRANSACT_WRITE_ITEMS} (100 puts a request) is the fastest public way into Hangar's MapDB
 * store today, because a transaction is one commit there while each item of a BatchWriteItem is a
 * commit of its own; {@link #BATCH_WRITE_ITEM} (25 a request) is what a user's seeding code
 * usually does.
 */
final class ItemLoader {
  /** One TransactWriteItems of 100 puts per request. */
  static final String TRANSACT_WRITE_ITEMS = "TransactWriteItems";
  /** One BatchWriteItem of 25 puts per request, resending unprocessed items. */
  static final String BATCH_WRITE_ITEM = "BatchWriteItem";

  private ItemLoader() {}

  /**
   * Puts items {@code 0} to {@code count - 1} into a table.
   *
   * @param client the client
   * @param table the table's name
   * @param count how many items
   * @param item the item of each number
   * @param operation {@link #TRANSACT_WRITE_ITEMS} or {@link #BATCH_WRITE_ITEM}
   */
  static void load(DynamoDbClient client, String table, int count,
      IntFunction<Map<String, AttributeValue>> item, String operation) {
    switch (operation) {
      case TRANSACT_WRITE_ITEMS -> transact(client, table, count, item);
      case BATCH_WRITE_ITEM -> batch(client, table, count, item);
      default -> throw new IllegalArgumentException("Unknown write operation " + operation
          + "; use " + TRANSACT_WRITE_ITEMS + " or " + BATCH_WRITE_ITEM);
    }
  }

  private static void transact(DynamoDbClient client, String table, int count,
      IntFunction<Map<String, AttributeValue>> item) {
    List<TransactWriteItem> writes = new ArrayList<>(100);
    for (int i = 0; i < count; i++) {
      Map<String, AttributeValue> attributes = item.apply(i);
      writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(attributes)).build());
      if (writes.size() == 100 || i == count - 1) {
        List<TransactWriteItem> request = List.copyOf(writes);
        client.transactWriteItems(b -> b.transactItems(request));
        writes.clear();
      }
    }
  }

  private static void batch(DynamoDbClient client, String table, int count,
      IntFunction<Map<String, AttributeValue>> item) {
    List<WriteRequest> writes = new ArrayList<>(25);
    for (int i = 0; i < count; i++) {
      writes.add(WriteRequest.builder()
          .putRequest(PutRequest.builder().item(item.apply(i)).build()).build());
      if (writes.size() == 25 || i == count - 1) {
        Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(writes));
        while (!pending.isEmpty()) {
          Map<String, List<WriteRequest>> request = pending;
          pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
        writes.clear();
      }
    }
  }
}
