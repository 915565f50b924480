package dev.hangar.gateway.websocket;

import java.util.Objects;

/**
 * How a WebSocket connection closed: the RFC 6455 status code and the reason, as the close frame
 * carried them. API Gateway closes with 1001 ("Going away") at the idle timeout and the maximum
 * connection duration, 1009 for a frame or message over the quota, 1003 for a binary frame.
 *
 * @param code the status code, for example 1000
 * @param reason the reason text, possibly empty
 * @since 0.1.0
 */
public record WebSocketCloseStatus(int code, String reason) {
  /** Checks that the reason is not null. */
  public WebSocketCloseStatus {
    Objects.requireNonNull(reason, "reason");
  }
}
