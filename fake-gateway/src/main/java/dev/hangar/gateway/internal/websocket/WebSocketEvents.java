package dev.hangar.gateway.internal.websocket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.gateway.internal.json.MultiValueFields;
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
  private final ApiStage stage;
  private final GatewayIds ids;

  WebSocketEvents(ApiStage stage, GatewayIds ids) {
    this.stage = stage;
    this.ids = ids;
  }

  ObjectNode connect(LiveConnection connection, Instant now) {
    ObjectNode event = Json.object();
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
    ObjectNode event = Json.object();
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
    ObjectNode event = Json.object();
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
    MultiValueFields.put(event, "headers", "multiValueHeaders", headers.asMap());
  }

  private static void putQuery(ObjectNode event, Map<String, List<String>> query) {
    if (!query.isEmpty()) {
      MultiValueFields.put(
          event, "queryStringParameters", "multiValueQueryStringParameters", query);
    }
  }

  private void putStageVariables(ObjectNode event) {
    if (!stage.stageVariables().isEmpty()) {
      event.set("stageVariables", Json.MAPPER.valueToTree(stage.stageVariables()));
    }
  }
}
