package dev.hangar.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import java.net.URI;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/**
 * A WebSocket route handler that answers the sender through the {@code @connections} API at the
 * callback URL the template computed from the API's {@code !Ref}.
 */
public class ChatEcho
    implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {
  @Override
  public APIGatewayV2WebSocketResponse handleRequest(
      APIGatewayV2WebSocketEvent event, Context context) {
    try (ApiGatewayManagementApiClient client =
        ApiGatewayManagementApiClient.builder()
            .endpointOverride(URI.create(System.getenv("CALLBACK_URL")))
            .build()) {
      client.postToConnection(
          r -> r.connectionId(event.getRequestContext().getConnectionId())
              .data(SdkBytes.fromUtf8String("echo " + event.getBody())));
    }
    APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
    response.setStatusCode(200);
    return response;
  }
}
