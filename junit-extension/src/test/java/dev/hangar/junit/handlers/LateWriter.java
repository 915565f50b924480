package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Saves an item once a test lets it go: stands for an asynchronous handler still running when the
 * test that queued it ends.
 */
public class LateWriter implements RequestHandler<Map<String, String>, String> {
  /** Released by the fixture when its test is over; replaced before each run. */
  public static volatile CountDownLatch release = new CountDownLatch(1);

  /** Whether the last invocation wrote its item. */
  public static final AtomicBoolean WROTE = new AtomicBoolean();

  private final DynamoDbClient client = DynamoDbClient.create();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
    client.putItem(
        r -> r.tableName(System.getenv("TABLE_NAME")).item(Map.of("id", AttributeValue.fromS(event.get("id")))));
    WROTE.set(true);
    return "written";
  }
}
