package dev.hangar.gateway;

import dev.hangar.gateway.internal.engine.ApiRuntime;
import dev.hangar.gateway.internal.engine.Inbound;
import dev.hangar.harness.spi.HttpHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A client for one stage of one API, for tests: sends requests straight into the gateway (no
 * socket) and returns what a client of API Gateway would receive. Paths are relative to the stage
 * ({@code /orders/1}) and may carry a raw query ({@code /orders?status=open}).
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class GatewayClient {
  private final FakeGateway gateway;
  private final ApiRuntime runtime;
  private final String stage;

  GatewayClient(FakeGateway gateway, ApiRuntime runtime, String stage) {
    this.gateway = gateway;
    this.runtime = runtime;
    this.stage = stage;
  }

  /**
   * The same API's client for another stage.
   *
   * @param stageName the stage
   * @return the client, never null
   * @throws IllegalArgumentException when the API has no such stage
   */
  public GatewayClient stage(String stageName) {
    if (!runtime.definition().stages().containsKey(stageName)) {
      throw new IllegalArgumentException(
          "API '" + runtime.definition().name() + "' has no stage '" + stageName + "'; stages: "
              + runtime.definition().stages().keySet());
    }
    return new GatewayClient(gateway, runtime, stageName);
  }

  /** @return the stage this client sends to */
  public String stageName() {
    return stage;
  }

  /**
   * Sends {@code GET}.
   *
   * @param path the path relative to the stage, with an optional raw query
   * @return the response, never null
   */
  public GatewayResponse get(String path) {
    return request("GET", path).send();
  }

  /**
   * Sends {@code DELETE}.
   *
   * @param path the path relative to the stage, with an optional raw query
   * @return the response, never null
   */
  public GatewayResponse delete(String path) {
    return request("DELETE", path).send();
  }

  /**
   * Sends {@code POST} with a JSON body ({@code Content-Type: application/json}).
   *
   * @param path the path relative to the stage, with an optional raw query
   * @param json the body
   * @return the response, never null
   */
  public GatewayResponse post(String path, String json) {
    return request("POST", path).body(json, "application/json").send();
  }

  /**
   * Sends {@code PUT} with a JSON body ({@code Content-Type: application/json}).
   *
   * @param path the path relative to the stage, with an optional raw query
   * @param json the body
   * @return the response, never null
   */
  public GatewayResponse put(String path, String json) {
    return request("PUT", path).body(json, "application/json").send();
  }

  /**
   * Starts a request with any method, headers and body.
   *
   * @param method the method, such as {@code PATCH}
   * @param path the path relative to the stage, with an optional raw query
   * @return the request, never null
   * @throws IllegalArgumentException when the path does not start with '/' or holds characters
   *     an HTTP request line cannot carry (spaces, control characters)
   */
  public Request request(String method, String path) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException(
          "A request path starts with '/', got '" + path + "'");
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        throw new IllegalArgumentException(
            "The request path '" + path + "' holds a space or control character at index " + i
                + "; percent-encode it (%20)");
      }
    }
    return new Request(method.toUpperCase(Locale.ROOT), path);
  }

  /**
   * Serves this API's stage over real HTTP on {@code 127.0.0.1}: {@code http://127.0.0.1:PORT/orders/1}
   * reaches the route {@code /orders/1} of this stage, as {@code sam local start-api} serves an
   * API.
   *
   * @param port the port, or 0 for a free one
   * @return the running server; close it when done
   * @throws UncheckedIOException when the port cannot be bound
   */
  public GatewayServer serveOnLoopback(int port) {
    try {
      return GatewayServer.start(gateway, runtime, stage, InetAddress.getLoopbackAddress(), port);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not serve the gateway on 127.0.0.1:" + port, e);
    }
  }

  /**
   * One request being composed; {@link #send()} sends it. Not safe for concurrent use.
   *
   * @since 0.1.0
   */
  public final class Request {
    private final String method;
    private final StringBuilder path;
    private HttpHeaders.Builder headers = HttpHeaders.builder();
    private byte[] body = new byte[0];
    private String sourceIp = "127.0.0.1";

    private Request(String method, String path) {
      this.method = method;
      this.path = new StringBuilder(path);
    }

    /**
     * Adds a header value (repeating a name adds a value).
     *
     * @param name the name
     * @param value the value
     * @return this request
     */
    public Request header(String name, String value) {
      headers.add(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a query parameter, percent-encoding name and value.
     *
     * @param name the name
     * @param value the value
     * @return this request
     */
    public Request query(String name, String value) {
      path.append(path.indexOf("?") < 0 ? '?' : '&')
          .append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
      return this;
    }

    /**
     * Sets a text body and its content type.
     *
     * @param text the body, sent as UTF-8
     * @param contentType the {@code Content-Type}
     * @return this request
     */
    public Request body(String text, String contentType) {
      return body(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /**
     * Sets a binary body and its content type.
     *
     * @param bytes the body
     * @param contentType the {@code Content-Type}
     * @return this request
     */
    public Request body(byte[] bytes, String contentType) {
      this.body = bytes.clone();
      headers.set("Content-Type", Objects.requireNonNull(contentType, "contentType"));
      return this;
    }

    /**
     * Sets the client's IP address ({@code requestContext.identity.sourceIp}); 127.0.0.1 by
     * default.
     *
     * @param ip the address
     * @return this request
     */
    public Request sourceIp(String ip) {
      this.sourceIp = Objects.requireNonNull(ip, "ip");
      return this;
    }

    /**
     * Sends the request through the gateway; sending again sends the same request again.
     *
     * @return the response, never null
     */
    public GatewayResponse send() {
      // Real HTTP clients send Content-Length with a body; so the event matches theirs.
      HttpHeaders sent = headers.build();
      headers = sent.toBuilder();
      if (body.length > 0 && !sent.contains("Content-Length")) {
        sent = sent.toBuilder().set("Content-Length", String.valueOf(body.length)).build();
      }
      String full = path.toString();
      int q = full.indexOf('?');
      Inbound inbound =
          new Inbound(
              method,
              runtime.host(),
              q < 0 ? full : full.substring(0, q),
              q < 0 ? "" : full.substring(q + 1),
              sent,
              body,
              sourceIp,
              "HTTP/1.1",
              false,
              stage);
      ApiRuntime.Handled handled = gateway.dispatch(runtime, inbound);
      return new GatewayResponse(
          handled.response().status(),
          handled.response().headers().asMap(),
          handled.response().body(),
          handled.requestId());
    }
  }
}
