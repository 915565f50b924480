package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A WebSocket chat API in front of real handler classes run by the harness's Lambda runtime: the
 * runtime reads the gateway's events into {@link APIGatewayV2WebSocketEvent} and the {@code
 * $connect} authorizer's input into {@link APIGatewayCustomAuthorizerEvent}, writes {@link
 * APIGatewayV2WebSocketResponse} and {@link IamPolicyResponseV1} back, and the chat handler fans
 * out with the real {@code ApiGatewayManagementApiClient} ({@link ChatApp#postToOthers}).
 */
class WebSocketApiRealHandlersTest {
  static final Set<String> CONNECTIONS = ConcurrentHashMap.newKeySet();
  static final List<APIGatewayV2WebSocketEvent> EVENTS = new CopyOnWriteArrayList<>();
  static final List<APIGatewayCustomAuthorizerEvent> AUTHORIZER_EVENTS =
      new CopyOnWriteArrayList<>();
  static final List<String> GONE = new CopyOnWriteArrayList<>();

  private Harness harness;
  private WebSocketGateway gateway;

  /** Lets in the user named in the query string, with the name in the authorizer's context. */
  public static final class ChatAuthorizer
      implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {
    @Override
    public IamPolicyResponseV1 handleRequest(
        APIGatewayCustomAuthorizerEvent event, Context context) {
      AUTHORIZER_EVENTS.add(event);
      String user = event.getQueryStringParameters().get("user");
      IamPolicyResponseV1.Statement statement =
          user.equals("mallory")
              ? IamPolicyResponseV1.denyStatement(event.getMethodArn())
              : IamPolicyResponseV1.allowStatement(event.getMethodArn());
      return IamPolicyResponseV1.builder()
          .withPrincipalId("principal-" + user)
          .withPolicyDocument(
              IamPolicyResponseV1.PolicyDocument.builder()
                  .withVersion(IamPolicyResponseV1.VERSION_2012_10_17)
                  .withStatement(List.of(statement))
                  .build())
          .withContext(Map.of("user", user))
          .build();
    }
  }

  /** One handler for every route, as the AWS chat sample has one function per route. */
  public static final class ChatHandler
      implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {
    @Override
    public APIGatewayV2WebSocketResponse handleRequest(
        APIGatewayV2WebSocketEvent event, Context context) {
      EVENTS.add(event);
      APIGatewayV2WebSocketEvent.RequestContext request = event.getRequestContext();
      switch (request.getRouteKey()) {
        case "$connect" -> CONNECTIONS.add(request.getConnectionId());
        case "$disconnect" -> CONNECTIONS.remove(request.getConnectionId());
        default -> ChatApp.postToOthers(
            request, CONNECTIONS, GONE, request.getAuthorizer().get("user") + ": " + event.getBody());
      }
      APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
      response.setStatusCode(200);
      return response;
    }
  }

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @BeforeEach
  void start() {
    CONNECTIONS.clear();
    EVENTS.clear();
    AUTHORIZER_EVENTS.clear();
    GONE.clear();
    gateway =
        WebSocketGateway.of(
            WebSocketApi.builder("chat")
                .apiId("realchat01")
                .stage("prod")
                .routeSelectionExpression("$request.body.action")
                .connectAuthorizer(
                    WebSocketAuthorizer.lambdaRequest("chat-authorizer")
                        .withIdentitySource("route.request.querystring.user"))
                .route("$connect", "chat")
                .route("$disconnect", "chat")
                .route("$default", "chat")
                .build());
    harness = Harness.builder().accountId("123456789012").service(gateway).build();
    harness.lambda().register(FunctionDefinition.builder("chat").handler(ChatHandler.class).build());
    harness
        .lambda()
        .register(
            FunctionDefinition.builder("chat-authorizer").handler(ChatAuthorizer.class).build());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private WebSocketClient join(String user) {
    return gateway.connector("chat").queryParameter("user", user).connect();
  }

  @Test
  void message_fansOutThroughTheRealManagementClient_withTheAuthorizersContext() {
    WebSocketClient alice = join("alice");
    WebSocketClient bob = join("bob");
    WebSocketClient carol = join("carol");

    alice.send("hello");

    assertThat(bob.receive()).isEqualTo("alice: hello");
    assertThat(carol.receive()).isEqualTo("alice: hello");
    assertThat(alice.receive(java.time.Duration.ZERO)).isEmpty();
    APIGatewayV2WebSocketEvent message = EVENTS.get(EVENTS.size() - 1);
    assertThat(message.getBody()).isEqualTo("hello");
    assertThat(message.isIsBase64Encoded()).isFalse();
    assertThat(message.getHeaders()).isNull();
    APIGatewayV2WebSocketEvent.RequestContext context = message.getRequestContext();
    assertThat(context.getRouteKey()).isEqualTo("$default");
    assertThat(context.getEventType()).isEqualTo("MESSAGE");
    assertThat(context.getMessageId()).matches("[A-Za-z0-9+/]{15}=");
    assertThat(context.getConnectionId()).isEqualTo(alice.connectionId());
    assertThat(context.getDomainName()).isEqualTo("realchat01.execute-api.us-east-1.amazonaws.com");
    assertThat(context.getStage()).isEqualTo("prod");
    assertThat(context.getApiId()).isEqualTo("realchat01");
    assertThat(context.getAuthorizer())
        .containsEntry("principalId", "principal-alice")
        .containsEntry("user", "alice")
        .containsEntry("integrationLatency", 0);
  }

  @Test
  void connect_handlerAndAuthorizerReceiveTheUpgradeRequest() {
    WebSocketClient alice = join("alice");

    APIGatewayCustomAuthorizerEvent input = AUTHORIZER_EVENTS.get(0);
    assertThat(input.getType()).isEqualTo("REQUEST");
    assertThat(input.getMethodArn())
        .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:realchat01/prod/$connect");
    assertThat(input.getQueryStringParameters()).containsExactly(Map.entry("user", "alice"));
    assertThat(input.getHeaders())
        .containsEntry("Host", "realchat01.execute-api.us-east-1.amazonaws.com");
    APIGatewayV2WebSocketEvent connect = EVENTS.get(0);
    assertThat(connect.getRequestContext().getEventType()).isEqualTo("CONNECT");
    assertThat(connect.getRequestContext().getConnectionId()).isEqualTo(alice.connectionId());
    assertThat(connect.getQueryStringParameters()).containsExactly(Map.entry("user", "alice"));
    assertThat(connect.getMultiValueQueryStringParameters().get("user")).containsExactly("alice");
    assertThat(connect.getHeaders()).containsEntry("X-Forwarded-Proto", "https");
    assertThat(connect.getMultiValueHeaders().get("X-Forwarded-Port")).containsExactly("443");
  }

  @Test
  void deniedUser_isRefusedWith403_andNeverReachesTheChat() {
    assertThatThrownBy(() -> join("mallory"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 403");
    assertThat(EVENTS).isEmpty();
    assertThat(CONNECTIONS).isEmpty();
  }

  @Test
  void closedClient_runsDisconnect_soLaterMessagesSkipIt() {
    WebSocketClient alice = join("alice");
    WebSocketClient bob = join("bob");
    bob.close(1000, "bye");

    alice.send("anyone?");

    assertThat(CONNECTIONS).containsExactly(alice.connectionId());
    assertThat(GONE).isEmpty();
    APIGatewayV2WebSocketEvent disconnect =
        EVENTS.stream()
            .filter(e -> e.getRequestContext().getEventType().equals("DISCONNECT"))
            .findFirst()
            .orElseThrow();
    assertThat(disconnect.getRequestContext().getConnectionId()).isEqualTo(bob.connectionId());
  }
}
