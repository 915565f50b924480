package dev.hangar.gateway.internal.websocket;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Ids and time stamps in the forms API Gateway gives WebSocket events: connection, request and
 * message ids are 16 characters of base64 ending in {@code =} (such as {@code L0SM9cOFvHcCIhw=}),
 * {@code requestTime} is {@code 09/Feb/2024:18:11:43 +0000}. The bits come from the harness's
 * seeded id source, so runs are repeatable.
 */
public final class GatewayIds {
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final Supplier<String> uuids;

  /**
   * Ids drawn from a source of UUID strings.
   *
   * @param uuids the harness's seeded id source
   */
  public GatewayIds(Supplier<String> uuids) {
    this.uuids = uuids;
  }

  /**
   * A new connection, request or message id.
   *
   * @return 16 characters of base64 (11 bytes) ending in {@code =}
   */
  public String next() {
    UUID uuid = UUID.fromString(uuids.get());
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    byte[] eleven = new byte[11];
    System.arraycopy(bytes.array(), 0, eleven, 0, 11);
    return Base64.getEncoder().encodeToString(eleven);
  }

  /**
   * A new {@code Sec-WebSocket-Key}-like value: 16 random bytes in base64.
   *
   * @return the key
   */
  public String websocketKey() {
    UUID uuid = UUID.fromString(uuids.get());
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  /**
   * A new {@code X-Amzn-Trace-Id} value at an instant.
   *
   * @param at the request time
   * @return {@code Root=1-<8 hex seconds>-<24 hex>}
   */
  public String traceId(Instant at) {
    String hex = uuids.get().replace("-", "");
    return "Root=1-"
        + String.format(Locale.ROOT, "%08x", at.getEpochSecond())
        + "-"
        + hex.substring(0, 24);
  }

  /**
   * An instant as {@code requestTime}.
   *
   * @param at the instant
   * @return for example {@code 09/Feb/2024:18:11:43 +0000}
   */
  public static String requestTime(Instant at) {
    return REQUEST_TIME.format(at);
  }
}
