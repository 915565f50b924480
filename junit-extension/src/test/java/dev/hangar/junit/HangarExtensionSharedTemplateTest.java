package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.websocket.WebSocketClient;
import dev.hangar.gateway.websocket.WebSocketConnector;
import dev.hangar.gateway.websocket.WebSocketGateway;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Parallel test classes that all name one template (with a WebSocket API whose handler posts to
 * its own execute-api callback URL, built with {@code !Sub}) and the default stack name: every
 * harness gets API ids of its own, and each handler's URL reaches its own harness.
 */
class HangarExtensionSharedTemplateTest {
  static final Set<String> URLS = ConcurrentHashMap.newKeySet();

  /** Connects, lets the echo route answer through the callback URL, and records the API's URL. */
  static void echoes(WebSocketConnector chat, WebSocketGateway gateway, String text) {
    WebSocketClient client = chat.queryParameter("token", "let-me-in").connect();
    client.send("{\"action\":\"echo\",\"text\":\"" + text + "\"}");
    HangarAssertions.assertThat(client)
        .receivedMessage("echo {\"action\":\"echo\",\"text\":\"" + text + "\"}")
        .receivedNothing();
    assertThat(gateway.connectionIds("Chat")).contains(client.connectionId());
    URLS.add(gateway.webSocketUrl("Chat").toString());
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/chat-app.yaml")
  static class First {
    @RepeatedTest(3)
    void echo(WebSocketConnector chat, WebSocketGateway gateway) {
      echoes(chat, gateway, "first");
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/chat-app.yaml")
  static class Second {
    @RepeatedTest(3)
    void echo(WebSocketConnector chat, WebSocketGateway gateway) {
      echoes(chat, gateway, "second");
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/chat-app.yaml", lifecycle = HarnessLifecycle.PER_CLASS)
  static class ThirdPerClass {
    @RepeatedTest(3)
    void echo(WebSocketConnector chat, WebSocketGateway gateway) {
      echoes(chat, gateway, "third");
    }
  }

  @Test
  void parallelClassesOfOneTemplateAndStackName_eachReachTheirOwnHarness() {
    URLS.clear();
    Fixtures.assertPassed(
        Fixtures.run(Fixtures.PARALLEL, First.class, Second.class, ThirdPerClass.class), 9);
    // Seven harnesses: one per method of First and Second, one for ThirdPerClass.
    assertThat(URLS).hasSize(7);
  }

  @Test
  void apiIds_areTheSameOnEveryRun() {
    URLS.clear();
    Fixtures.assertPassed(Fixtures.run(ThirdPerClass.class), 3);
    Set<String> first = Set.copyOf(URLS);
    URLS.clear();
    Fixtures.assertPassed(Fixtures.run(ThirdPerClass.class), 3);
    assertThat(URLS).isEqualTo(first);
  }
}
