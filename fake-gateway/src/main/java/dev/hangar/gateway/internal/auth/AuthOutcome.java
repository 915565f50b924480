package dev.hangar.gateway.internal.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** What an authorizer decided about one request. */
public sealed interface AuthOutcome {

  /**
   * The request may proceed.
   *
   * @param principalId the principal, or null (JWT authorizers have none)
   * @param context what the integration's event carries under {@code requestContext.authorizer}
   * @param usageIdentifierKey the API key the authorizer chose, or null
   * @param fromCache whether the decision came from the result cache
   */
  record Allowed(String principalId, ObjectNode context, String usageIdentifierKey, boolean fromCache)
      implements AuthOutcome {}

  /**
   * The request is refused and never reaches the integration.
   *
   * @param refusal why, which selects API Gateway's status and body
   * @param headers extra response headers, such as {@code www-authenticate}
   * @param detail a description for the trace and the access log's {@code authorizer.error}
   */
  record Refused(Refusal refusal, Map<String, String> headers, String detail)
      implements AuthOutcome {}

  /** The kinds of refusal API Gateway distinguishes in its responses. */
  enum Refusal {
    /** 401: identity missing, token rejected, or the authorizer said "Unauthorized". */
    UNAUTHORIZED,
    /** 403: the policy denies explicitly. */
    EXPLICIT_DENY,
    /** 403: no statement of the policy allows. */
    IMPLICIT_DENY,
    /** 403: a simple response said no, or a JWT lacks the route's scopes. */
    FORBIDDEN,
    /** 500: the authorizer failed or returned something unusable. */
    AUTHORIZER_FAILURE
  }
}
