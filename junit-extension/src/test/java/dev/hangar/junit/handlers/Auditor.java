package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A stream trigger: writes one audit item per change of the orders table. */
public class Auditor implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
  private final DynamoDbClient client = DynamoDbClient.create();

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
      String id = record.getDynamodb().getKeys().get("id").getS();
      client.putItem(
          r -> r.tableName(System.getenv("AUDIT_TABLE"))
              .item(Map.of(
                  "id", AttributeValue.fromS(id + "#" + record.getEventName()),
                  "source", AttributeValue.fromS(record.getEventSourceARN()))));
    }
    return new StreamsEventResponse(List.of());
  }
}
