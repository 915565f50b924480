package dev.hangar.junit.internal;

import dev.hangar.gateway.websocket.WebSocketApi;
import dev.hangar.gateway.websocket.WebSocketAuthorizer;
import dev.hangar.gateway.websocket.WebSocketGateway;
import dev.hangar.junit.internal.template.Template;
import dev.hangar.junit.internal.template.WebSocketApiSpec;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Turns a template's WebSocket APIs ({@code AWS::ApiGatewayV2::Api} with its routes, Lambda proxy
 * integrations, {@code $connect} authorizer and stage) into a {@link WebSocketGateway}, each API
 * named by its logical id and keeping the API id the template's {@code !Ref} gave it, so that a
 * callback URL built in the template reaches the same API.
 */
final class WebSocketWiring {
  private WebSocketWiring() {}

  /** The gateway for the template's WebSocket APIs, or null when it declares none. */
  static WebSocketGateway gateway(Template template, String origin) {
    if (template.webSocketApis().isEmpty()) {
      return null;
    }
    WebSocketGateway.Builder gateway = WebSocketGateway.builder();
    for (WebSocketApiSpec api : template.webSocketApis()) {
      try {
        gateway.api(api(template, api, origin));
      } catch (IllegalArgumentException e) {
        throw refused(origin, template, api, e.getMessage());
      }
    }
    return gateway.build();
  }

  private static WebSocketApi api(Template template, WebSocketApiSpec api, String origin) {
    if (api.stageName() == null) {
      throw refused(
          origin, template, api,
          "it has no AWS::ApiGatewayV2::Stage, so no client can connect to it; add a Stage with"
              + " ApiId: !Ref " + api.logicalId());
    }
    WebSocketApi.Builder built =
        WebSocketApi.builder(api.logicalId())
            .apiId(api.apiId())
            .stage(api.stageName())
            .routeSelectionExpression(api.routeSelectionExpression());
    for (WebSocketApiSpec.Route route : api.routes()) {
      String function = functionName(template, route.functionLogicalId());
      built.route(route.routeKey(), function);
      switch (route.authorizationType()) {
        case "NONE" -> { }
        case "CUSTOM" -> built.connectAuthorizer(authorizer(template, api, route, origin));
        default -> throw refused(
            origin, template, api,
            "route " + route.routeKey() + " has AuthorizationType " + route.authorizationType()
                + ", which Hangar does not emulate (it supports NONE and CUSTOM)");
      }
    }
    return built.build();
  }

  /** API Gateway accepts an authorizer on {@code $connect} only (V2 API reference, "Route"). */
  private static WebSocketAuthorizer authorizer(
      Template template, WebSocketApiSpec api, WebSocketApiSpec.Route route, String origin) {
    if (!route.routeKey().equals(WebSocketApi.CONNECT) || route.authorizerFunctionLogicalId() == null) {
      throw refused(
          origin, template, api,
          "route " + route.routeKey() + " has AuthorizationType CUSTOM"
              + (route.routeKey().equals(WebSocketApi.CONNECT)
                  ? " but no AuthorizerId"
                  : "; a WebSocket API authorizes on the $connect route only"));
    }
    WebSocketAuthorizer authorizer =
        WebSocketAuthorizer.lambdaRequest(functionName(template, route.authorizerFunctionLogicalId()));
    for (String source : route.identitySources()) {
      authorizer = authorizer.withIdentitySource(source);
    }
    return authorizer;
  }

  private static ExtensionConfigurationException refused(
      String origin, Template template, WebSocketApiSpec api, String why) {
    return new ExtensionConfigurationException(
        origin + ": the WebSocket API " + api.logicalId() + " of " + template.file()
            + " cannot be built: " + why);
  }

  private static String functionName(Template template, String logicalId) {
    return template.function(logicalId).orElseThrow().functionName();
  }
}
