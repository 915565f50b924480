package dev.hangar.gateway.websocket;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/**
 * The code under test of the chat-room tests, written as one writes it for AWS (after the AWS
 * sample "simple-websockets-chat-app"): the connections table is a plain map until the DynamoDB
 * fake is used here, and the fan-out goes through a real {@code ApiGatewayManagementApiClient}
 * whose endpoint is built from the event's {@code domainName} and {@code stage}.
 */
final class ChatApp {
  final Set<String> connectionsTable = ConcurrentHashMap.newKeySet();
  final List<String> goneConnections = new CopyOnWriteArrayList<>();

  /** Ids whose $disconnect has run, for tests that must wait for it without sleeping. */
  final java.util.concurrent.BlockingQueue<String> disconnected =
      new java.util.concurrent.LinkedBlockingQueue<>();

  void register(TestFunctions functions) {
    functions
        .webSocket("OnConnect", this::onConnect)
        .webSocket("OnDisconnect", this::onDisconnect)
        .webSocket("SendMessage", this::sendMessage);
  }

  static WebSocketApi api() {
    return WebSocketApi.builder("chat")
        .stage("prod")
        .routeSelectionExpression("$request.body.action")
        .route("$connect", "OnConnect")
        .route("$disconnect", "OnDisconnect")
        .route("sendmessage", "SendMessage")
        .build();
  }

  private Object onConnect(APIGatewayV2WebSocketEvent event) {
    Map<String, String> query = event.getQueryStringParameters();
    if (query != null && "banned".equals(query.get("user"))) {
      return Map.of("statusCode", 403, "body", "Go away.");
    }
    connectionsTable.add(event.getRequestContext().getConnectionId());
    return Map.of("statusCode", 200, "body", "Connected.");
  }

  private Object onDisconnect(APIGatewayV2WebSocketEvent event) {
    connectionsTable.remove(event.getRequestContext().getConnectionId());
    disconnected.add(event.getRequestContext().getConnectionId());
    return Map.of("statusCode", 200, "body", "Disconnected.");
  }

  private Object sendMessage(APIGatewayV2WebSocketEvent event) {
    APIGatewayV2WebSocketEvent.RequestContext context = event.getRequestContext();
    String data;
    try {
      JsonNode body = TestFunctions.JSON.readTree(event.getBody());
      data = body.path("data").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    postToOthers(context, connectionsTable, goneConnections, data);
    return Map.of("statusCode", 200, "body", "Data sent.");
  }

  /**
   * Posts a message to every connection of the table but the sender's, through a real {@code
   * ApiGatewayManagementApiClient} whose endpoint comes from the event; a connection that is gone
   * is dropped from the table and noted.
   */
  static void postToOthers(
      APIGatewayV2WebSocketEvent.RequestContext context,
      Set<String> connections,
      List<String> gone,
      String data) {
    URI endpoint = URI.create("https://" + context.getDomainName() + "/" + context.getStage());
    try (ApiGatewayManagementApiClient client =
        ApiGatewayManagementApiClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .build()) {
      for (String connectionId : List.copyOf(connections)) {
        if (connectionId.equals(context.getConnectionId())) {
          continue;
        }
        try {
          client.postToConnection(
              r -> r.connectionId(connectionId).data(SdkBytes.fromUtf8String(data)));
        } catch (GoneException e) {
          gone.add(connectionId);
          connections.remove(connectionId);
        }
      }
    }
  }
}
