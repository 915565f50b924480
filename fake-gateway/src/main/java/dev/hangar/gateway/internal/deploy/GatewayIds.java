package dev.hangar.gateway.internal.deploy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Every id and time stamp the gateway hands out, for REST, HTTP and WebSocket APIs alike, in the
 * forms API Gateway uses: ten-character API ids, UUID request ids, WebSocket connection and
 * message ids (16 characters of base64 ending in {@code =}, such as {@code L0SM9cOFvHcCIhw=}),
 * {@code X-Amzn-Trace-Id} values and {@code requestTime} stamps ({@code 09/Feb/2024:18:11:43
 * +0000}). The bits come from the harness's seeded id source, so runs are repeatable.
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
   * A new request id in UUID form, as REST and HTTP APIs give {@code requestContext.requestId}.
   *
   * @return the id
   */
  public String requestId() {
    return uuids.get();
  }

  /**
   * A new API id candidate: ten lower-case hexadecimal characters.
   *
   * @return the id
   */
  public String apiId() {
    return uuids.get().replace("-", "").substring(0, 10);
  }

  /**
   * A new WebSocket connection, request or message id.
   *
   * @return 16 characters of base64 (11 bytes) ending in {@code =}
   */
  public String next() {
    return Base64.getEncoder().encodeToString(Arrays.copyOf(uuidBytes(), 11));
  }

  /**
   * A new {@code Sec-WebSocket-Key}-like value: 16 random bytes in base64.
   *
   * @return the key
   */
  public String websocketKey() {
    return Base64.getEncoder().encodeToString(uuidBytes());
  }

  private byte[] uuidBytes() {
    UUID uuid = UUID.fromString(uuids.get());
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return bytes.array();
  }

  /**
   * A new {@code X-Amzn-Trace-Id} value at an instant.
   *
   * @param at the request time
   * @return {@code Root=1-<8 hex seconds>-<24 hex>}
   */
  public String traceId(Instant at) {
    return traceId(at, uuids.get());
  }

  /**
   * The {@code X-Amzn-Trace-Id} value of a request, derived from its id so that the event and the
   * response carry the same one.
   *
   * @param at the request time
   * @param requestId the request id in UUID form
   * @return {@code Root=1-<8 hex seconds>-<24 hex>}
   */
  public static String traceId(Instant at, String requestId) {
    return "Root=1-"
        + String.format(Locale.ROOT, "%08x", at.getEpochSecond())
        + "-"
        + requestId.replace("-", "").substring(0, 24);
  }

  /**
   * A REST or HTTP API request's {@code extendedRequestId}, derived from its request id.
   *
   * @param requestId the request id in UUID form
   * @return 15 characters of base64 and {@code =}, such as {@code JaRoGE9QoAMEVaw=}
   */
  public static String extendedRequestId(String requestId) {
    byte[] bytes = requestId.replace("-", "").substring(0, 20).getBytes(StandardCharsets.US_ASCII);
    return Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, 10)).substring(0, 15) + "=";
  }

  /**
   * An instant as {@code requestTime} (and HTTP APIs' {@code requestContext.time}).
   *
   * @param at the instant
   * @return for example {@code 09/Feb/2024:18:11:43 +0000}
   */
  public static String requestTime(Instant at) {
    return REQUEST_TIME.format(at);
  }
}
