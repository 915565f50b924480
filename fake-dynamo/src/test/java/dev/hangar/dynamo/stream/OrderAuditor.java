package dev.hangar.dynamo.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stream-triggered function as users write them: it builds its client the ordinary way and
 * writes one audit item per order record it receives.
 */
public final class OrderAuditor implements RequestHandler<DynamodbEvent, Void> {
  private final DynamoDbClient dynamo = DynamoDbClient.create();

  @Override
  public Void handleRequest(DynamodbEvent event, Context context) {
    for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
      String id = record.getDynamodb().getKeys().get("id").getS();
      String by = record.getUserIdentity() == null ? "user" : record.getUserIdentity().getType();
      dynamo.putItem(b -> b.tableName("audit").item(Map.of(
          "id", AttributeValue.fromS(id + "#" + record.getDynamodb().getSequenceNumber()),
          "event", AttributeValue.fromS(record.getEventName()),
          "by", AttributeValue.fromS(by),
          "source", AttributeValue.fromS(record.getEventSourceARN()))));
    }
    return null;
  }
}
