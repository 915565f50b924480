package dev.hangar.gateway.internal.websocket;

import java.time.Duration;

/**
 * The quotas of "Quotas for configuring and running a WebSocket API in API Gateway" that the fake
 * enforces, and the close codes API Gateway uses when it closes a connection.
 */
public final class Limits {
  /** WebSocket frame size: 32 KB. */
  public static final int MAX_FRAME_BYTES = 32 * 1024;

  /** Message payload size: 128 KB, for client messages and {@code @connections} posts alike. */
  public static final int MAX_MESSAGE_BYTES = 128 * 1024;

  /** Idle connection timeout: 10 minutes. */
  public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);

  /** Connection duration for a WebSocket API: 2 hours. */
  public static final Duration MAX_DURATION = Duration.ofHours(2);

  /** RFC 6455 "Going Away": idle timeout and maximum duration. */
  public static final int GOING_AWAY = 1001;

  /** RFC 6455 "Unsupported Data": a binary frame, which WebSocket APIs do not accept. */
  public static final int UNSUPPORTED_DATA = 1003;

  /** RFC 6455 "No Status Received": a client close frame without a status. */
  public static final int NO_STATUS = 1005;

  /** RFC 6455 "Message Too Big": a frame or message over the quota. */
  public static final int MESSAGE_TOO_BIG = 1009;

  private Limits() {}
}
