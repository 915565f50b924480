package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One WebSocket connection of an API: its id, when it connected and was last active, who opened it,
 * what the authorizer said about it, and its peer. Safe for concurrent use.
 */
public final class LiveConnection {
  private final String connectionId;
  private final Instant connectedAt;
  private final HandshakeRequest handshake;
  private final ConnectionPeer peer;
  private final AtomicReference<ConnectionState> state =
      new AtomicReference<>(ConnectionState.CONNECTING);
  private volatile Instant lastActiveAt;
  private volatile ObjectNode authorizer;

  LiveConnection(
      String connectionId, Instant connectedAt, HandshakeRequest handshake, ConnectionPeer peer) {
    this.connectionId = connectionId;
    this.connectedAt = connectedAt;
    this.lastActiveAt = connectedAt;
    this.handshake = handshake;
    this.peer = peer;
  }

  /**
   * The connection id, as {@code requestContext.connectionId} and {@code @connections} use it.
   *
   * @return the id
   */
  public String connectionId() {
    return connectionId;
  }

  Instant connectedAt() {
    return connectedAt;
  }

  Instant lastActiveAt() {
    return lastActiveAt;
  }

  void touch(Instant now) {
    lastActiveAt = now;
  }

  HandshakeRequest handshake() {
    return handshake;
  }

  ConnectionPeer peer() {
    return peer;
  }

  /** The {@code requestContext.authorizer} object, or null without an authorizer. */
  ObjectNode authorizer() {
    return authorizer;
  }

  void authorizer(ObjectNode value) {
    this.authorizer = value;
  }

  /**
   * Whether the connection is accepted and not closed.
   *
   * @return true while messages may flow
   */
  public boolean isOpen() {
    return state.get() == ConnectionState.OPEN;
  }

  boolean open() {
    return state.compareAndSet(ConnectionState.CONNECTING, ConnectionState.OPEN);
  }

  /** Moves to CLOSED; true for the one caller that did the move. */
  boolean markClosed() {
    return state.getAndSet(ConnectionState.CLOSED) != ConnectionState.CLOSED;
  }

  @Override
  public String toString() {
    return "LiveConnection[" + connectionId + ", " + state.get() + "]";
  }
}
