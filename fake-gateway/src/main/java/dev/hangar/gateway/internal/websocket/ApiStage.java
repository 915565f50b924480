package dev.hangar.gateway.internal.websocket;

import dev.hangar.gateway.internal.deploy.ExecuteApiHosts;
import java.util.Map;

/**
 * The deployed identity of a WebSocket API's stage, as events and ARNs name it.
 *
 * @param apiId the API id
 * @param stage the stage name
 * @param region the region
 * @param accountId the account id
 * @param stageVariables the stage variables
 */
public record ApiStage(
    String apiId,
    String stage,
    String region,
    String accountId,
    Map<String, String> stageVariables) {

  /** Copies the stage variables. */
  public ApiStage {
    stageVariables = Map.copyOf(stageVariables);
  }

  /**
   * The API's host, {@code {api-id}.execute-api.{region}.amazonaws.com}.
   *
   * @return the host
   */
  public String domainName() {
    return ExecuteApiHosts.domainName(apiId, region);
  }

  /**
   * The ARN of a route, as an authorizer's {@code methodArn}.
   *
   * @param routeKey the route key
   * @return {@code arn:aws:execute-api:{region}:{account}:{api-id}/{stage}/{route}}
   */
  public String routeArn(String routeKey) {
    return "arn:aws:execute-api:"
        + region
        + ":"
        + accountId
        + ":"
        + apiId
        + "/"
        + stage
        + "/"
        + routeKey;
  }
}
