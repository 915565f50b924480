package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An HTTP API handler as production code writes it. */
public class GetUserHttp implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private final DynamoDbClient client = DynamoDbClient.create();

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    String id = event.getPathParameters().get("id");
    Map<String, AttributeValue> item =
        client
            .getItem(r -> r.tableName(System.getenv("TABLE_NAME")).key(Map.of("id", AttributeValue.fromS(id))))
            .item();
    return item.isEmpty()
        ? APIGatewayV2HTTPResponse.builder().withStatusCode(404).withBody("{\"error\":\"no user\"}").build()
        : APIGatewayV2HTTPResponse.builder()
            .withStatusCode(200)
            .withBody("{\"name\":\"" + item.get("name").s() + "\"}")
            .build();
  }
}
