package dev.hangar.junit.internal.template;

import java.util.List;
import java.util.Map;

/**
 * The {@code Auth} section of an API.
 *
 * @param defaultAuthorizer the default authorizer's name, or null
 * @param authorizers the authorizers by name
 * @param apiKeyRequired whether every route requires an API key unless it says otherwise
 */
public record AuthSpec(
    String defaultAuthorizer, Map<String, Authorizer> authorizers, boolean apiKeyRequired) {
  /** Copies the authorizers. */
  public AuthSpec {
    authorizers = Copies.map(authorizers);
  }

  /** An API without authorizers. */
  static AuthSpec none() {
    return new AuthSpec(null, Map.of(), false);
  }

  /**
   * One authorizer.
   *
   * @param name its name in the template
   * @param type {@code TOKEN} or {@code REQUEST} (Lambda authorizers), or {@code JWT}
   * @param functionLogicalId the authorizer function, or null for JWT
   * @param identitySources where the identity comes from, for example {@code
   *     method.request.header.Authorization} or {@code $request.header.Authorization}
   * @param issuer the JWT issuer, or null
   * @param audience the JWT audiences
   * @param resultTtlSeconds how long a decision is cached, or null for the default
   * @param simpleResponses whether an HTTP API Lambda authorizer answers {@code isAuthorized}
   * @param payloadFormatVersion an HTTP API Lambda authorizer's payload version, or null
   * @param validationExpression a TOKEN authorizer's {@code ValidationExpression}, or null
   */
  public record Authorizer(
      String name,
      String type,
      String functionLogicalId,
      List<String> identitySources,
      String issuer,
      List<String> audience,
      Integer resultTtlSeconds,
      boolean simpleResponses,
      String payloadFormatVersion,
      String validationExpression) {
    /** Copies every collection. */
    public Authorizer {
      identitySources = List.copyOf(identitySources);
      audience = List.copyOf(audience);
    }

    /** An authorizer without a {@code ValidationExpression}. */
    public Authorizer(
        String name,
        String type,
        String functionLogicalId,
        List<String> identitySources,
        String issuer,
        List<String> audience,
        Integer resultTtlSeconds,
        boolean simpleResponses,
        String payloadFormatVersion) {
      this(
          name, type, functionLogicalId, identitySources, issuer, audience, resultTtlSeconds,
          simpleResponses, payloadFormatVersion, null);
    }
  }
}
