package dev.hangar.gateway.websocket;

import dev.hangar.gateway.internal.websocket.ApiRuntime;
import dev.hangar.gateway.internal.websocket.InProcessPeer;
import dev.hangar.gateway.internal.websocket.LiveConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A WebSocket client connected to a {@link WebSocketGateway} in-process, for tests: it sends
 * messages that run the API's routes, receives what functions pushed with {@code PostToConnection}
 * or sent back through a route response, and closes the connection (running {@code $disconnect}).
 *
 * <p>Everything a message triggers runs on the sending thread before {@link #send(String)} returns,
 * so a pushed message is usually waiting already; {@link #receive(Duration)} waits on a queue,
 * never sleeps. Many clients may be used at once, from any threads.
 *
 * @since 0.1.0
 */
public final class WebSocketClient implements AutoCloseable {
  /** How long {@link #receive()} waits at most. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

  private final ApiRuntime api;
  private final LiveConnection connection;
  private final InProcessPeer peer;

  WebSocketClient(ApiRuntime api, LiveConnection connection, InProcessPeer peer) {
    this.api = api;
    this.connection = connection;
    this.peer = peer;
  }

  /**
   * The connection id API Gateway assigned, as functions see it in {@code
   * requestContext.connectionId}.
   *
   * @return the id, never null
   */
  public String connectionId() {
    return connection.connectionId();
  }

  /**
   * Sends a text message in one frame. A frame over 32 KB closes the connection with 1009, as API
   * Gateway does.
   *
   * @param message the message
   * @throws IllegalStateException when the connection is closed
   */
  public void send(String message) {
    Objects.requireNonNull(message, "message");
    checkOpen();
    api.receiveText(connection, message, message.getBytes(StandardCharsets.UTF_8).length);
  }

  /**
   * Sends one text message split into several frames (a text frame and continuation frames), as
   * clients do for messages over the 32 KB frame quota. A fragment over 32 KB, or a message over
   * 128 KB, closes the connection with 1009.
   *
   * @param fragments the frames' texts, in order; at least one
   * @throws IllegalStateException when the connection is closed
   */
  public void sendFragmented(String... fragments) {
    if (fragments.length == 0) {
      throw new IllegalArgumentException("sendFragmented needs at least one fragment");
    }
    checkOpen();
    StringBuilder message = new StringBuilder();
    int largest = 0;
    for (String fragment : fragments) {
      message.append(fragment);
      largest = Math.max(largest, fragment.getBytes(StandardCharsets.UTF_8).length);
    }
    api.receiveText(connection, message.toString(), largest);
  }

  /**
   * Sends a binary message. WebSocket APIs do not accept binary frames: API Gateway closes the
   * connection with 1003.
   *
   * @param data the bytes
   * @throws IllegalStateException when the connection is closed
   */
  public void sendBinary(byte[] data) {
    Objects.requireNonNull(data, "data");
    checkOpen();
    api.receiveBinary(connection);
  }

  /**
   * Takes the next message sent to this client, waiting up to {@link #DEFAULT_WAIT}.
   *
   * @return the message text, never null
   * @throws IllegalStateException when no message arrives in time
   */
  public String receive() {
    return receive(DEFAULT_WAIT)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No message arrived for connection "
                        + connectionId()
                        + " within "
                        + DEFAULT_WAIT.toSeconds()
                        + " s"));
  }

  /**
   * Takes the next message sent to this client, waiting for it at most {@code timeout}.
   *
   * @param timeout how long to wait; zero to take only what is already there
   * @return the message text (binary messages decoded as UTF-8), or empty when none arrived
   */
  public Optional<String> receive(Duration timeout) {
    return peer.poll(timeout).map(InProcessPeer.Message::asText);
  }

  /**
   * Whether the connection is open.
   *
   * @return false once either side closed it
   */
  public boolean isOpen() {
    return peer.closeStatus().isEmpty();
  }

  /**
   * How the connection closed.
   *
   * @return the status, or empty while open
   */
  public Optional<WebSocketCloseStatus> closeStatus() {
    return peer.closeStatus().map(c -> new WebSocketCloseStatus(c.code(), c.reason()));
  }

  /**
   * Closes the connection with status 1000 and no reason; {@code $disconnect} runs before this
   * returns. Closing a closed client does nothing.
   */
  @Override
  public void close() {
    close(1000, "");
  }

  /**
   * Closes the connection with a status and reason, as a client's close frame does; {@code
   * $disconnect} receives them as {@code disconnectStatusCode} and {@code disconnectReason}.
   * Closing a closed client does nothing.
   *
   * @param code the status code (1000, or 3000 to 4999)
   * @param reason the reason, at most 123 bytes
   * @throws IllegalArgumentException when the code may not be sent by a client or the reason is too
   *     long
   */
  public void close(int code, String reason) {
    Objects.requireNonNull(reason, "reason");
    if (code != 1000 && code != 1001 && (code < 3000 || code > 4999)) {
      throw new IllegalArgumentException(
          "A client may close with 1000, 1001 or 3000-4999 (RFC 6455 section 7.4), got " + code);
    }
    if (reason.getBytes(StandardCharsets.UTF_8).length > 123) {
      throw new IllegalArgumentException("A close reason is at most 123 bytes (RFC 6455 5.5.1)");
    }
    if (peer.closeFromClient(code, reason)) {
      api.clientClosed(connection, code, reason);
    }
  }

  private void checkOpen() {
    peer.closeStatus()
        .ifPresent(
            c -> {
              throw new IllegalStateException(
                  "WebSocket connection "
                      + connectionId()
                      + " is closed ("
                      + c.code()
                      + (c.reason().isEmpty() ? "" : " " + c.reason())
                      + ")");
            });
  }

  @Override
  public String toString() {
    return "WebSocketClient[" + connectionId() + (isOpen() ? ", open]" : ", closed]");
  }
}
