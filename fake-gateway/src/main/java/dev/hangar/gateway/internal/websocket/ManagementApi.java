package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code @connections} management API of one WebSocket API stage, as the {@code
 * ApiGatewayManagementApi} REST-JSON protocol carries it ("Use @connections commands in your
 * backend service"): {@code POST} (PostToConnection), {@code GET} (GetConnection) and {@code
 * DELETE} (DeleteConnection) on {@code /{stage}/@connections/{connectionId}}; {@code GoneException}
 * (410) for a connection that is closed or unknown; {@code PayloadTooLargeException} (413) above
 * 128 KB; {@code ForbiddenException} (403) "No method found matching route ..." for other paths and
 * methods.
 */
public final class ManagementApi {
  private static final String CONNECTIONS = "@connections";

  /** The text of the SDK model's description of the error; API Gateway's own text is unverified. */
  private static final String TOO_LARGE =
      "{\"message\":\"The data has exceeded the maximum size allowed.\"}";

  private final ApiRuntime api;
  private final Supplier<String> requestIds;

  /**
   * The management API of an API stage.
   *
   * @param api the API
   * @param requestIds the source of {@code x-amzn-RequestId} values
   */
  public ManagementApi(ApiRuntime api, Supplier<String> requestIds) {
    this.api = api;
    this.requestIds = requestIds;
  }

  /**
   * Whether a request's path is an {@code @connections} path of this API's stage.
   *
   * @param request the request
   * @return true for {@code /{stage}/@connections/...}
   */
  public boolean matchesStage(ServiceRequest request) {
    String[] segments = request.path().split("/", -1);
    return segments.length >= 3
        && decode(segments[1]).equals(api.stage().stage())
        && decode(segments[2]).equals(CONNECTIONS);
  }

  /**
   * Answers one management request.
   *
   * @param request the request, addressed to this API's host
   * @return the response
   */
  public ServiceResponse handle(ServiceRequest request) {
    String[] segments = request.path().split("/", -1);
    boolean knownMethod = Set.of("POST", "GET", "DELETE").contains(request.method());
    if (segments.length != 4 || !matchesStage(request) || segments[3].isEmpty() || !knownMethod) {
      return noMethod(request);
    }
    String connectionId = decode(segments[3]);
    Optional<LiveConnection> found = api.openConnection(connectionId);
    if (found.isEmpty()) {
      // API Gateway answers 410 with no JSON body: SDKs see GoneException without a message.
      return error(410, "GoneException", "");
    }
    LiveConnection connection = found.get();
    switch (request.method()) {
      case "POST":
        if (request.body().length > Limits.MAX_MESSAGE_BYTES) {
          return error(413, "PayloadTooLargeException", TOO_LARGE);
        }
        api.post(connection, request.body());
        return ok(200, "");
      case "GET":
        return ok(200, describe(connection));
      case "DELETE":
        api.closeFromGateway(connection, 1000, "");
        return ok(204, "");
      default:
        return noMethod(request);
    }
  }

  /**
   * API Gateway's answer to a path or method the {@code @connections} API does not have, such as a
   * client whose endpoint lacks the stage.
   */
  private ServiceResponse noMethod(ServiceRequest request) {
    ObjectNode body = Json.object();
    body.put(
        "message",
        "No method found matching route "
            + request.path().substring(1)
            + " for http method "
            + request.method()
            + ".");
    return error(403, "ForbiddenException", body.toString());
  }

  private static String describe(LiveConnection connection) {
    ObjectNode json = Json.object();
    json.put("connectedAt", iso(connection.connectedAt()));
    ObjectNode identity = json.putObject("identity");
    identity.put("sourceIp", connection.handshake().sourceIp());
    String userAgent = connection.handshake().userAgent();
    if (userAgent != null) {
      identity.put("userAgent", userAgent);
    }
    json.put("lastActiveAt", iso(connection.lastActiveAt()));
    return json.toString();
  }

  private static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  private ServiceResponse ok(int status, String body) {
    HttpHeaders.Builder headers = HttpHeaders.builder().set("x-amzn-RequestId", requestIds.get());
    if (!body.isEmpty()) {
      headers.set("Content-Type", "application/json");
    }
    return new ServiceResponse(status, headers.build(), body.getBytes(StandardCharsets.UTF_8));
  }

  private ServiceResponse error(int status, String type, String body) {
    HttpHeaders.Builder headers =
        HttpHeaders.builder()
            .set("x-amzn-RequestId", requestIds.get())
            .set("x-amzn-ErrorType", type);
    if (!body.isEmpty()) {
      headers.set("Content-Type", "application/json");
    }
    return new ServiceResponse(status, headers.build(), body.getBytes(StandardCharsets.UTF_8));
  }

  /** Percent-decodes a path segment ({@code +} stays a plus, as in paths). */
  static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < segment.length()) {
      int c = segment.codePointAt(i);
      if (c == '%' && isHex(segment, i + 1) && isHex(segment, i + 2)) {
        out.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        byte[] bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i += Character.charCount(c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String s, int at) {
    return at < s.length() && Character.digit(s.charAt(at), 16) >= 0;
  }
}
