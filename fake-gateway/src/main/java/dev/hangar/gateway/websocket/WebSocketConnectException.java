package dev.hangar.gateway.websocket;

/**
 * Thrown when API Gateway refuses to upgrade a connection: the authorizer denied it (401, 403), the
 * {@code $connect} route returned a status other than 2xx (that status), or its function failed
 * (502). A real client sees the same HTTP status on the upgrade response, as {@code wscat} shows
 * with "Unexpected server response: 401".
 *
 * @since 0.1.0
 */
public final class WebSocketConnectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;

  /**
   * An exception for a refused upgrade.
   *
   * @param statusCode the HTTP status of the refusal
   */
  public WebSocketConnectException(int statusCode) {
    super("Unexpected server response: " + statusCode);
    this.statusCode = statusCode;
  }

  /**
   * The HTTP status of the refused upgrade.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }
}
