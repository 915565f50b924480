package dev.hangar.gateway.internal.websocket;

/**
 * The answer to a connection attempt: the open connection, or the HTTP status that refused the
 * upgrade.
 *
 * @param connection the open connection, or null when refused
 * @param refusalStatus the HTTP status of the refusal; 0 when accepted
 */
public record ConnectOutcome(LiveConnection connection, int refusalStatus) {

  /**
   * Whether the connection was accepted.
   *
   * @return true when {@link #connection()} is open
   */
  public boolean accepted() {
    return connection != null;
  }
}
