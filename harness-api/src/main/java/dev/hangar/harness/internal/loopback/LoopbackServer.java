package dev.hangar.harness.internal.loopback;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.internal.ErrorJson;
import dev.hangar.harness.internal.RequestBodies;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a harness's fakes over real HTTP on a loopback address, for the AWS CLI, SDK v1 and other
 * languages. Every request goes to the same dispatcher the in-process transport uses.
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
   * Starts a server.
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
              Thread t = new Thread(r, "hangar-loopback-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> serve(exchange, dispatcher));
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

  private static void serve(HttpExchange exchange, Dispatcher dispatcher) throws IOException {
    try (exchange) {
      ServiceResponse response;
      try {
        response = dispatcher.dispatch(toServiceRequest(exchange));
      } catch (IOException | RuntimeException e) {
        response =
            ServiceResponse.json(
                400, ErrorJson.of("HangarBadRequest", "Hangar could not read the request: " + e));
      }
      Headers out = exchange.getResponseHeaders();
      for (Map.Entry<String, List<String>> header : response.headers().asMap().entrySet()) {
        if (!header.getKey().equalsIgnoreCase("Content-Length")) {
          out.put(header.getKey(), header.getValue());
        }
      }
      boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
      byte[] body = response.body();
      exchange.sendResponseHeaders(
          response.status(), head ? -1 : (body.length == 0 ? -1 : body.length));
      if (!head && body.length > 0) {
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(body);
        }
      }
    }
  }

  private static ServiceRequest toServiceRequest(HttpExchange exchange) throws IOException {
    HttpHeaders.Builder headers = HttpHeaders.builder();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        headers.add(header.getKey(), value);
      }
    }
    HttpHeaders built = headers.build();
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = RequestBodies.decode(built, RequestBodies.read(in));
    }
    URI requestUri = exchange.getRequestURI();
    String path = requestUri.getRawPath();
    String query = requestUri.getRawQuery();
    String host = built.first("Host").orElse(exchange.getLocalAddress().getHostString());
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith("]")) {
      host = host.substring(0, colon);
    }
    return new ServiceRequest(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        host.toLowerCase(Locale.ROOT),
        path == null || path.isEmpty() ? "/" : path,
        query == null ? "" : query,
        built,
        body);
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
