package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A WebSocket {@code $connect} handler: records the connection and who the authorizer said it is. */
public class ChatConnect
    implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {
  private final DynamoDbClient client = DynamoDbClient.create();

  @Override
  public APIGatewayV2WebSocketResponse handleRequest(
      APIGatewayV2WebSocketEvent event, Context context) {
    Object principal = event.getRequestContext().getAuthorizer() == null
        ? "nobody"
        : ((Map<?, ?>) event.getRequestContext().getAuthorizer()).get("principalId");
    client.putItem(
        r -> r.tableName(System.getenv("TABLE_NAME"))
            .item(Map.of(
                "id", AttributeValue.fromS(event.getRequestContext().getConnectionId()),
                "user", AttributeValue.fromS(String.valueOf(principal)))));
    APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
    response.setStatusCode(200);
    return response;
  }
}
