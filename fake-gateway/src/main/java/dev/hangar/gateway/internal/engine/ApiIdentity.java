package dev.hangar.gateway.internal.engine;

/**
 * Where an API lives.
 *
 * @param apiId the ten-character API id
 * @param region the region
 * @param accountId the account
 */
record ApiIdentity(String apiId, String region, String accountId) {
  String domainName() {
    return apiId + ".execute-api." + region + ".amazonaws.com";
  }

  /** The ARN prefix of {@code methodArn}s and {@code routeArn}s. */
  String arnPrefix() {
    return "arn:aws:execute-api:" + region + ":" + accountId + ":" + apiId;
  }
}
