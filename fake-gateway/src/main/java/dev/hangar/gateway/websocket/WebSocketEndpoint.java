package dev.hangar.gateway.websocket;

import dev.hangar.gateway.internal.websocket.LoopbackWebSocketServer;
import java.net.URI;

/**
 * A WebSocket API stage served as a real WebSocket endpoint on a loopback address, for browsers,
 * {@code wscat}, the JDK's {@code java.net.http.WebSocket} and other tools. Routes, events, quotas
 * and the {@code @connections} API behave exactly as in-process.
 *
 * @since 0.1.0
 */
public final class WebSocketEndpoint implements AutoCloseable {
  private final LoopbackWebSocketServer server;

  WebSocketEndpoint(LoopbackWebSocketServer server) {
    this.server = server;
  }

  /**
   * The URI clients connect to, the loopback counterpart of {@code
   * wss://{api-id}.execute-api.{region}.amazonaws.com/{stage}}.
   *
   * @return for example {@code ws://127.0.0.1:49152/prod}; never null
   */
  public URI uri() {
    return server.uri();
  }

  /**
   * The port the endpoint listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /** Stops serving; open connections close and their {@code $disconnect} runs. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "WebSocketEndpoint[" + uri() + "]";
  }
}
