package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/** Declaring and deploying WebSocket APIs: ids, hosts, misuse. */
class GatewaySetupTest {
  private final TestFunctions functions =
      new TestFunctions().webSocket("OnDefault", e -> TestFunctions.status(200));

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  private static WebSocketApi api(String name) {
    return WebSocketApi.builder(name).route("$default", "OnDefault").build();
  }

  private static ApiGatewayManagementApiClient management(java.net.URI endpoint) {
    return ApiGatewayManagementApiClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .build();
  }

  @Test
  void twoOpenHarnessesWithTheSameSeed_getDifferentApiIds_andBothWork() {
    WebSocketGateway first = WebSocketGateway.builder().api(api("chat")).build();
    WebSocketGateway second = WebSocketGateway.builder().api(api("chat")).build();
    try (Harness a = Harness.builder().functions(functions).service(first).build();
        Harness b = Harness.builder().functions(functions).service(second).build();
        ApiGatewayManagementApiClient toFirst = management(first.managementEndpoint("chat"));
        ApiGatewayManagementApiClient toSecond = management(second.managementEndpoint("chat"))) {
      assertThat(first.apiId("chat")).matches("[a-z0-9]{10}").isNotEqualTo(second.apiId("chat"));
      WebSocketClient one = first.connect("chat");
      WebSocketClient two = second.connect("chat");

      toFirst.postToConnection(
          r -> r.connectionId(one.connectionId()).data(SdkBytes.fromUtf8String("to one")));
      toSecond.postToConnection(
          r -> r.connectionId(two.connectionId()).data(SdkBytes.fromUtf8String("to two")));

      assertThat(one.receive()).isEqualTo("to one");
      assertThat(two.receive()).isEqualTo("to two");
    }
  }

  @Test
  void fixedApiIdInUseByAnotherOpenHarness_failsWithAMessage() {
    WebSocketApi fixed =
        WebSocketApi.builder("chat").apiId("fixed12345").route("$default", "OnDefault").build();
    try (Harness a =
        Harness.builder()
            .functions(functions)
            .service(WebSocketGateway.builder().api(fixed).build())
            .build()) {
      assertThatThrownBy(
              () ->
                  Harness.builder()
                      .functions(functions)
                      .service(WebSocketGateway.builder().api(fixed).build())
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "WebSocket API 'chat': apiId 'fixed12345' is in use by another open harness;"
                  + " close it, or leave apiId unset to get a generated one");
    }
  }

  @Test
  void managementApi_isReachableThroughTheHarnessEndpointToo() {
    WebSocketGateway gateway = WebSocketGateway.builder().api(api("chat")).build();
    try (Harness harness = Harness.builder().functions(functions).service(gateway).build();
        ApiGatewayManagementApiClient client =
            management(java.net.URI.create(harness.endpoint() + "/prod"))) {
      WebSocketClient socket = gateway.connect("chat");

      client.postToConnection(
          r -> r.connectionId(socket.connectionId()).data(SdkBytes.fromUtf8String("via harness")));

      assertThat(socket.receive()).isEqualTo("via harness");
    }
  }

  @Test
  void managementApi_isReachableOverTheHarnessLoopbackHttpEndpoint() {
    WebSocketGateway gateway = WebSocketGateway.builder().api(api("chat")).build();
    try (Harness harness = Harness.builder().functions(functions).service(gateway).build()) {
      java.net.URI loopback = harness.serveOnLoopback(0).uri();
      try (ApiGatewayManagementApiClient client =
          ApiGatewayManagementApiClient.builder()
              .endpointOverride(java.net.URI.create(loopback + "/prod"))
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
              .build()) {
        WebSocketClient socket = gateway.connect("chat");

        client.postToConnection(
            r -> r.connectionId(socket.connectionId()).data(SdkBytes.fromUtf8String("over http")));

        assertThat(socket.receive()).isEqualTo("over http");
        assertThat(
                client
                    .getConnection(r -> r.connectionId(socket.connectionId()))
                    .identity()
                    .sourceIp())
            .isEqualTo("127.0.0.1");
      }
    }
  }

  @Test
  void connectionIdsWithSlashAndPlus_surviveThePathEncoding() {
    WebSocketGateway gateway = WebSocketGateway.builder().api(api("chat")).build();
    try (Harness harness = Harness.builder().functions(functions).service(gateway).build();
        ApiGatewayManagementApiClient client = management(gateway.managementEndpoint("chat"))) {
      List<WebSocketClient> awkward = new ArrayList<>();
      boolean slash = false;
      boolean plus = false;
      for (int i = 0; i < 200 && !(slash && plus); i++) {
        WebSocketClient socket = gateway.connect("chat");
        boolean hasSlash = socket.connectionId().contains("/");
        boolean hasPlus = socket.connectionId().contains("+");
        if (hasSlash && !slash || hasPlus && !plus) {
          awkward.add(socket);
        }
        slash |= hasSlash;
        plus |= hasPlus;
      }
      assertThat(slash && plus).as("ids with '/' and '+' were drawn").isTrue();

      for (WebSocketClient socket : awkward) {
        client.postToConnection(
            r ->
                r.connectionId(socket.connectionId())
                    .data(SdkBytes.fromUtf8String(socket.connectionId())));
        assertThat(socket.receive()).isEqualTo(socket.connectionId());
      }
    }
  }

  @Test
  void usingTheGatewayBeforeItIsAddedToAHarness_failsWithAMessage() {
    WebSocketGateway gateway = WebSocketGateway.builder().api(api("chat")).build();

    assertThatThrownBy(() -> gateway.connect("chat"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "This WebSocketGateway is not added to a harness yet; use"
                + " Harness.builder().service(gateway).build() first");
  }

  @Test
  void unknownApiName_failsWithTheDeclaredNames() {
    WebSocketGateway gateway = WebSocketGateway.builder().api(api("chat")).build();
    try (Harness harness = Harness.builder().functions(functions).service(gateway).build()) {
      assertThatThrownBy(() -> gateway.connect("chta"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("No WebSocket API named 'chta'; declared: [chat]");
    }
  }

  @Test
  void apiWithoutRoutes_failsAtBuild() {
    assertThatThrownBy(() -> WebSocketApi.builder("empty").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "WebSocket API 'empty' has no route; declare at least $default or a custom route"
                + " with route(...)");
  }

  @Test
  void twoApisWithTheSameName_failWhenAdded() {
    WebSocketGateway.Builder builder = WebSocketGateway.builder().api(api("chat"));
    assertThatThrownBy(() -> builder.api(api("chat")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two WebSocket APIs are named 'chat'");
  }

  @Test
  void twoApisWithTheSameFixedId_failWhenAttached() {
    WebSocketGateway gateway =
        WebSocketGateway.of(
            WebSocketApi.builder("a").apiId("same123456").route("$default", "OnDefault").build(),
            WebSocketApi.builder("b").apiId("same123456").route("$default", "OnDefault").build());
    assertThatThrownBy(() -> Harness.builder().functions(functions).service(gateway).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("WebSocket API 'b': apiId 'same123456' is used by another API of this harness");
  }

  @Test
  void restAndWebSocketGatewaysInOneHarness_drawDistinctIdsFromTheHarnessSource() {
    dev.hangar.gateway.FakeGateway rest =
        dev.hangar.gateway.FakeGateway.of(
            dev.hangar.gateway.ApiDefinition.rest("orders").route("GET /a", "OnDefault").build());
    WebSocketGateway sockets = WebSocketGateway.of(api("chat"));
    try (Harness harness =
        Harness.builder().functions(functions).service(rest).service(sockets).build()) {
      assertThat(rest.apiId("orders")).matches("[a-z0-9]{10}").isNotEqualTo(sockets.apiId("chat"));
      assertThat(sockets.connect("chat").isOpen()).isTrue();
    }
  }

  @Test
  void restAndWebSocketApisWithTheSameFixedIdInOneHarness_failWhenAttached() {
    dev.hangar.gateway.FakeGateway rest =
        dev.hangar.gateway.FakeGateway.of(
            dev.hangar.gateway.ApiDefinition.rest("orders")
                .id("shared0001")
                .route("GET /a", "OnDefault")
                .build());
    WebSocketGateway sockets =
        WebSocketGateway.of(
            WebSocketApi.builder("chat").apiId("shared0001").route("$default", "OnDefault").build());
    assertThatThrownBy(
            () -> Harness.builder().functions(functions).service(rest).service(sockets).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("WebSocket API 'chat': apiId 'shared0001' is used by another API of this harness");
  }

  @Test
  void gatewayWithoutApis_failsAtBuild() {
    assertThatThrownBy(() -> WebSocketGateway.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A WebSocketGateway needs at least one WebSocketApi");
  }

  @Test
  void invalidApiIdAndStage_failAtDeclaration() {
    assertThatThrownBy(() -> WebSocketApi.builder("a").apiId("ABC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WebSocket API 'a': apiId must be ten lower-case letters or digits, got 'ABC'");
    assertThatThrownBy(() -> WebSocketApi.builder("a").stage("my stage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WebSocket API 'a': a stage name has 1 to 128 letters, digits, '-' or '_', got 'my"
                + " stage'");
  }

  @Test
  void toBuilder_keepsEverything() {
    WebSocketApi original =
        WebSocketApi.builder("a")
            .apiId("abcdefghij")
            .stage("dev")
            .routeSelectionExpression("$request.body.type")
            .route("$default", "OnDefault")
            .twoWayRoute("ping", "OnDefault")
            .connectAuthorizer(
                WebSocketAuthorizer.lambdaRequest("Auth")
                    .withIdentitySource("route.request.header.A"))
            .stageVariable("k", "v")
            .build();

    WebSocketApi copy = original.toBuilder().build();

    assertThat(copy.apiId()).contains("abcdefghij");
    assertThat(copy.stage()).isEqualTo("dev");
    assertThat(copy.routeSelectionExpression()).isEqualTo("$request.body.type");
    assertThat(copy.routes()).isEqualTo(original.routes());
    assertThat(copy.routes().get("ping").twoWay()).isTrue();
    assertThat(copy.connectAuthorizer().get().identitySources())
        .containsExactly("route.request.header.A");
    assertThat(copy.stageVariables()).containsEntry("k", "v");
  }
}
