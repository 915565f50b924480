package dev.hangar.gateway;

import com.sun.net.httpserver.HttpExchange;
import dev.hangar.gateway.internal.engine.ApiRuntime;
import dev.hangar.gateway.internal.engine.Inbound;
import dev.hangar.harness.internal.loopback.ExchangeResponses;
import dev.hangar.harness.internal.loopback.LoopbackServer;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * One API stage served over real HTTP on a loopback address, for curl, browsers and HTTP clients
 * such as REST-assured. Paths map straight to the stage's routes (no stage segment), as {@code sam
 * local start-api} serves them. Only loopback addresses are bound: the gateway has no transport
 * security and must not be reachable from the network.
 *
 * @since 0.1.0
 */
public final class GatewayServer implements AutoCloseable {
  private final LoopbackServer server;

  private GatewayServer(LoopbackServer server) {
    this.server = server;
  }

  static GatewayServer start(
      FakeGateway gateway, ApiRuntime runtime, String stage, InetAddress address, int port)
      throws IOException {
    return new GatewayServer(
        LoopbackServer.start(
            address, port, "hangar-gateway-", exchange -> serve(exchange, gateway, runtime, stage)));
  }

  private static void serve(
      HttpExchange exchange, FakeGateway gateway, ApiRuntime runtime, String stage)
      throws IOException {
    try (exchange) {
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
              ExchangeResponses.requestHeaders(exchange),
              body,
              exchange.getRemoteAddress().getAddress().getHostAddress(),
              exchange.getProtocol(),
              false,
              stage);
      ServiceResponse response = gateway.dispatch(runtime, inbound).response();
      ExchangeResponses.send(exchange, response);
    }
  }

  /** @return the base URI, for example {@code http://127.0.0.1:49152} */
  public URI uri() {
    return server.uri();
  }

  /** @return the port the server listens on */
  public int port() {
    return server.uri().getPort();
  }

  /** Stops serving. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "GatewayServer[" + server.uri() + "]";
  }
}
