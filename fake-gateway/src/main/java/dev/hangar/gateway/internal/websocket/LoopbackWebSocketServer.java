package dev.hangar.gateway.internal.websocket;

import dev.hangar.harness.spi.HttpHeaders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * One WebSocket API stage served as a real WebSocket endpoint on a loopback address, with
 * Java-WebSocket: {@code ws://127.0.0.1:{port}/{stage}}. The same {@link ApiRuntime} answers as
 * in-process, so routes, events, quotas and {@code @connections} behave the same.
 */
public final class LoopbackWebSocketServer extends WebSocketServer implements AutoCloseable {
  private final ApiRuntime api;
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile Exception startFailure;

  private LoopbackWebSocketServer(ApiRuntime api, InetSocketAddress address) {
    super(address, List.of(new QuotaDraft()));
    this.api = api;
    setReuseAddr(true);
    setTcpNoDelay(true);
    setDaemon(true);
    // API Gateway does not ping clients; idle connections are closed by the harness clock.
    setConnectionLostTimeout(0);
  }

  /**
   * Starts serving an API on a loopback address.
   *
   * @param api the API
   * @param address a loopback address
   * @param port the port, or 0 for a free one
   * @return the running server
   * @throws IOException when the server could not start
   */
  public static LoopbackWebSocketServer start(ApiRuntime api, InetAddress address, int port)
      throws IOException {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "WebSocket APIs are served on loopback addresses only, not " + address.getHostAddress());
    }
    LoopbackWebSocketServer server =
        new LoopbackWebSocketServer(api, new InetSocketAddress(address, port));
    server.start();
    try {
      if (!server.started.await(30, TimeUnit.SECONDS)) {
        throw new IOException("The WebSocket server did not start within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while starting the WebSocket server", e);
    }
    if (server.startFailure != null) {
      throw new IOException(
          "Could not start the WebSocket server: " + server.startFailure, server.startFailure);
    }
    return server;
  }

  /**
   * The URI clients connect to.
   *
   * @return {@code ws://{address}:{port}/{stage}}
   */
  public URI uri() {
    String host = getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("ws://" + host + ":" + getPort() + "/" + api.stage().stage());
  }

  @Override
  public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
      WebSocket conn, Draft draft, ClientHandshake request) throws InvalidDataException {
    ServerHandshakeBuilder response =
        super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    URI target = URI.create(request.getResourceDescriptor());
    String path = target.getRawPath();
    if (!("/" + api.stage().stage()).equals(path)
        && !("/" + api.stage().stage() + "/").equals(path)) {
      refuse(conn, 403);
    }
    SocketPeer peer = new SocketPeer(conn);
    ConnectOutcome outcome = api.connect(handshake(conn, request, target), peer);
    if (!outcome.accepted()) {
      refuse(conn, outcome.refusalStatus());
    }
    conn.setAttachment(new Attachment(outcome.connection(), peer));
    return response;
  }

  private static HandshakeRequest handshake(WebSocket conn, ClientHandshake request, URI target) {
    HttpHeaders.Builder headers = HttpHeaders.builder();
    for (Iterator<String> names = request.iterateHttpFields(); names.hasNext(); ) {
      String name = names.next();
      headers.add(name, request.getFieldValue(name));
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    String raw = target.getRawQuery();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    String sourceIp = conn.getRemoteSocketAddress().getAddress().getHostAddress();
    return new HandshakeRequest(headers.build(), query, sourceIp);
  }

  /**
   * Refuses the upgrade with API Gateway's status. Java-WebSocket can only answer a refused
   * handshake with 404 or 500, so the status line is written first, straight to the socket; the
   * library's own answer that follows is never read by the client.
   */
  private static void refuse(WebSocket conn, int status) throws InvalidDataException {
    String body =
        status == 401
            ? "{\"message\":\"Unauthorized\"}"
            : status == 403 ? "{\"message\":\"Forbidden\"}" : "";
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + reasonPhrase(status)
            + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Content-Length: "
            + body.length()
            + "\r\n"
            + "Connection: close\r\n\r\n";
    try {
      ByteChannel channel = ((WebSocketImpl) conn).getChannel();
      ByteBuffer bytes = ByteBuffer.wrap((head + body).getBytes(StandardCharsets.US_ASCII));
      int attempts = 0;
      while (bytes.hasRemaining() && attempts++ < 1000) {
        channel.write(bytes);
      }
    } catch (IOException | RuntimeException e) {
      // The client went away; there is no one left to tell.
    }
    throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "Refused with HTTP " + status);
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "Error";
    }
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    Attachment attachment = conn.getAttachment();
    if (attachment != null) {
      attachment.peer().opened();
    }
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    Attachment attachment = conn.getAttachment();
    if (attachment != null) {
      // QuotaDraft has already closed connections whose frames were over 32 KB.
      api.receiveText(attachment.connection(), message, 0);
    }
  }

  @Override
  public void onMessage(WebSocket conn, ByteBuffer message) {
    Attachment attachment = conn.getAttachment();
    if (attachment != null) {
      api.receiveBinary(attachment.connection());
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    Attachment attachment = conn.getAttachment();
    if (attachment != null) {
      api.clientClosed(attachment.connection(), code, reason == null ? "" : reason);
    }
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    if (conn == null) {
      startFailure = ex;
      started.countDown();
    }
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  /** Stops serving; open connections are closed and their {@code $disconnect} runs. */
  @Override
  public void close() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Attachment(LiveConnection connection, SocketPeer peer) {}

  /** Frames over API Gateway's 32 KB quota close the connection with 1009. */
  private static final class QuotaDraft extends org.java_websocket.drafts.Draft_6455 {
    QuotaDraft() {
      super(List.of(), Limits.MAX_MESSAGE_BYTES);
    }

    @Override
    public Draft copyInstance() {
      return new QuotaDraft();
    }

    @Override
    public void processFrame(
        WebSocketImpl webSocketImpl, org.java_websocket.framing.Framedata frame)
        throws InvalidDataException {
      if (frame.getPayloadData().remaining() > Limits.MAX_FRAME_BYTES) {
        throw new InvalidDataException(Limits.MESSAGE_TOO_BIG, "Message too big");
      }
      super.processFrame(webSocketImpl, frame);
    }
  }

  /**
   * Sends to a socket; what is pushed, and a close asked for, before the handshake answer went out
   * waits for it. The client may see the handshake answer before the server's side is open: a close
   * in between would drop the connection without a close frame (the client reads 1006 or nothing).
   */
  private static final class SocketPeer implements ConnectionPeer {
    private final WebSocket conn;
    private final List<Object> pending = new ArrayList<>();
    private boolean open;
    private int pendingCloseCode = -1;
    private String pendingCloseReason;

    SocketPeer(WebSocket conn) {
      this.conn = conn;
    }

    synchronized void opened() {
      open = true;
      for (Object message : pending) {
        deliver(message);
      }
      pending.clear();
      if (pendingCloseCode >= 0) {
        conn.close(pendingCloseCode, pendingCloseReason);
      }
    }

    @Override
    public synchronized void sendText(String text) {
      if (open) {
        deliver(text);
      } else {
        pending.add(text);
      }
    }

    @Override
    public synchronized void sendBinary(byte[] data) {
      if (open) {
        deliver(data.clone());
      } else {
        pending.add(data.clone());
      }
    }

    private void deliver(Object message) {
      try {
        if (message instanceof String text) {
          conn.send(text);
        } else {
          conn.send((byte[]) message);
        }
      } catch (org.java_websocket.exceptions.WebsocketNotConnectedException e) {
        // The client is gone; API Gateway drops such messages too.
      }
    }

    @Override
    public synchronized void close(int code, String reason) {
      if (open) {
        conn.close(code, reason);
      } else if (pendingCloseCode < 0) {
        pendingCloseCode = code;
        pendingCloseReason = reason;
      }
    }
  }
}
