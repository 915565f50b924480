package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.json.Json;
import dev.hangar.gateway.internal.json.MultiValueFields;
import java.util.List;
import java.util.Map;

/**
 * Builds payload format 1.0 events ({@code APIGatewayProxyRequestEvent}) field by field as "Set up
 * Lambda proxy integrations in API Gateway" shows them: single-value maps carry the last value of
 * a repeated header or parameter, the {@code multiValue*} maps carry all; absent maps are null;
 * {@code path} is the path after the stage, {@code requestContext.path} includes the stage.
 */
final class RestEvent {
  private RestEvent() {}

  static ObjectNode build(
      Exchange ex, ApiIdentity api, String resourcePath, String body, boolean base64) {
    ObjectNode event = Json.object();
    event.put("resource", resourcePath);
    event.put("path", ex.path);
    event.put("httpMethod", ex.inbound.method());
    putHeaders(event, ex);
    putQuery(event, ex);
    putMap(event, "pathParameters", ex.pathParameters);
    putMap(event, "stageVariables", ex.stageVariables);
    event.set("requestContext", requestContext(ex, api, resourcePath));
    event.put("body", body);
    event.put("isBase64Encoded", base64);
    return event;
  }

  static void putHeaders(ObjectNode event, Exchange ex) {
    Map<String, List<String>> headers = ex.headers.asMap();
    if (headers.isEmpty()) {
      event.putNull("headers");
      event.putNull("multiValueHeaders");
      return;
    }
    MultiValueFields.put(event, "headers", "multiValueHeaders", headers);
  }

  static void putQuery(ObjectNode event, Exchange ex) {
    Map<String, List<String>> query = QueryString.parse(ex.inbound.rawQuery());
    if (query.isEmpty()) {
      event.putNull("queryStringParameters");
      event.putNull("multiValueQueryStringParameters");
      return;
    }
    MultiValueFields.put(
        event, "queryStringParameters", "multiValueQueryStringParameters", query);
  }

  static void putMap(ObjectNode event, String field, Map<String, String> values) {
    if (values.isEmpty()) {
      event.putNull(field);
    } else {
      ObjectNode node = event.putObject(field);
      values.forEach(node::put);
    }
  }

  static ObjectNode requestContext(Exchange ex, ApiIdentity api, String resourcePath) {
    ObjectNode context = Json.object();
    context.put("resourceId", ResourceIds.of(api.apiId(), resourcePath));
    context.put("resourcePath", resourcePath);
    context.put("httpMethod", ex.inbound.method());
    context.put("extendedRequestId", ex.extendedRequestId);
    context.put("requestTime", GatewayIds.requestTime(ex.time));
    context.put("path", "/" + ex.stage + ex.path);
    context.put("accountId", api.accountId());
    context.put("protocol", ex.inbound.protocol());
    context.put("stage", ex.stage);
    context.put("domainPrefix", api.apiId());
    context.put("requestTimeEpoch", ex.time.toEpochMilli());
    context.put("requestId", ex.requestId);
    context.set("identity", identity(ex));
    context.put("domainName", api.domainName());
    context.put("apiId", api.apiId());
    if (ex.authorizerContext != null) {
      context.set("authorizer", ex.authorizerContext);
    }
    return context;
  }

  private static ObjectNode identity(Exchange ex) {
    ObjectNode identity = Json.object();
    identity.putNull("cognitoIdentityPoolId");
    identity.putNull("accountId");
    identity.putNull("cognitoIdentityId");
    identity.putNull("caller");
    if (ex.apiKey != null) {
      identity.put("apiKey", ex.apiKey);
      identity.put("apiKeyId", ex.apiKeyId);
    }
    identity.put("sourceIp", ex.inbound.sourceIp());
    identity.putNull("principalOrgId");
    identity.putNull("accessKey");
    identity.putNull("cognitoAuthenticationType");
    identity.putNull("cognitoAuthenticationProvider");
    identity.putNull("userArn");
    identity.put("userAgent", ex.inbound.headers().first("User-Agent").orElse(null));
    identity.putNull("user");
    return identity;
  }
}
