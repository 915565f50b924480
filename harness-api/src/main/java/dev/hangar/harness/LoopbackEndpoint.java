package dev.hangar.harness;

import dev.hangar.harness.internal.loopback.LoopbackServer;
import java.net.URI;

/**
 * A harness served over real HTTP on a loopback address, for tools that cannot use the in-process
 * transport: the AWS CLI, the SDK for Java v1, other languages, an SDK client pinned to its own
 * HTTP client. Every request is answered by the same code as in-process requests.
 *
 * <p>A Lambda invocation that timed out is refused when it makes an AWS SDK v2 request, over this
 * endpoint too; a request it sends here by any other means (SDK v1, a plain HTTP client) is
 * answered, because the server reads requests on its own threads and a TCP connection does not
 * say which thread opened it. On AWS a timed-out environment is stopped and sends nothing more.
 *
 * @since 0.1.0
 */
public final class LoopbackEndpoint implements AutoCloseable {
  private final LoopbackServer server;

  LoopbackEndpoint(LoopbackServer server) {
    this.server = server;
  }

  /**
   * The endpoint URI, for example {@code http://127.0.0.1:49152}.
   *
   * @return the URI, never null
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
    return server.uri().getPort();
  }

  /** Stops serving; the harness stays open. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "LoopbackEndpoint[" + uri() + "]";
  }
}
