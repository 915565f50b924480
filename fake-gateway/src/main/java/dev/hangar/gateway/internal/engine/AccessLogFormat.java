package dev.hangar.gateway.internal.engine;

import dev.hangar.gateway.internal.deploy.GatewayIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An access-log format with {@code $context} variables ("Customize HTTP API access logs", "Set up
 * CloudWatch logging for REST APIs"). A variable Hangar does not know fails when the API is
 * attached, naming it; a known variable without a value is written as {@code -}, as API Gateway
 * writes it.
 */
final class AccessLogFormat {
  private static final Pattern VARIABLE = Pattern.compile("\\$context\\.([A-Za-z0-9_.]+[A-Za-z0-9_])");
  private static final Set<String> KNOWN =
      Set.of(
          "requestId", "extendedRequestId", "apiId", "stage", "httpMethod", "path",
          "resourcePath", "routeKey", "status", "protocol", "requestTime", "requestTimeEpoch",
          "identity.sourceIp", "identity.userAgent", "identity.apiKey", "identity.apiKeyId",
          "responseLength", "domainName", "domainPrefix", "integrationLatency",
          "integration.latency", "integrationStatus", "integration.status",
          "authorizer.principalId", "authorizer.error", "error.message", "accountId");

  private final String format;

  private AccessLogFormat(String format) {
    this.format = format;
  }

  static AccessLogFormat parse(String format, String apiName) {
    Matcher matcher = VARIABLE.matcher(format);
    List<String> unknown = new ArrayList<>();
    while (matcher.find()) {
      if (!KNOWN.contains(matcher.group(1))) {
        unknown.add("$context." + matcher.group(1));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "API '" + apiName + "': the access-log format uses variables Hangar does not fill: "
              + unknown + "; supported: " + KNOWN);
    }
    return new AccessLogFormat(format);
  }

  String render(Exchange ex, ApiIdentity api) {
    Matcher matcher = VARIABLE.matcher(format);
    StringBuilder line = new StringBuilder();
    while (matcher.find()) {
      String value = value(matcher.group(1), ex, api);
      matcher.appendReplacement(line, Matcher.quoteReplacement(value == null ? "-" : value));
    }
    matcher.appendTail(line);
    return line.toString();
  }

  private static String value(String name, Exchange ex, ApiIdentity api) {
    return switch (name) {
      case "requestId" -> ex.requestId;
      case "extendedRequestId" -> ex.extendedRequestId;
      case "apiId", "domainPrefix" -> api.apiId();
      case "accountId" -> api.accountId();
      case "domainName" -> api.domainName();
      case "stage" -> ex.stage;
      case "httpMethod" -> ex.inbound.method();
      case "path" -> ex.stage == null
          ? ex.inbound.rawPath()
          : ex.stage.equals("$default") ? ex.path : "/" + ex.stage + ex.path;
      case "resourcePath" -> ex.routeKey == null ? null : ex.routeKey.path();
      case "routeKey" -> ex.routeKey == null ? null : ex.routeKey.toString();
      case "status" -> String.valueOf(ex.status);
      case "protocol" -> ex.inbound.protocol();
      case "requestTime" -> GatewayIds.requestTime(ex.time);
      case "requestTimeEpoch" -> String.valueOf(ex.time.toEpochMilli());
      case "identity.sourceIp" -> ex.inbound.sourceIp();
      case "identity.userAgent" -> ex.inbound.headers().first("User-Agent").orElse(null);
      case "identity.apiKey" -> ex.apiKey;
      case "identity.apiKeyId" -> ex.apiKeyId;
      case "responseLength" -> String.valueOf(ex.responseLength);
      case "integrationLatency", "integration.latency" ->
          ex.integrationLatency < 0 ? null : String.valueOf(ex.integrationLatency);
      case "integrationStatus", "integration.status" ->
          ex.integrationStatus < 0 ? null : String.valueOf(ex.integrationStatus);
      case "authorizer.principalId" -> ex.principalId;
      case "authorizer.error" -> ex.authorizerError;
      case "error.message" -> ex.errorMessage;
      default -> null;
    };
  }
}
