package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A handler written as production code is: saves the user it is given with a client built with no configuration. */
public class SaveUser implements RequestHandler<Map<String, String>, String> {
  private final DynamoDbClient client = DynamoDbClient.create();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    client.putItem(
        r ->
            r.tableName(System.getenv("TABLE_NAME"))
                .item(
                    Map.of(
                        "id", AttributeValue.fromS(event.get("id")),
                        "name", AttributeValue.fromS(event.get("name")))));
    context.getLogger().log("saved " + event.get("id"));
    return "saved";
  }
}
