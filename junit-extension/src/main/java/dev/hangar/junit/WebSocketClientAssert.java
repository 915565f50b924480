package dev.hangar.junit;

import dev.hangar.gateway.websocket.WebSocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the messages an in-process WebSocket client has received. Messages that a function
 * posts through {@code @connections} arrive before {@code postToConnection} returns, so these
 * assertions look only at what is there and never wait. Each check takes the messages it reads
 * from the client, as {@link WebSocketClient#receive(Duration)} does. Get one from {@link
 * HangarAssertions#assertThat(WebSocketClient)}.
 *
 * @since 0.1.0
 */
public final class WebSocketClientAssert
    extends AbstractAssert<WebSocketClientAssert, WebSocketClient> {

  WebSocketClientAssert(WebSocketClient actual) {
    super(actual, WebSocketClientAssert.class);
  }

  /**
   * Takes the next message and checks it.
   *
   * @param expected the message text
   * @return this
   */
  public WebSocketClientAssert receivedMessage(String expected) {
    isNotNull();
    Optional<String> next = actual.receive(Duration.ZERO);
    if (next.isEmpty()) {
      failWithMessage(
          "Expected connection <%s> to have received <%s> but no message is waiting",
          actual.connectionId(), expected);
    } else if (!next.get().equals(expected)) {
      failWithMessage(
          "Expected connection <%s> to receive next <%s> but it received <%s>",
          actual.connectionId(), expected, next.get());
    }
    return this;
  }

  /**
   * Takes every waiting message and checks that they are exactly these, in order.
   *
   * @param expected the message texts
   * @return this
   */
  public WebSocketClientAssert receivedExactly(String... expected) {
    isNotNull();
    List<String> all = new ArrayList<>();
    for (Optional<String> next = actual.receive(Duration.ZERO);
        next.isPresent();
        next = actual.receive(Duration.ZERO)) {
      all.add(next.get());
    }
    if (!all.equals(List.of(expected))) {
      failWithMessage(
          "Expected connection <%s> to have received exactly <%s> but it received <%s>",
          actual.connectionId(), List.of(expected), all);
    }
    return this;
  }

  /**
   * Checks that no message is waiting.
   *
   * @return this
   */
  public WebSocketClientAssert receivedNothing() {
    return receivedExactly();
  }

  /**
   * Checks that the connection is open.
   *
   * @return this
   */
  public WebSocketClientAssert isOpen() {
    isNotNull();
    if (!actual.isOpen()) {
      failWithMessage(
          "Expected connection <%s> to be open but it closed with <%s>",
          actual.connectionId(), actual.closeStatus().orElseThrow());
    }
    return this;
  }
}
