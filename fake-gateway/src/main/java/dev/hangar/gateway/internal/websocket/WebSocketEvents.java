package dev.hangar.gateway.internal.websocket;

import dev.hangar.gateway.internal.deploy.GatewayIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.spi.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Builds the events API Gateway gives a Lambda proxy integration of a WebSocket API, field for
 * field as in "Setting up WebSocket API integrations" and the sample events API Gateway delivers:
 * {@code CONNECT} with the upgrade request's headers and query string, {@code MESSAGE} with the
 * body and a {@code messageId}, {@code DISCONNECT} with {@code disconnectStatusCode} and {@code
 * disconnectReason}; headers and query only on {@code $connect}.
 */
final class WebSocketEvents {
  static final ObjectMapper JSON = new ObjectMapper();

  private final ApiStage stage;
  private final GatewayIds ids;

  WebSocketEvents(ApiStage stage, GatewayIds ids) {
    this.stage = stage;
    this.ids = ids;
  }

  ObjectNode connect(LiveConnection connection, Instant now) {
    ObjectNode event = JSON.createObjectNode();
    HandshakeRequest handshake = connection.handshake();
    putHeaders(event, handshake.headers());
    putQuery(event, handshake.query());
    putStageVariables(event);
    ObjectNode context = event.putObject("requestContext");
    context.put("routeKey", "$connect");
    context.put("eventType", "CONNECT");
    common(context, connection, now, null);
    event.put("isBase64Encoded", false);
    return event;
  }

  ObjectNode message(LiveConnection connection, String routeKey, String body, Instant now) {
    ObjectNode event = JSON.createObjectNode();
    putStageVariables(event);
    ObjectNode context = event.putObject("requestContext");
    context.put("routeKey", routeKey);
    context.put("messageId", ids.next());
    context.put("eventType", "MESSAGE");
    common(context, connection, now, null);
    event.put("body", body);
    event.put("isBase64Encoded", false);
    return event;
  }

  ObjectNode disconnect(LiveConnection connection, int code, String reason, Instant now) {
    ObjectNode event = JSON.createObjectNode();
    HttpHeaders headers =
        HttpHeaders.builder()
            .add("Host", stage.domainName())
            .add("x-api-key", "")
            .add("X-Forwarded-For", "")
            .add("x-restapi", "")
            .build();
    putHeaders(event, headers);
    putStageVariables(event);
    ObjectNode context = event.putObject("requestContext");
    context.put("routeKey", "$disconnect");
    context.put("disconnectStatusCode", code);
    context.put("eventType", "DISCONNECT");
    common(context, connection, now, reason);
    event.put("isBase64Encoded", false);
    return event;
  }

  /** The request-context fields every event carries, in API Gateway's order. */
  private void common(
      ObjectNode context, LiveConnection connection, Instant now, String disconnectReason) {
    context.put("extendedRequestId", ids.next());
    context.put("requestTime", GatewayIds.requestTime(now));
    context.put("messageDirection", "IN");
    if (disconnectReason != null) {
      context.put("disconnectReason", disconnectReason);
    }
    context.put("stage", stage.stage());
    context.put("connectedAt", connection.connectedAt().toEpochMilli());
    context.put("requestTimeEpoch", now.toEpochMilli());
    ObjectNode identity = context.putObject("identity");
    String userAgent = connection.handshake().userAgent();
    if (userAgent != null) {
      identity.put("userAgent", userAgent);
    }
    identity.put("sourceIp", connection.handshake().sourceIp());
    context.put("requestId", context.get("extendedRequestId").asText());
    context.put("domainName", stage.domainName());
    context.put("connectionId", connection.connectionId());
    context.put("apiId", stage.apiId());
    ObjectNode authorizer = connection.authorizer();
    if (authorizer != null) {
      context.set("authorizer", authorizer.deepCopy());
    }
  }

  private static void putHeaders(ObjectNode event, HttpHeaders headers) {
    ObjectNode single = event.putObject("headers");
    ObjectNode multi = event.putObject("multiValueHeaders");
    for (Map.Entry<String, List<String>> header : headers.asMap().entrySet()) {
      List<String> values = header.getValue();
      single.put(header.getKey(), values.get(values.size() - 1));
      ArrayNode all = multi.putArray(header.getKey());
      values.forEach(all::add);
    }
  }

  private static void putQuery(ObjectNode event, Map<String, List<String>> query) {
    if (query.isEmpty()) {
      return;
    }
    ObjectNode single = event.putObject("queryStringParameters");
    ObjectNode multi = event.putObject("multiValueQueryStringParameters");
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      List<String> values = parameter.getValue();
      single.put(parameter.getKey(), values.get(values.size() - 1));
      ArrayNode all = multi.putArray(parameter.getKey());
      values.forEach(all::add);
    }
  }

  private void putStageVariables(ObjectNode event) {
    if (!stage.stageVariables().isEmpty()) {
      event.set("stageVariables", JSON.valueToTree(stage.stageVariables()));
    }
  }
}
