package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatRoomTest {
  private final TestFunctions functions = new TestFunctions();
  private final ChatApp app = new ChatApp();
  private WebSocketGateway gateway;
  private Harness harness;

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @BeforeEach
  void start() {
    app.register(functions);
    gateway = WebSocketGateway.builder().api(ChatApp.api()).build();
    harness = Harness.builder().functions(functions).service(gateway).build();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void chat_messageFansOutToTheOtherClients_throughPostToConnection() {
    WebSocketClient alice = gateway.connect("chat");
    WebSocketClient bob = gateway.connect("chat");
    WebSocketClient carol = gateway.connect("chat");
    assertThat(app.connectionsTable)
        .containsExactlyInAnyOrder(alice.connectionId(), bob.connectionId(), carol.connectionId());

    alice.send("{\"action\":\"sendmessage\",\"data\":\"hello room\"}");

    assertThat(bob.receive()).isEqualTo("hello room");
    assertThat(carol.receive()).isEqualTo("hello room");
    assertThat(alice.receive(Duration.ZERO)).isEmpty();
  }

  @Test
  void chat_disconnectRemovesTheConnectionFromTheTable() {
    WebSocketClient alice = gateway.connect("chat");
    WebSocketClient bob = gateway.connect("chat");

    bob.close();

    assertThat(app.connectionsTable).containsExactly(alice.connectionId());
    assertThat(gateway.connectionIds("chat")).containsExactly(alice.connectionId());
    assertThat(bob.closeStatus()).contains(new WebSocketCloseStatus(1000, ""));
  }

  @Test
  void chat_staleConnection_causesGoneException_thatTheFunctionHandles() {
    WebSocketClient alice = gateway.connect("chat");
    WebSocketClient bob = gateway.connect("chat");
    WebSocketClient carol = gateway.connect("chat");
    String carolsId = carol.connectionId();
    carol.close();
    // API Gateway delivers $disconnect on a best-effort basis: a table can keep a dead id.
    app.connectionsTable.add(carolsId);

    alice.send("{\"action\":\"sendmessage\",\"data\":\"anyone?\"}");

    assertThat(bob.receive()).isEqualTo("anyone?");
    assertThat(app.goneConnections).containsExactly(carolsId);
    assertThat(app.connectionsTable)
        .containsExactlyInAnyOrder(alice.connectionId(), bob.connectionId());
  }

  @Test
  void manyClientsSendingConcurrently_eachGetsItsOwnRepliesInOrder() throws Exception {
    harness.close();
    functions.webSocket("Echo", e -> java.util.Map.of("statusCode", 200, "body", e.getBody()));
    gateway =
        WebSocketGateway.builder()
            .api(WebSocketApi.builder("echo").twoWayRoute("$default", "Echo").build())
            .build();
    harness = Harness.builder().functions(functions).service(gateway).build();
    int clients = 8;
    int messages = 25;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(clients);
    try {
      java.util.List<java.util.concurrent.Future<java.util.List<String>>> results =
          new java.util.ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int id = c;
        results.add(
            pool.submit(
                () -> {
                  WebSocketClient client = gateway.connect("echo");
                  java.util.List<String> got = new java.util.ArrayList<>();
                  for (int m = 0; m < messages; m++) {
                    client.send(id + ":" + m);
                    got.add(client.receive());
                  }
                  client.close();
                  return got;
                }));
      }
      for (int c = 0; c < clients; c++) {
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (int m = 0; m < messages; m++) {
          expected.add(c + ":" + m);
        }
        assertThat(results.get(c).get()).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(gateway.connectionIds("echo")).isEmpty();
  }

  @Test
  void chat_manyClientsAtOnce_allReceiveTheBroadcast() throws Exception {
    WebSocketClient sender = gateway.connect("chat");
    int count = 20;
    java.util.List<WebSocketClient> listeners = new java.util.ArrayList<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<WebSocketClient>> futures =
          new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(pool.submit(() -> gateway.connect("chat")));
      }
      for (java.util.concurrent.Future<WebSocketClient> future : futures) {
        listeners.add(future.get());
      }
    } finally {
      pool.shutdown();
    }

    sender.send("{\"action\":\"sendmessage\",\"data\":\"to all\"}");

    for (WebSocketClient listener : listeners) {
      assertThat(listener.receive()).isEqualTo("to all");
    }
    assertThat(app.connectionsTable).hasSize(count + 1);
  }
}
