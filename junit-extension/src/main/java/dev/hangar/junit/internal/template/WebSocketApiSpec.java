package dev.hangar.junit.internal.template;

import java.util.List;

/**
 * A WebSocket API ({@code AWS::ApiGatewayV2::Api} with {@code ProtocolType: WEBSOCKET}) with its
 * routes, integrations and stage.
 *
 * @param logicalId the logical id
 * @param apiId the generated API id
 * @param name the API's {@code Name}
 * @param routeSelectionExpression for example {@code $request.body.action}
 * @param stageName the stage from an {@code AWS::ApiGatewayV2::Stage}, or null when none
 * @param routes the routes
 */
public record WebSocketApiSpec(
    String logicalId,
    String apiId,
    String name,
    String routeSelectionExpression,
    String stageName,
    List<Route> routes) {
  /** Copies the routes. */
  public WebSocketApiSpec {
    routes = List.copyOf(routes);
  }

  /**
   * One route.
   *
   * @param routeKey {@code $connect}, {@code $disconnect}, {@code $default} or a custom key
   * @param functionLogicalId the function its {@code AWS_PROXY} integration invokes
   * @param authorizationType {@code NONE}, {@code AWS_IAM} or {@code CUSTOM}
   * @param authorizerFunctionLogicalId the Lambda authorizer of a {@code CUSTOM} route, else null
   * @param identitySources the authorizer's identity sources
   */
  public record Route(
      String routeKey,
      String functionLogicalId,
      String authorizationType,
      String authorizerFunctionLogicalId,
      List<String> identitySources) {
    /** Copies the identity sources. */
    public Route {
      identitySources = List.copyOf(identitySources);
    }
  }
}
