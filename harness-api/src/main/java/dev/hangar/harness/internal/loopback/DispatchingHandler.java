package dev.hangar.harness.internal.loopback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.internal.ErrorJson;
import dev.hangar.harness.internal.RequestBodies;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

/**
 * The loopback endpoint's handler: reads each exchange into the {@link ServiceRequest} the
 * in-process transport would have built (gzip bodies decoded, host without port) and answers it
 * with the harness's dispatcher.
 */
final class DispatchingHandler implements HttpHandler {
  private final Dispatcher dispatcher;

  DispatchingHandler(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      ServiceResponse response;
      try {
        response = dispatcher.dispatch(toServiceRequest(exchange));
      } catch (IOException | RuntimeException e) {
        response =
            ServiceResponse.json(
                400, ErrorJson.of("HangarBadRequest", "Hangar could not read the request: " + e));
      }
      ExchangeResponses.send(exchange, response);
    }
  }

  private static ServiceRequest toServiceRequest(HttpExchange exchange) throws IOException {
    HttpHeaders built = ExchangeResponses.requestHeaders(exchange);
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
}
