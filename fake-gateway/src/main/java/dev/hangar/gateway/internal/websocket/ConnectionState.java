package dev.hangar.gateway.internal.websocket;

/** Where a connection is in its life. */
enum ConnectionState {
  /** The {@code $connect} route (and authorizer) are running; nothing may be posted yet. */
  CONNECTING,
  /** Accepted: messages flow both ways. */
  OPEN,
  /** Closed by either side; {@code $disconnect} has run or is running. */
  CLOSED
}
