package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads WebSocket APIs from their ApiGatewayV2 resources: the {@code Api}, its {@code Route}s, the
 * {@code Integration}s they target, {@code Authorizer}s and the {@code Stage}.
 */
final class WebSocketReader {
  private final StackReader stack;

  WebSocketReader(StackReader stack) {
    this.stack = stack;
  }

  List<WebSocketApiSpec> read() {
    Map<String, Props> apis = of(TemplateLoader.V2_API);
    Map<String, Props> routes = of(TemplateLoader.V2_ROUTE);
    Map<String, Props> integrations = of(TemplateLoader.V2_INTEGRATION);
    Map<String, Props> stages = of(TemplateLoader.V2_STAGE);
    Map<String, Props> authorizers = of(TemplateLoader.V2_AUTHORIZER);
    for (Props api : apis.values()) {
      api.allowOnly(
          Set.of("Name", "ProtocolType", "RouteSelectionExpression"),
          Set.of("Description", "Tags", "DisableExecuteApiEndpoint", "ApiKeySelectionExpression"));
      String protocol = api.string("ProtocolType");
      if (!protocol.equals("WEBSOCKET")) {
        throw new TemplateException(
            api.at("ProtocolType"),
            api.owner()
                + " has ProtocolType "
                + protocol
                + "; Hangar reads HTTP APIs from AWS::Serverless::HttpApi, and"
                + " AWS::ApiGatewayV2::Api only with ProtocolType WEBSOCKET");
      }
    }
    Map<String, List<WebSocketApiSpec.Route>> routesByApi = new LinkedHashMap<>();
    for (Props route : routes.values()) {
      route.allowOnly(
          Set.of("ApiId", "RouteKey", "Target", "AuthorizationType", "AuthorizerId"),
          Set.of("OperationName", "RouteResponseSelectionExpression"));
      String api = api(route);
      String integration = integration(route, integrations);
      Props integrationProps = integrations.get(integration);
      integrationProps.allowOnly(
          Set.of("ApiId", "IntegrationType", "IntegrationUri"),
          Set.of("IntegrationMethod", "Description", "TimeoutInMillis", "CredentialsArn"));
      String integrationType = integrationProps.string("IntegrationType");
      if (!integrationType.equals("AWS_PROXY")) {
        throw new TemplateException(
            integrationProps.at("IntegrationType"),
            integrationProps.owner()
                + " has IntegrationType "
                + integrationType
                + "; Hangar supports AWS_PROXY (Lambda proxy) integrations only");
      }
      String function = functionOf(integrationProps, "IntegrationUri");
      String authType = route.string("AuthorizationType", "NONE");
      String authorizerFunction = null;
      List<String> sources = List.of();
      if (route.has("AuthorizerId")) {
        Props authorizer = authorizers.get(logicalId(route, "AuthorizerId", TemplateLoader.V2_AUTHORIZER));
        authorizer.allowOnly(
            Set.of("ApiId", "AuthorizerType", "AuthorizerUri", "IdentitySource", "Name"),
            Set.of("AuthorizerCredentialsArn"));
        if (!authorizer.string("AuthorizerType").equals("REQUEST")) {
          throw new TemplateException(
              authorizer.at("AuthorizerType"),
              authorizer.owner() + ": WebSocket APIs take REQUEST authorizers only");
        }
        authorizerFunction = functionOf(authorizer, "AuthorizerUri");
        sources = authorizer.strings("IdentitySource");
      }
      routesByApi
          .computeIfAbsent(api, k -> new ArrayList<>())
          .add(
              new WebSocketApiSpec.Route(
                  route.string("RouteKey"), function, authType, authorizerFunction, sources));
    }
    Map<String, String> stageByApi = new LinkedHashMap<>();
    for (Props stage : stages.values()) {
      stage.allowOnly(
          Set.of("ApiId", "StageName"),
          Set.of("AutoDeploy", "DeploymentId", "Description", "DefaultRouteSettings",
              "AccessLogSettings", "Tags", "RouteSettings"));
      // Stage throttling is accepted without effect (the WebSocket gateway does not throttle):
      // a difference from AWS the README lists, kept because deployable templates carry it.
      refuseAccessLog(stage.child("AccessLogSettings"));
      stageByApi.put(api(stage), stage.string("StageName"));
    }
    List<WebSocketApiSpec> out = new ArrayList<>();
    for (Map.Entry<String, Props> entry : apis.entrySet()) {
      Props api = entry.getValue();
      out.add(
          new WebSocketApiSpec(
              entry.getKey(),
              stack.scope().physicalId(entry.getKey(), api.where()),
              api.string("Name"),
              api.string("RouteSelectionExpression"),
              stageByApi.get(entry.getKey()),
              routesByApi.getOrDefault(entry.getKey(), List.of())));
    }
    return out;
  }

  private Map<String, Props> of(String type) {
    Map<String, Props> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node.Mapping> entry : stack.resources().entrySet()) {
      if (TemplateLoader.type(entry.getKey(), entry.getValue()).equals(type)) {
        out.put(entry.getKey(), stack.properties(entry.getKey(), type, entry.getValue()));
      }
    }
    return out;
  }

  private String api(Props props) {
    return logicalId(props, "ApiId", TemplateLoader.V2_API);
  }

  private String logicalId(Props props, String key, String type) {
    return stack.logicalIdFor(props.string(key), null, props.at(key), "the id", type);
  }

  /** A route's Target is {@code integrations/<integration id>}. */
  private String integration(Props route, Map<String, Props> integrations) {
    String target = route.string("Target");
    String prefix = "integrations/";
    if (!target.startsWith(prefix)) {
      throw new TemplateException(
          route.at("Target"),
          route.owner() + " Target must be integrations/<integration id>, got '" + target + "'");
    }
    return stack.logicalIdFor(
        target.substring(prefix.length()), null, route.at("Target"), "the id",
        TemplateLoader.V2_INTEGRATION);
  }

  private String functionOf(Props props, String key) {
    return stack.logicalIdFor(props.string(key), "Arn", props.at(key), "a Lambda integration URI",
        TemplateLoader.FUNCTION);
  }

  /** The WebSocket gateway writes no access log: a format would be silently dropped. */
  private static void refuseAccessLog(Props settings) {
    if (settings.has("Format")) {
      throw new TemplateException(
          settings.at("Format"),
          settings.owner() + " has a Format; Hangar writes no access log for WebSocket APIs"
              + " (it does for REST and HTTP APIs); remove it from the template Hangar loads");
    }
  }
}
