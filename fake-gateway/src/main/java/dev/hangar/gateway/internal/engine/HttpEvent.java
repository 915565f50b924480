package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.gateway.internal.route.PathDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds payload format 2.0 events ({@code APIGatewayV2HTTPEvent}) as "Create AWS Lambda proxy
 * integrations for HTTP APIs in API Gateway" shows them: header names in lower case with repeated
 * headers comma-joined, repeated query parameters comma-joined, cookies in their own array (and not
 * among the headers), absent fields omitted, {@code rawPath} as the client sent it (with the stage
 * name when the stage is not {@code $default}).
 */
final class HttpEvent {
  private HttpEvent() {}

  static ObjectNode build(Exchange ex, ApiIdentity api, String body, boolean base64) {
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("routeKey", ex.routeKey.toString());
    event.put("rawPath", rawPath(ex));
    event.put("rawQueryString", ex.inbound.rawQuery());
    List<String> cookies = cookies(ex);
    if (!cookies.isEmpty()) {
      ArrayNode array = event.putArray("cookies");
      cookies.forEach(array::add);
    }
    ObjectNode headers = event.putObject("headers");
    joinedHeaders(ex).forEach(headers::put);
    Map<String, String> query = joinedQuery(ex);
    if (!query.isEmpty()) {
      ObjectNode node = event.putObject("queryStringParameters");
      query.forEach(node::put);
    }
    event.set("requestContext", requestContext(ex, api));
    if (body != null) {
      event.put("body", body);
    }
    if (!ex.pathParameters.isEmpty()) {
      ObjectNode node = event.putObject("pathParameters");
      ex.pathParameters.forEach(node::put);
    }
    event.put("isBase64Encoded", base64);
    if (!ex.stageVariables.isEmpty()) {
      ObjectNode node = event.putObject("stageVariables");
      ex.stageVariables.forEach(node::put);
    }
    return event;
  }

  static String rawPath(Exchange ex) {
    return ex.stage.equals("$default") ? ex.path : "/" + ex.stage + ex.path;
  }

  static List<String> cookies(Exchange ex) {
    List<String> cookies = new ArrayList<>();
    for (String header : ex.headers.all("cookie")) {
      for (String cookie : header.split(";")) {
        if (!cookie.isBlank()) {
          cookies.add(cookie.trim());
        }
      }
    }
    return cookies;
  }

  static Map<String, String> joinedHeaders(Exchange ex) {
    Map<String, String> joined = new LinkedHashMap<>();
    ex.headers
        .asMap()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              if (!lower.equals("cookie")) {
                joined.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
              }
            });
    return joined;
  }

  static Map<String, String> joinedQuery(Exchange ex) {
    Map<String, String> joined = new LinkedHashMap<>();
    QueryString.parse(ex.inbound.rawQuery()).forEach((k, v) -> joined.put(k, String.join(",", v)));
    return joined;
  }

  static ObjectNode requestContext(Exchange ex, ApiIdentity api) {
    ObjectNode context = Json.object();
    context.put("accountId", api.accountId());
    context.put("apiId", api.apiId());
    if (ex.authorizerContext != null) {
      context.set("authorizer", ex.authorizerContext);
    }
    context.put("domainName", api.domainName());
    context.put("domainPrefix", api.apiId());
    ObjectNode http = context.putObject("http");
    http.put("method", ex.inbound.method());
    http.put("path", PathDecoder.decodePath(rawPath(ex)));
    http.put("protocol", ex.inbound.protocol());
    http.put("sourceIp", ex.inbound.sourceIp());
    http.put("userAgent", ex.inbound.headers().first("User-Agent").orElse(""));
    context.put("requestId", ex.requestId);
    context.put("routeKey", ex.routeKey.toString());
    context.put("stage", ex.stage);
    context.put("time", GatewayIds.requestTime(ex.time));
    context.put("timeEpoch", ex.time.toEpochMilli());
    return context;
  }
}
