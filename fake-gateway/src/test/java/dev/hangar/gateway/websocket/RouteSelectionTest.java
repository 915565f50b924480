package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.harness.Harness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Working with routes for WebSocket APIs": route selection, $default fallback, route responses.
 */
class RouteSelectionTest {
  private final TestFunctions functions = new TestFunctions();
  private Harness harness;
  private WebSocketGateway gateway;

  private WebSocketClient connect(WebSocketApi api) {
    functions
        .webSocket(
            "Join",
            e -> Map.of("statusCode", 200, "body", "joined " + e.getRequestContext().getRouteKey()))
        .webSocket("Default", e -> Map.of("statusCode", 200, "body", "default"))
        .webSocket(
            "Fails",
            e -> {
              throw new IllegalStateException("boom");
            });
    gateway = WebSocketGateway.builder().api(api).build();
    harness = Harness.builder().functions(functions).service(gateway).build();
    return gateway.connect(api.name());
  }

  @AfterEach
  void stop() {
    if (harness != null) {
      harness.close();
    }
  }

  private static JsonNode json(String text) throws Exception {
    return TestFunctions.JSON.readTree(text);
  }

  @Test
  void customRoute_selectedByActionProperty() {
    WebSocketClient client =
        connect(
            WebSocketApi.builder("r")
                .twoWayRoute("join", "Join")
                .twoWayRoute("$default", "Default")
                .build());

    client.send("{\"action\":\"join\",\"room\":\"lobby\"}");

    assertThat(client.receive()).isEqualTo("joined join");
    assertThat(functions.payloads("Default")).isEmpty();
  }

  @Test
  void nestedPath_selectsRoute() {
    WebSocketClient client =
        connect(
            WebSocketApi.builder("r")
                .routeSelectionExpression("$request.body.meta.type")
                .twoWayRoute("join", "Join")
                .build());

    client.send("{\"meta\":{\"type\":\"join\"}}");

    assertThat(client.receive()).isEqualTo("joined join");
  }

  @Test
  void wrappedVariablesWithStaticText_areConcatenated() {
    WebSocketClient client =
        connect(
            WebSocketApi.builder("r")
                .routeSelectionExpression("${request.body.service}/${request.body.action}")
                .twoWayRoute("chat/join", "Join")
                .build());

    client.send("{\"service\":\"chat\",\"action\":\"join\"}");

    assertThat(client.receive()).isEqualTo("joined chat/join");
  }

  @Test
  void missingPath_resolvesToEmpty_andFallsBackToDefault() {
    WebSocketClient client =
        connect(
            WebSocketApi.builder("r")
                .twoWayRoute("join", "Join")
                .twoWayRoute("$default", "Default")
                .build());

    client.send("{\"other\":1}");

    assertThat(client.receive()).isEqualTo("default");
  }

  @Test
  void nonJsonBody_cannotBeEvaluated_andGoesToDefault() {
    WebSocketClient client =
        connect(
            WebSocketApi.builder("r")
                .twoWayRoute("join", "Join")
                .twoWayRoute("$default", "Default")
                .build());

    client.send("{not json");

    assertThat(client.receive()).isEqualTo("default");
  }

  @Test
  void noMatchingRouteAndNoDefault_sendsForbiddenErrorToTheClient() throws Exception {
    WebSocketClient client = connect(WebSocketApi.builder("r").twoWayRoute("join", "Join").build());

    client.send("{\"action\":\"leave\"}");

    JsonNode error = json(client.receive());
    assertThat(error.get("message").asText()).isEqualTo("Forbidden");
    assertThat(error.get("connectionId").asText()).isEqualTo(client.connectionId());
    assertThat(error.get("requestId").asText()).matches("[A-Za-z0-9+/]{15}=");
    assertThat(client.isOpen()).isTrue();
  }

  @Test
  void invalidJsonAndNoDefault_sendsForbiddenError() throws Exception {
    WebSocketClient client = connect(WebSocketApi.builder("r").twoWayRoute("join", "Join").build());

    client.send("not json at all");

    assertThat(json(client.receive()).get("message").asText()).isEqualTo("Forbidden");
  }

  @Test
  void actionNamingAPredefinedRoute_doesNotRunIt() throws Exception {
    functions.webSocket("OnConnect", e -> TestFunctions.status(200));
    WebSocketClient client =
        connect(
            WebSocketApi.builder("r")
                .route("$connect", "OnConnect")
                .twoWayRoute("join", "Join")
                .build());

    client.send("{\"action\":\"$connect\"}");

    assertThat(json(client.receive()).get("message").asText()).isEqualTo("Forbidden");
    assertThat(functions.payloads("OnConnect")).hasSize(1);
  }

  @Test
  void functionFailure_sendsInternalServerErrorToTheClient() throws Exception {
    WebSocketClient client = connect(WebSocketApi.builder("r").route("$default", "Fails").build());

    client.send("anything");

    JsonNode error = json(client.receive());
    assertThat(error.get("message").asText()).isEqualTo("Internal server error");
    assertThat(error.get("connectionId").asText()).isEqualTo(client.connectionId());
    assertThat(client.isOpen()).isTrue();
  }

  @Test
  void oneWayRoute_sendsNothingBack() {
    WebSocketClient client =
        connect(WebSocketApi.builder("r").route("$default", "Default").build());

    client.send("hello");

    assertThat(client.receive(Duration.ZERO)).isEmpty();
    assertThat(functions.payloads("Default")).hasSize(1);
  }

  @Test
  void staticExpression_routesEveryMessageToThatKey() {
    WebSocketClient client =
        connect(
            WebSocketApi.builder("r")
                .routeSelectionExpression("join")
                .twoWayRoute("join", "Join")
                .build());

    client.send("not even json");

    assertThat(client.receive()).isEqualTo("joined join");
  }

  @Test
  void unsupportedExpression_failsAtDeclaration() {
    assertThatThrownBy(
            () -> WebSocketApi.builder("r").routeSelectionExpression("$request.header.x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WebSocket API 'r': unsupported route selection expression '$request.header.x'"
                + " (only $request.body.PATH or ${request.body.PATH} may use '$')");
  }

  @Test
  void reservedRouteKey_failsAtDeclaration() {
    assertThatThrownBy(() -> WebSocketApi.builder("r").route("$join", "Join"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WebSocket API 'r': route key '$join' is not allowed; the '$' prefix is reserved"
                + " for $connect, $disconnect and $default");
  }

  @Test
  void unregisteredFunction_failsWhenAClientConnects_notWhenTheHarnessIsBuilt() {
    WebSocketGateway broken =
        WebSocketGateway.builder()
            .api(WebSocketApi.builder("r").route("$default", "Missing").build())
            .build();

    try (Harness harness = Harness.builder().functions(functions).service(broken).build()) {
      // Functions are registered after the harness is built, so the check waits for a client.
      assertThatThrownBy(() -> broken.connect("r"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "WebSocket API 'r': route integration names function 'Missing', which is not"
                  + " registered with the harness; register it with harness.lambda().register(...)"
                  + " or fix the name");
    }
  }
}
