package dev.hangar.harness.internal.loopback;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.hangar.harness.internal.Dispatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on a loopback address: the harness's loopback endpoint (every request to the
 * harness's dispatcher, for the AWS CLI, SDK v1 and other languages) and any other handler that
 * serves over loopback, such as one API stage of the gateway. It owns the parts they share: the
 * loopback-only rule, {@code TCP_NODELAY}, a daemon thread per connection, and stopping.
 */
public final class LoopbackServer implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI uri;

  private LoopbackServer(HttpServer server, ExecutorService executor, URI uri) {
    this.server = server;
    this.executor = executor;
    this.uri = uri;
  }

  /**
   * Starts a server whose requests go to a harness's dispatcher.
   *
   * @param address the address to bind; must be a loopback address
   * @param port the port, or 0 for a free one
   * @param dispatcher where requests go
   * @return the running server
   * @throws IllegalArgumentException when the address is not a loopback address
   * @throws IOException when the port cannot be bound
   */
  public static LoopbackServer start(InetAddress address, int port, Dispatcher dispatcher)
      throws IOException {
    return start(address, port, "hangar-loopback-", new DispatchingHandler(dispatcher));
  }

  /**
   * Starts a server whose requests go to a handler; the handler answers each exchange, for example
   * with {@link ExchangeResponses#send}.
   *
   * @param address the address to bind; must be a loopback address
   * @param port the port, or 0 for a free one
   * @param threadPrefix the prefix of the server's thread names, such as {@code hangar-gateway-}
   * @param handler what answers the requests
   * @return the running server
   * @throws IllegalArgumentException when the address is not a loopback address or the port is
   *     out of range
   * @throws IOException when the port cannot be bound
   */
  public static LoopbackServer start(
      InetAddress address, int port, String threadPrefix, HttpHandler handler) throws IOException {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "Hangar serves only on a loopback address (127.0.0.1 or ::1), never on "
              + address.getHostAddress()
              + ": the fakes have no authentication and must not be reachable from the network");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Port out of range 0-65535: " + port);
    }
    ServerSockets.preferNoDelay();
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 128);
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, threadPrefix + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
    String host = address.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    URI uri = URI.create("http://" + host + ":" + server.getAddress().getPort());
    return new LoopbackServer(server, executor, uri);
  }

  /**
   * The base URI the server answers on, for example {@code http://127.0.0.1:4566}.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "LoopbackServer[" + uri + "]";
  }
}
