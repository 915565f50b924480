package dev.hangar.gateway.internal.websocket;

/**
 * Decides whether a WebSocket client may connect, before the {@code $connect} route runs.
 *
 * <p>The gateway calls only this interface, so the REST/HTTP APIs' shared authorizer code can take
 * over by implementing it; {@link LambdaRequestAuthorizer} is the WebSocket-only implementation
 * until then.
 */
public interface ConnectAuthorizer {

  /**
   * Authorises one connection attempt.
   *
   * @param connection the connection being opened (its id, handshake and times)
   * @param now the harness clock's time of the attempt
   * @return the decision, never null
   */
  AuthorizerDecision authorize(LiveConnection connection, java.time.Instant now);
}
