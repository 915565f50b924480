package dev.hangar.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Quotas for configuring and running a WebSocket API in API Gateway" (32 KB frames, 128 KB
 * messages, 10 minutes idle, 2 hours per connection), binary frames, and messages after close.
 */
class QuotaAndTimeoutTest {
  private final TestFunctions functions = new TestFunctions();
  private final HarnessClock clock = HarnessClock.fixed(Instant.parse("2026-03-01T00:00:00Z"));
  private WebSocketGateway gateway;
  private Harness harness;

  @BeforeEach
  void start() {
    functions
        .webSocket("OnDisconnect", e -> TestFunctions.status(200))
        .webSocket(
            "Echo",
            e -> java.util.Map.of("statusCode", 200, "body", "got " + e.getBody().length()));
    WebSocketApi api =
        WebSocketApi.builder("quota")
            .route("$disconnect", "OnDisconnect")
            .twoWayRoute("$default", "Echo")
            .build();
    gateway = WebSocketGateway.builder().api(api).build();
    harness = Harness.builder().clock(clock).functions(functions).service(gateway).build();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private JsonNode lastDisconnect() throws Exception {
    List<String> payloads = functions.payloads("OnDisconnect");
    return TestFunctions.JSON.readTree(payloads.get(payloads.size() - 1)).get("requestContext");
  }

  @Test
  void frameOf32KB_isAccepted() {
    WebSocketClient client = gateway.connect("quota");

    client.send("x".repeat(32 * 1024));

    assertThat(client.receive()).isEqualTo("got 32768");
  }

  @Test
  void frameOver32KB_closesTheConnectionWith1009() throws Exception {
    WebSocketClient client = gateway.connect("quota");

    client.send("x".repeat(32 * 1024 + 1));

    assertThat(client.closeStatus()).contains(new WebSocketCloseStatus(1009, "Message too big"));
    assertThat(functions.payloads("Echo")).isEmpty();
    assertThat(lastDisconnect().get("disconnectStatusCode").asInt()).isEqualTo(1009);
  }

  @Test
  void frameSizeCountsUtf8Bytes() {
    WebSocketClient client = gateway.connect("quota");

    client.send("é".repeat(16 * 1024 + 1));

    assertThat(client.closeStatus()).contains(new WebSocketCloseStatus(1009, "Message too big"));
  }

  @Test
  void messageOf128KB_inFramesOf32KB_isAccepted() {
    WebSocketClient client = gateway.connect("quota");
    String frame = "y".repeat(32 * 1024);

    client.sendFragmented(frame, frame, frame, frame);

    assertThat(client.receive()).isEqualTo("got 131072");
  }

  @Test
  void messageOver128KB_closesTheConnectionWith1009() {
    WebSocketClient client = gateway.connect("quota");
    String frame = "y".repeat(32 * 1024);

    client.sendFragmented(frame, frame, frame, frame, "z");

    assertThat(client.closeStatus()).contains(new WebSocketCloseStatus(1009, "Message too big"));
    assertThat(functions.payloads("Echo")).isEmpty();
  }

  @Test
  void binaryFrame_closesTheConnectionWith1003() throws Exception {
    WebSocketClient client = gateway.connect("quota");

    client.sendBinary(new byte[] {1, 2, 3});

    assertThat(client.closeStatus()).contains(new WebSocketCloseStatus(1003, "Unsupported data"));
    assertThat(lastDisconnect().get("disconnectStatusCode").asInt()).isEqualTo(1003);
  }

  @Test
  void sendAfterClose_fails_andReachesNoFunction() {
    WebSocketClient client = gateway.connect("quota");
    client.close();

    assertThatThrownBy(() -> client.send("late"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("WebSocket connection " + client.connectionId() + " is closed (1000)");
    assertThat(functions.payloads("Echo")).isEmpty();
  }

  @Test
  void closeTwice_runsDisconnectOnce() {
    WebSocketClient client = gateway.connect("quota");

    client.close();
    client.close();

    assertThat(functions.payloads("OnDisconnect")).hasSize(1);
  }

  @Test
  void clientCloseCodeOutOfRange_isRejected() {
    WebSocketClient client = gateway.connect("quota");

    assertThatThrownBy(() -> client.close(1006, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A client may close with 1000, 1001 or 3000-4999 (RFC 6455 section 7.4), got 1006");
    assertThat(client.isOpen()).isTrue();
  }

  @Test
  void idleFor10Minutes_closesWith1001_andRunsDisconnect() throws Exception {
    WebSocketClient idle = gateway.connect("quota");
    WebSocketClient busy = gateway.connect("quota");
    clock.advance(Duration.ofMinutes(9));
    busy.send("still here");

    clock.advance(Duration.ofMinutes(1));

    assertThat(idle.closeStatus()).contains(new WebSocketCloseStatus(1001, "Going away"));
    assertThat(busy.isOpen()).isTrue();
    assertThat(lastDisconnect().get("disconnectStatusCode").asInt()).isEqualTo(1001);
    assertThat(gateway.connectionIds("quota")).containsExactly(busy.connectionId());
  }

  @Test
  void justUnder10MinutesIdle_staysOpen() {
    WebSocketClient client = gateway.connect("quota");

    clock.advance(Duration.ofMinutes(10).minusMillis(1));

    assertThat(client.isOpen()).isTrue();
  }

  @Test
  void activeConnection_closesAfter2Hours() {
    WebSocketClient client = gateway.connect("quota");
    for (int i = 0; i < 23; i++) {
      clock.advance(Duration.ofMinutes(5));
      client.send("keep-alive");
      client.receive();
    }
    assertThat(client.isOpen()).isTrue();

    clock.advance(Duration.ofMinutes(5));

    assertThat(client.closeStatus()).contains(new WebSocketCloseStatus(1001, "Going away"));
  }

  @Test
  void closingTheHarness_closesConnections_andRunsDisconnect() {
    WebSocketClient client = gateway.connect("quota");

    harness.close();

    assertThat(client.closeStatus()).contains(new WebSocketCloseStatus(1001, "Going away"));
    assertThat(functions.payloads("OnDisconnect")).hasSize(1);
  }
}
