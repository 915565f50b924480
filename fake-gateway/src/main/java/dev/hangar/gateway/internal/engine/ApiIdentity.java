package dev.hangar.gateway.internal.engine;

import dev.hangar.gateway.internal.deploy.ExecuteApiHosts;

/**
 * Where an API lives.
 *
 * @param apiId the ten-character API id
 * @param region the region
 * @param accountId the account
 */
record ApiIdentity(String apiId, String region, String accountId) {
  String domainName() {
    return ExecuteApiHosts.domainName(apiId, region);
  }

  /** The ARN prefix of {@code methodArn}s and {@code routeArn}s. */
  String arnPrefix() {
    return "arn:aws:execute-api:" + region + ":" + accountId + ":" + apiId;
  }
}
