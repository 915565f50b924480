package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat room over a real WebSocket connection on loopback, with the JDK's WebSocket client. */
class LoopbackChatTest {
  /**
   * How long a step over the real socket may take before the test gives up: a guard against a
   * hang, not a timing check, so it is generous (test runs share two cores with other builds).
   */
  private static final long WAIT_SECONDS = 60;

  private final TestFunctions functions = new TestFunctions();
  private final ChatApp app = new ChatApp();
  private final HttpClient http = HttpClient.newHttpClient();
  private WebSocketGateway gateway;
  private Harness harness;
  private WebSocketEndpoint endpoint;

  @BeforeAll
  static void selectTransport() {
    Harness.selectTransport();
  }

  @BeforeEach
  void start() {
    app.register(functions);
    functions.webSocket(
        "Echo", e -> java.util.Map.of("statusCode", 200, "body", "echo: " + e.getBody()));
    WebSocketApi api = ChatApp.api().toBuilder().twoWayRoute("echo", "Echo").build();
    gateway = WebSocketGateway.builder().api(api).build();
    harness = Harness.builder().functions(functions).service(gateway).build();
    endpoint = gateway.serveOnLoopback("chat", 0);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  /** A JDK WebSocket listener that queues whole text messages and records the close. */
  private static final class Inbox implements WebSocket.Listener {
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }

    String next() throws InterruptedException {
      String message = messages.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(message).as("a message within %d s", WAIT_SECONDS).isNotNull();
      return message;
    }

    int closeCode() throws Exception {
      return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
  }

  private WebSocket connect(Inbox inbox, String query) throws Exception {
    URI uri = URI.create(endpoint.uri() + (query.isEmpty() ? "" : "?" + query));
    return http.newWebSocketBuilder().buildAsync(uri, inbox).get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private String awaitDisconnect() throws InterruptedException {
    String id = app.disconnected.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(id).as("$disconnect within %d s", WAIT_SECONDS).isNotNull();
    return id;
  }

  @Test
  void endpoint_isOnLoopbackWithTheStageAsPath() {
    assertThat(endpoint.uri().toString()).matches("ws://127\\.0\\.0\\.1:\\d+/prod");
  }

  @Test
  void chat_overLoopback_fansOutAndCleansUp() throws Exception {
    Inbox alice = new Inbox();
    Inbox bob = new Inbox();
    Inbox carol = new Inbox();
    WebSocket aliceSocket = connect(alice, "user=alice");
    connect(bob, "user=bob");
    WebSocket carolSocket = connect(carol, "user=carol");
    assertThat(app.connectionsTable).hasSize(3);

    aliceSocket
        .sendText("{\"action\":\"sendmessage\",\"data\":\"hello over tcp\"}", true)
        .get(WAIT_SECONDS, TimeUnit.SECONDS);

    assertThat(bob.next()).isEqualTo("hello over tcp");
    assertThat(carol.next()).isEqualTo("hello over tcp");

    carolSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(WAIT_SECONDS, TimeUnit.SECONDS);
    String carolsId = awaitDisconnect();
    assertThat(app.connectionsTable).hasSize(2).doesNotContain(carolsId);

    // A dead id left in the table (a lost $disconnect) is met with GoneException.
    app.connectionsTable.add(carolsId);
    aliceSocket
        .sendText("{\"action\":\"sendmessage\",\"data\":\"again\"}", true)
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(bob.next()).isEqualTo("again");
    assertThat(app.goneConnections).containsExactly(carolsId);
    assertThat(app.connectionsTable).hasSize(2);
  }

  @Test
  void connectEvent_overLoopback_carriesTheRealHandshake() throws Exception {
    Inbox inbox = new Inbox();
    URI uri = URI.create(endpoint.uri() + "?user=ada&room=a%20b");
    http.newWebSocketBuilder()
        .header("X-Custom", "42")
        .buildAsync(uri, inbox)
        .get(WAIT_SECONDS, TimeUnit.SECONDS);

    var event = TestFunctions.JSON.readTree(functions.payloads("OnConnect").get(0));
    var headers = event.get("headers");
    assertThat(headers.get("Host").asText())
        .isEqualTo(gateway.apiId("chat") + ".execute-api.us-east-1.amazonaws.com");
    assertThat(headers.get("X-Custom").asText()).isEqualTo("42");
    assertThat(headers.get("Sec-WebSocket-Version").asText()).isEqualTo("13");
    assertThat(headers.get("X-Forwarded-For").asText()).isEqualTo("127.0.0.1");
    assertThat(event.get("queryStringParameters").toString())
        .isEqualTo("{\"user\":\"ada\",\"room\":\"a b\"}");
    assertThat(event.get("requestContext").get("identity").get("sourceIp").asText())
        .isEqualTo("127.0.0.1");
  }

  @Test
  void twoWayRoute_answersOnTheSameSocket() throws Exception {
    Inbox inbox = new Inbox();
    WebSocket socket = connect(inbox, "");

    socket.sendText("{\"action\":\"echo\",\"n\":1}", true);

    assertThat(inbox.next()).isEqualTo("echo: {\"action\":\"echo\",\"n\":1}");
  }

  @Test
  void refusedConnect_failsTheHandshakeWithTheStatus() {
    Inbox inbox = new Inbox();

    assertThatThrownBy(() -> connect(inbox, "user=banned"))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(WebSocketHandshakeException.class)
        .satisfies(
            e ->
                assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                    .isEqualTo(403));
    assertThat(app.connectionsTable).isEmpty();
  }

  @Test
  void wrongStagePath_isForbidden() {
    Inbox inbox = new Inbox();
    URI wrong = URI.create("ws://127.0.0.1:" + endpoint.port() + "/dev");

    assertThatThrownBy(
            () ->
                http.newWebSocketBuilder()
                    .buildAsync(wrong, inbox)
                    .get(WAIT_SECONDS, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(WebSocketHandshakeException.class)
        .satisfies(
            e ->
                assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                    .isEqualTo(403));
  }

  @Test
  void messageOver128KB_closesWith1009() throws Exception {
    Inbox inbox = new Inbox();
    WebSocket socket = connect(inbox, "");

    // The JDK client splits this into 16 KB frames, so only the message quota is crossed.
    socket.sendText("x".repeat(128 * 1024 + 1), true);

    assertThat(inbox.closeCode()).isEqualTo(1009);
    assertThat(awaitDisconnect()).isNotNull();
  }

  @Test
  void singleFrameOver32KB_closesWith1009() throws Exception {
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    CompletableFuture<Void> opened = new CompletableFuture<>();
    // Java-WebSocket's client sends a message as one frame, as browsers do for small messages.
    org.java_websocket.client.WebSocketClient client =
        new org.java_websocket.client.WebSocketClient(endpoint.uri()) {
          @Override
          public void onOpen(org.java_websocket.handshake.ServerHandshake handshake) {
            opened.complete(null);
          }

          @Override
          public void onMessage(String message) {}

          @Override
          public void onClose(int code, String reason, boolean remote) {
            closed.complete(code);
          }

          @Override
          public void onError(Exception ex) {
            closed.completeExceptionally(ex);
          }
        };
    client.connect();
    opened.get(WAIT_SECONDS, TimeUnit.SECONDS);

    client.send("x".repeat(32 * 1024 + 1));

    assertThat(closed.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1009);
    assertThat(awaitDisconnect()).isNotNull();
  }

  @Test
  void messageOf100KB_inFramesUnder32KB_isDelivered() throws Exception {
    Inbox inbox = new Inbox();
    WebSocket socket = connect(inbox, "");
    String chunk = "y".repeat(25 * 1024);

    socket.sendText("{\"action\":\"echo\",\"pad\":\"", false).get(WAIT_SECONDS, TimeUnit.SECONDS);
    for (int i = 0; i < 4; i++) {
      socket.sendText(chunk, false).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
    socket.sendText("\"}", true).get(WAIT_SECONDS, TimeUnit.SECONDS);

    String echo = inbox.next();
    assertThat(echo.length()).isEqualTo("echo: ".length() + 24 + 100 * 1024 + 2);
    assertThat(echo.substring(0, 30)).isEqualTo("echo: {\"action\":\"echo\",\"pad\":\"");
  }

  @Test
  void binaryFrame_closesWith1003() throws Exception {
    Inbox inbox = new Inbox();
    WebSocket socket = connect(inbox, "");

    socket.sendBinary(ByteBuffer.wrap(new byte[] {1, 2}), true);

    assertThat(inbox.closeCode()).isEqualTo(1003);
  }

  @Test
  void deleteConnectionFromTheGateway_closesTheSocket() throws Exception {
    Inbox inbox = new Inbox();
    connect(inbox, "");
    String id = gateway.connectionIds("chat").get(0);
    try (var management =
        software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient
            .builder()
            .endpointOverride(gateway.managementEndpoint("chat"))
            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
            .credentialsProvider(
                software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                    software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                        "test", "test")))
            .build()) {
      management.deleteConnection(r -> r.connectionId(id));
    }

    assertThat(inbox.closeCode()).isEqualTo(1000);
    assertThat(awaitDisconnect()).isEqualTo(id);
  }

  @Test
  void idleTimeoutOnTheHarnessClock_closesTheSocket_andRunsDisconnectWith1001() throws Exception {
    Inbox inbox = new Inbox();
    connect(inbox, "");

    harness.clock().advance(Duration.ofMinutes(10));

    String id = awaitDisconnect();
    String event = functions.payloads("OnDisconnect").get(0);
    assertThat(
            TestFunctions.JSON
                .readTree(event)
                .get("requestContext")
                .get("disconnectStatusCode")
                .asInt())
        .isEqualTo(1001);
    assertThat(id).isNotNull();
    // The close frame carries 1001. The client may read the handshake answer before the server's
    // side is open; a close asked for in between now waits for the open (it once dropped the
    // connection without a frame: 1006, or no close seen within the wait). 1006 stays accepted
    // for a TCP close racing the frame.
    assertThat(inbox.closed.get(WAIT_SECONDS, TimeUnit.SECONDS)).isIn(1001, 1006);
  }
}
