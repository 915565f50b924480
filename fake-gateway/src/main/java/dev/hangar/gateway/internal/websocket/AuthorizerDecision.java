package dev.hangar.gateway.internal.websocket;

import java.util.Map;

/**
 * The result of a connect authorizer: allowed, with the {@code requestContext.authorizer} map later
 * events carry, or refused with the HTTP status the client sees.
 *
 * @param allowed whether the connection may proceed
 * @param refusalStatus the HTTP status of a refusal (401, 403 or 500); 0 when allowed
 * @param context the {@code requestContext.authorizer} map when allowed, else null
 */
public record AuthorizerDecision(boolean allowed, int refusalStatus, Map<String, Object> context) {

  /**
   * An allowing decision.
   *
   * @param context the {@code requestContext.authorizer} map
   * @return the decision
   */
  public static AuthorizerDecision allow(Map<String, Object> context) {
    return new AuthorizerDecision(
        true, 0, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context)));
  }

  /**
   * A refusing decision.
   *
   * @param status the HTTP status the client sees
   * @return the decision
   */
  public static AuthorizerDecision refuse(int status) {
    return new AuthorizerDecision(false, status, null);
  }
}
