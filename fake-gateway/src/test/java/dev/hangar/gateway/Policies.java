package dev.hangar.gateway;

import java.util.List;
import java.util.Map;

/**
 * IAM policy responses as Lambda authorizers return them ("Output from an API Gateway Lambda
 * authorizer").
 */
final class Policies {
  private Policies() {}

  /** One {@code execute-api:Invoke} statement with that effect on that resource. */
  static Map<String, Object> of(
      String principalId, String effect, Object resource, Map<String, Object> context) {
    return Map.of(
        "principalId", principalId,
        "policyDocument",
            Map.of(
                "Version", "2012-10-17",
                "Statement",
                    List.of(
                        Map.of(
                            "Action", "execute-api:Invoke",
                            "Effect", effect,
                            "Resource", resource))),
        "context", context);
  }

  /** Allows the resource, with no context. */
  static Map<String, Object> allow(String principalId, Object resource) {
    return of(principalId, "Allow", resource, Map.of());
  }
}
