package dev.hangar.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hangar.gateway.internal.engine.ApiRuntime;
import dev.hangar.gateway.internal.engine.Inbound;
import dev.hangar.harness.internal.loopback.ServerSockets;
import dev.hangar.harness.spi.HttpHeaders;
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
 * One API stage served over real HTTP on a loopback address, for curl, browsers and HTTP clients
 * such as REST-assured. Paths map straight to the stage's routes (no stage segment), as {@code sam
 * local start-api} serves them. Only loopback addresses are bound: the gateway has no transport
 * security and must not be reachable from the network.
 *
 * @since 0.1.0
 */
public final class GatewayServer implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI uri;

  private GatewayServer(HttpServer server, ExecutorService executor, URI uri) {
    this.server = server;
    this.executor = executor;
    this.uri = uri;
  }

  static GatewayServer start(
      FakeGateway gateway, ApiRuntime runtime, String stage, InetAddress address, int port)
      throws IOException {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "The gateway serves only on a loopback address, never on " + address.getHostAddress());
    }
    ServerSockets.preferNoDelay();
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "hangar-gateway-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> serve(exchange, gateway, runtime, stage));
    server.start();
    URI uri = URI.create("http://" + address.getHostAddress() + ":" + server.getAddress().getPort());
    return new GatewayServer(server, executor, uri);
  }

  private static void serve(
      HttpExchange exchange, FakeGateway gateway, ApiRuntime runtime, String stage)
      throws IOException {
    try (exchange) {
      HttpHeaders.Builder headers = HttpHeaders.builder();
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        header.getValue().forEach(value -> headers.add(header.getKey(), value));
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI requestUri = exchange.getRequestURI();
      String path = requestUri.getRawPath() == null || requestUri.getRawPath().isEmpty()
          ? "/" : requestUri.getRawPath();
      Inbound inbound =
          new Inbound(
              exchange.getRequestMethod().toUpperCase(Locale.ROOT),
              runtime.host(),
              path,
              requestUri.getRawQuery() == null ? "" : requestUri.getRawQuery(),
              headers.build(),
              body,
              exchange.getRemoteAddress().getAddress().getHostAddress(),
              exchange.getProtocol(),
              false,
              stage);
      ServiceResponse response = gateway.dispatch(runtime, inbound).response();
      Headers out = exchange.getResponseHeaders();
      response.headers().asMap().forEach(
          (name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
              out.put(name, values);
            }
          });
      boolean noBody =
          exchange.getRequestMethod().equalsIgnoreCase("HEAD")
              || response.status() == 204
              || response.status() == 304
              || response.body().length == 0;
      exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
      if (!noBody) {
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(response.body());
        }
      }
    }
  }

  /** @return the base URI, for example {@code http://127.0.0.1:49152} */
  public URI uri() {
    return uri;
  }

  /** @return the port the server listens on */
  public int port() {
    return uri.getPort();
  }

  /** Stops serving. */
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
    return "GatewayServer[" + uri + "]";
  }
}
