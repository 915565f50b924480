package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A handler written as production code is: a client built with no configuration, the table from the environment. */
public class GetUser implements RequestHandler<Map<String, String>, String> {
  private final DynamoDbClient client = DynamoDbClient.create();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    Map<String, AttributeValue> item =
        client
            .getItem(
                r ->
                    r.tableName(System.getenv("TABLE_NAME"))
                        .key(Map.of("id", AttributeValue.fromS(event.get("id")))))
            .item();
    context.getLogger().log("looked up " + event.get("id"));
    return item.isEmpty() ? "none" : item.get("name").s();
  }
}
