package dev.hangar.gateway.internal.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.gateway.internal.deploy.GatewayIds;
import dev.hangar.gateway.internal.json.Json;
import java.util.List;
import java.util.Map;

/**
 * Builds the payload format 1.0 events of HTTP APIs field by field as the 1.0 sample of "Create AWS
 * Lambda proxy integrations for HTTP APIs in API Gateway" shows them, which differ from REST API
 * events: a {@code version} field; {@code path} and {@code requestContext.path} as the client sent
 * them, with the stage name unless the stage is {@code $default}; {@code resourceId} null; an
 * {@code identity} without API keys; {@code authorizer} always present ({@code claims} and {@code
 * scopes} null without a JWT authorizer); the single-value {@code headers} holding each header's
 * last value but {@code queryStringParameters} each parameter's first (the sample's {@code
 * parameter1}); header names in lower case, as HTTP APIs send them.
 */
final class HttpV1Event {
  private HttpV1Event() {}

  static ObjectNode build(
      Exchange ex, ApiIdentity api, String resource, String body, boolean base64) {
    ObjectNode event = Json.object();
    event.put("version", "1.0");
    putRequest(event, ex, resource, true);
    event.set("requestContext", requestContext(ex, api, resource));
    RestEvent.putMap(event, "pathParameters", ex.pathParameters);
    RestEvent.putMap(event, "stageVariables", ex.stageVariables);
    event.put("body", body);
    event.put("isBase64Encoded", base64);
    return event;
  }

  /**
   * The fields from {@code resource} to the query maps; the authorizer's event has no {@code
   * multiValue*} maps.
   */
  static void putRequest(ObjectNode event, Exchange ex, String resource, boolean multiValue) {
    event.put("resource", resource);
    event.put("path", HttpEvent.rawPath(ex));
    event.put("httpMethod", ex.inbound.method());
    Map<String, List<String>> headers = ex.headers.asMap();
    ObjectNode single = event.putObject("headers");
    headers.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
    if (multiValue) {
      putMulti(event.putObject("multiValueHeaders"), headers);
    }
    Map<String, List<String>> query = QueryString.parse(ex.inbound.rawQuery());
    if (query.isEmpty()) {
      event.putNull("queryStringParameters");
      if (multiValue) {
        event.putNull("multiValueQueryStringParameters");
      }
      return;
    }
    ObjectNode first = event.putObject("queryStringParameters");
    query.forEach((name, values) -> first.put(name, values.get(0)));
    if (multiValue) {
      putMulti(event.putObject("multiValueQueryStringParameters"), query);
    }
  }

  private static void putMulti(ObjectNode node, Map<String, List<String>> values) {
    values.forEach(
        (name, list) -> {
          ArrayNode all = node.putArray(name);
          list.forEach(all::add);
        });
  }

  static ObjectNode requestContext(Exchange ex, ApiIdentity api, String resource) {
    ObjectNode context = Json.object();
    context.put("accountId", api.accountId());
    context.put("apiId", api.apiId());
    if (ex.authorizerContext != null) {
      context.set("authorizer", ex.authorizerContext);
    } else {
      ObjectNode none = context.putObject("authorizer");
      none.putNull("claims");
      none.putNull("scopes");
    }
    context.put("domainName", api.domainName());
    context.put("domainPrefix", api.apiId());
    context.put("extendedRequestId", ex.extendedRequestId);
    context.put("httpMethod", ex.inbound.method());
    context.set("identity", identity(ex));
    context.put("path", HttpEvent.rawPath(ex));
    context.put("protocol", ex.inbound.protocol());
    context.put("requestId", ex.requestId);
    context.put("requestTime", GatewayIds.requestTime(ex.time));
    context.put("requestTimeEpoch", ex.time.toEpochMilli());
    context.putNull("resourceId");
    context.put("resourcePath", resource);
    context.put("stage", ex.stage);
    return context;
  }

  private static ObjectNode identity(Exchange ex) {
    ObjectNode identity = Json.object();
    identity.putNull("accessKey");
    identity.putNull("accountId");
    identity.putNull("caller");
    identity.putNull("cognitoAuthenticationProvider");
    identity.putNull("cognitoAuthenticationType");
    identity.putNull("cognitoIdentityId");
    identity.putNull("cognitoIdentityPoolId");
    identity.putNull("principalOrgId");
    identity.put("sourceIp", ex.inbound.sourceIp());
    identity.putNull("user");
    identity.put("userAgent", ex.inbound.headers().first("User-Agent").orElse(null));
    identity.putNull("userArn");
    return identity;
  }
}
