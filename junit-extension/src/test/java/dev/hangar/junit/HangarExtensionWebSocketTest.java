package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.gateway.websocket.WebSocketClient;
import dev.hangar.gateway.websocket.WebSocketConnectException;
import dev.hangar.gateway.websocket.WebSocketConnector;
import dev.hangar.gateway.websocket.WebSocketGateway;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** WebSocket APIs declared as AWS::ApiGatewayV2 resources, built from the template and injected. */
class HangarExtensionWebSocketTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/chat-app.yaml")
  static class Chat {
    @Hangar WebSocketGateway gateway;

    @Test
    void authorizedClientConnects_andTheRouteAnswersThroughTheCallbackUrl(
        WebSocketConnector chat, DynamoTable connections) {
      WebSocketClient client = chat.queryParameter("token", "let-me-in").connect();
      assertThat(connections.item(Map.of("id", client.connectionId())).orElseThrow())
          .containsEntry("user", "ada");
      client.send("{\"action\":\"echo\",\"text\":\"hi\"}");
      HangarAssertions.assertThat(client)
          .isOpen()
          .receivedMessage("echo {\"action\":\"echo\",\"text\":\"hi\"}")
          .receivedNothing();
      client.send("{\"action\":\"echo\"}");
      assertThatThrownBy(() -> HangarAssertions.assertThat(client).receivedExactly("other"))
          .hasMessage(
              "Expected connection <" + client.connectionId() + "> to have received exactly"
                  + " <[other]> but it received <[echo {\"action\":\"echo\"}]>");
      assertThat(gateway.connectionIds("Chat")).containsExactly(client.connectionId());
    }

    @Test
    void authorizerDenial_refusesTheConnectionWith403(@Named("Chat") WebSocketConnector chat) {
      assertThatThrownBy(() -> chat.queryParameter("token", "wrong").connect())
          .isInstanceOfSatisfying(
              WebSocketConnectException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
      // A connector keeps what it was given; the gateway connects without a token.
      assertThatThrownBy(() -> gateway.connect("Chat"))
          .isInstanceOfSatisfying(
              WebSocketConnectException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
    }

    @Test
    void apiKeepsTheIdTheTemplateGaveIt(WebSocketGateway injected) {
      assertThat(injected).isSameAs(gateway);
      assertThat(gateway.webSocketUrl("Chat").toString())
          .matches("wss://[a-z0-9]{10}\\.execute-api\\.us-east-1\\.amazonaws\\.com/test");
    }
  }

  @Test
  void webSocketApiFromTemplate_connectsAuthorizesAndAnswers() {
    Fixtures.assertPassed(Fixtures.run(Chat.class), 3);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/chat-app.yaml")
  static class UnknownApi {
    @Test
    void test(@Named("Nope") WebSocketConnector chat) {}
  }

  @Test
  void connectorForAnApiTheTemplateLacks_failsNamingTheApis() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(UnknownApi.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .cause()
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "parameter arg0 of UnknownApi.test is a WebSocketConnector for @Named(\"Nope\"), but"
                + " the template's WebSocket APIs are [Chat]; name one of them by its logical id");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/users-api.yaml")
  static class NoWebSockets {
    @Test
    void test(WebSocketGateway gateway) {}
  }

  @Test
  void webSocketGatewayWithoutWebSocketApis_failsSayingSo() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(NoWebSockets.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .cause()
        .hasMessage(
            "parameter arg0 of NoWebSockets.test asks for a WebSocketGateway, but the harness has"
                + " none: it has no template, or its template declares no WebSocket APIs");
  }
}
