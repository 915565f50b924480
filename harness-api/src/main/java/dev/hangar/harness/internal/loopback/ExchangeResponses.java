package dev.hangar.harness.internal.loopback;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Moves headers and responses between the JDK's HTTP server and Hangar's types, the same way for
 * every loopback server.
 */
public final class ExchangeResponses {
  private ExchangeResponses() {}

  /**
   * The request's headers, every value of every name in arrival order.
   *
   * @param exchange the exchange
   * @return the headers
   */
  public static HttpHeaders requestHeaders(HttpExchange exchange) {
    HttpHeaders.Builder headers = HttpHeaders.builder();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        headers.add(header.getKey(), value);
      }
    }
    return headers.build();
  }

  /**
   * Sends a response: its headers but {@code Content-Length} (the server sets it), and its body
   * unless the request was {@code HEAD}, the status forbids one (204, 304) or it is empty.
   *
   * @param exchange the exchange
   * @param response the response
   * @throws IOException when the client went away
   */
  public static void send(HttpExchange exchange, ServiceResponse response) throws IOException {
    Headers out = exchange.getResponseHeaders();
    for (Map.Entry<String, List<String>> header : response.headers().asMap().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Content-Length")) {
        out.put(header.getKey(), header.getValue());
      }
    }
    byte[] body = response.body();
    boolean noBody =
        exchange.getRequestMethod().equalsIgnoreCase("HEAD")
            || response.status() == 204
            || response.status() == 304
            || body.length == 0;
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    }
  }
}
