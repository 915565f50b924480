package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.harness.Harness;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Manage connected users and client apps: $connect and $disconnect routes" and "Control access to
 * WebSocket APIs with AWS Lambda REQUEST authorizers".
 */
class ConnectTest {
  private final TestFunctions functions = new TestFunctions();
  private final AtomicReference<Object> connectResult =
      new AtomicReference<>(TestFunctions.status(200));
  private final AtomicReference<Object> authorizerResult = new AtomicReference<>();
  private Harness harness;
  private WebSocketGateway gateway;

  private void start(WebSocketAuthorizer authorizer) {
    functions
        .webSocket(
            "OnConnect",
            e -> {
              Object result = connectResult.get();
              if (result instanceof RuntimeException failure) {
                throw failure;
              }
              return result;
            })
        .webSocket("OnDisconnect", e -> TestFunctions.status(200))
        .webSocket("OnDefault", e -> TestFunctions.status(200))
        .json(
            "Authorizer",
            input -> {
              Object result = authorizerResult.get();
              if (result instanceof RuntimeException failure) {
                throw failure;
              }
              return result;
            });
    WebSocketApi.Builder api =
        WebSocketApi.builder("secure")
            .apiId("abcdef1234")
            .stage("beta")
            .route("$connect", "OnConnect")
            .route("$disconnect", "OnDisconnect")
            .route("$default", "OnDefault");
    if (authorizer != null) {
      api.connectAuthorizer(authorizer);
    }
    gateway = WebSocketGateway.builder().api(api.build()).build();
    harness =
        Harness.builder().accountId("123456789012").functions(functions).service(gateway).build();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private static Map<String, Object> policy(
      String effect, String resource, Map<String, Object> context) {
    return Map.of(
        "principalId",
        "user-1",
        "policyDocument",
        Map.of(
            "Version",
            "2012-10-17",
            "Statement",
            List.of(
                Map.of("Action", "execute-api:Invoke", "Effect", effect, "Resource", resource))),
        "context",
        context);
  }

  @Test
  void connectReturning2xx_acceptsTheConnection() {
    start(null);
    connectResult.set(Map.of("statusCode", 204));

    WebSocketClient client = gateway.connect("secure");

    assertThat(client.isOpen()).isTrue();
    assertThat(gateway.connectionIds("secure")).containsExactly(client.connectionId());
  }

  @Test
  void connectReturningNon2xx_refusesWithThatStatus_andNoDisconnectRuns() {
    start(null);
    connectResult.set(Map.of("statusCode", 401, "body", "no"));

    assertThatThrownBy(() -> gateway.connect("secure"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 401")
        .satisfies(e -> assertThat(((WebSocketConnectException) e).statusCode()).isEqualTo(401));
    assertThat(gateway.connectionIds("secure")).isEmpty();
    assertThat(functions.payloads("OnDisconnect")).isEmpty();
  }

  @Test
  void connectFunctionFailing_refusesWith502() {
    start(null);
    connectResult.set(new IllegalStateException("database down"));

    assertThatThrownBy(() -> gateway.connect("secure"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 502");
  }

  @Test
  void authorizerAllow_passesContextToEveryLaterEvent() throws Exception {
    start(
        WebSocketAuthorizer.lambdaRequest("Authorizer")
            .withIdentitySource("route.request.header.Auth"));
    authorizerResult.set(
        policy(
            "Allow",
            "arn:aws:execute-api:us-east-1:123456789012:abcdef1234/beta/$connect",
            Map.of("tenant", "acme", "level", 3, "admin", true)));

    WebSocketClient client =
        gateway.connector("secure").header("Auth", "secret").queryParameter("q", "1").connect();
    client.send("hi");

    JsonNode input = TestFunctions.JSON.readTree(functions.payloads("Authorizer").get(0));
    assertThat(input.get("type").asText()).isEqualTo("REQUEST");
    assertThat(input.get("methodArn").asText())
        .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:abcdef1234/beta/$connect");
    assertThat(input.get("headers").get("Auth").asText()).isEqualTo("secret");
    assertThat(input.get("queryStringParameters").get("q").asText()).isEqualTo("1");
    assertThat(input.get("requestContext").get("connectionId").asText())
        .isEqualTo(client.connectionId());
    String expected =
        "{\"principalId\":\"user-1\",\"tenant\":\"acme\",\"level\":3,\"admin\":true,\"integrationLatency\":0}";
    JsonNode connect = TestFunctions.JSON.readTree(functions.payloads("OnConnect").get(0));
    JsonNode message = TestFunctions.JSON.readTree(functions.payloads("OnDefault").get(0));
    assertThat(TestFunctions.JSON.readTree(expected))
        .isEqualTo(connect.get("requestContext").get("authorizer"))
        .isEqualTo(message.get("requestContext").get("authorizer"));
  }

  @Test
  void authorizerResults_areNotCached_soEachConnectionInvokesTheAuthorizer() {
    start(
        WebSocketAuthorizer.lambdaRequest("Authorizer")
            .withIdentitySource("route.request.header.Auth"));
    authorizerResult.set(policy("Allow", "*", Map.of()));
    gateway.connector("secure").header("Auth", "secret").connect();

    authorizerResult.set(policy("Deny", "*", Map.of()));

    assertThatThrownBy(() -> gateway.connector("secure").header("Auth", "secret").connect())
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 403");
    assertThat(functions.payloads("Authorizer")).hasSize(2);
  }

  @Test
  void authorizerWildcardResource_allows() {
    start(WebSocketAuthorizer.lambdaRequest("Authorizer"));
    authorizerResult.set(
        policy("Allow", "arn:aws:execute-api:us-east-1:123456789012:abcdef1234/*", Map.of()));

    assertThat(gateway.connect("secure").isOpen()).isTrue();
  }

  @Test
  void authorizerDeny_refusesWith403_withoutRunningConnect() {
    start(WebSocketAuthorizer.lambdaRequest("Authorizer"));
    authorizerResult.set(policy("Deny", "*", Map.of()));

    assertThatThrownBy(() -> gateway.connect("secure"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 403");
    assertThat(functions.payloads("OnConnect")).isEmpty();
  }

  @Test
  void authorizerAllowForAnotherRoute_isAnImplicitDeny() {
    start(WebSocketAuthorizer.lambdaRequest("Authorizer"));
    authorizerResult.set(
        policy(
            "Allow",
            "arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/$connect",
            Map.of()));

    assertThatThrownBy(() -> gateway.connect("secure"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 403");
  }

  @Test
  void missingIdentitySource_refusesWith401_withoutInvokingTheAuthorizer() {
    start(
        WebSocketAuthorizer.lambdaRequest("Authorizer")
            .withIdentitySource("route.request.querystring.token"));

    assertThatThrownBy(() -> gateway.connect("secure"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 401");
    assertThat(functions.payloads("Authorizer")).isEmpty();
  }

  @Test
  void authorizerFailingWithUnauthorized_refusesWith401() {
    start(WebSocketAuthorizer.lambdaRequest("Authorizer"));
    authorizerResult.set(new IllegalStateException("Unauthorized"));

    assertThatThrownBy(() -> gateway.connect("secure"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 401");
  }

  @Test
  void authorizerFailingOtherwise_refusesWith500() {
    start(WebSocketAuthorizer.lambdaRequest("Authorizer"));
    authorizerResult.set(new IllegalStateException("bug"));

    assertThatThrownBy(() -> gateway.connect("secure"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 500");
  }

  @Test
  void authorizerContextWithNestedObject_refusesWith500() {
    start(WebSocketAuthorizer.lambdaRequest("Authorizer"));
    authorizerResult.set(policy("Allow", "*", Map.of("nested", Map.of("a", 1))));

    assertThatThrownBy(() -> gateway.connect("secure"))
        .isInstanceOf(WebSocketConnectException.class)
        .hasMessage("Unexpected server response: 500");
  }

  @Test
  void unsupportedIdentitySource_failsAtDeclaration() {
    harness = Harness.builder().build();
    assertThatThrownBy(
            () -> WebSocketAuthorizer.lambdaRequest("A").withIdentitySource("$request.header.Auth"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Unsupported WebSocket identity source '$request.header.Auth': use"
                + " route.request.header.NAME or route.request.querystring.NAME");
  }
}
