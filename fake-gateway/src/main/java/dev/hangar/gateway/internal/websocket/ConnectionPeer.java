package dev.hangar.gateway.internal.websocket;

/**
 * The client side of one WebSocket connection as the gateway sees it: where pushed messages go and
 * how the gateway closes the connection. One implementation serves the in-process test client, one
 * a real socket on loopback.
 */
public interface ConnectionPeer {

  /**
   * Sends a text message to the client.
   *
   * @param text the message
   */
  void sendText(String text);

  /**
   * Sends a binary message to the client.
   *
   * @param data the message
   */
  void sendBinary(byte[] data);

  /**
   * Closes the connection from the gateway's side with a close frame.
   *
   * @param code the close status code
   * @param reason the close reason
   */
  void close(int code, String reason);
}
