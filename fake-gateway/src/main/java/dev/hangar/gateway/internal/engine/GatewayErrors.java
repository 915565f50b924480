package dev.hangar.gateway.internal.engine;

import dev.hangar.gateway.internal.auth.AuthOutcome;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * API Gateway's own error responses ("Gateway response types for API Gateway" for REST APIs, with
 * their {@code x-amzn-ErrorType} header; HTTP APIs' fixed messages), byte for byte in the body.
 */
final class GatewayErrors {
  /**
   * Marks a REST error with its gateway response type until {@link GatewayResponses} applies the
   * API's customisations and removes it; never sent to a client.
   */
  static final String TYPE_MARKER = "X-Hangar-Gateway-Response-Type";

  private GatewayErrors() {}

  static ServiceResponse missingAuthenticationToken() {
    return rest(403, "{\"message\":\"Missing Authentication Token\"}", "MissingAuthenticationTokenException",
        "MISSING_AUTHENTICATION_TOKEN");
  }

  static ServiceResponse notFound() {
    return http(404, "{\"message\":\"Not Found\"}");
  }

  static ServiceResponse integrationFailure(boolean restApi) {
    return restApi
        ? rest(502, "{\"message\": \"Internal server error\"}", "InternalServerErrorException", null)
        : http(500, "{\"message\":\"Internal Server Error\"}");
  }

  /**
   * Lambda refused the invocation (throttled, function not found): "If the Lambda API rejects the
   * invocation request, API Gateway returns a 500 error code" (AWS Lambda Developer Guide,
   * "Handling Lambda errors with an API Gateway API"); a function that ran and failed is {@link
   * #integrationFailure}.
   */
  static ServiceResponse invocationRefused(boolean restApi) {
    return restApi
        ? rest(500, "{\"message\": \"Internal server error\"}", "InternalServerErrorException", null)
        : http(500, "{\"message\":\"Internal Server Error\"}");
  }

  static ServiceResponse integrationTimeout(boolean restApi) {
    return restApi
        ? rest(504, "{\"message\": \"Endpoint request timed out\"}", "InternalServerErrorException",
            "INTEGRATION_TIMEOUT")
        : http(503, "{\"message\":\"Service Unavailable\"}");
  }

  /** REST APIs answer an oversized body in plain text, before any gateway response applies. */
  static ServiceResponse tooLarge(boolean restApi) {
    return restApi
        ? ServiceResponse.of(
            413,
            "text/plain",
            "HTTP content length exceeded 10485760 bytes.".getBytes(StandardCharsets.UTF_8))
        : http(413, "{\"message\":\"Request Entity Too Large\"}");
  }

  /**
   * A REST API request that matched no method but carries an {@code Authorization} header that is
   * not a SigV4 key=value list: API Gateway tries to read it as a signature and says so.
   */
  static ServiceResponse unparsableAuthorization(String headerValue) {
    String hash;
    try {
      hash =
          java.util.Base64.getEncoder()
              .encodeToString(
                  java.security.MessageDigest.getInstance("SHA-256")
                      .digest(headerValue.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
    return rest(
        403,
        "{\"message\":\"Invalid key=value pair (missing equal-sign) in Authorization header"
            + " (hashed with SHA-256 and encoded with Base64): '" + hash + "'.\"}",
        "IncompleteSignatureException",
        "INCOMPLETE_SIGNATURE");
  }

  static ServiceResponse headersTooLarge(boolean restApi) {
    return restApi
        ? rest(431, "{\"message\":\"Request Header Fields Too Large\"}", "BadRequestException", null)
        : http(431, "{\"message\":\"Request Header Fields Too Large\"}");
  }

  static ServiceResponse badRequest(boolean restApi) {
    return restApi
        ? rest(400, "{\"message\":\"Bad Request\"}", "BadRequestException", null)
        : http(400, "{\"message\":\"Bad Request\"}");
  }

  static ServiceResponse forbiddenApiKey() {
    return rest(403, "{\"message\":\"Forbidden\"}", "ForbiddenException", "INVALID_API_KEY");
  }

  static ServiceResponse throttled(boolean restApi) {
    return restApi
        ? rest(429, "{\"message\":\"Too Many Requests\"}", "TooManyRequestsException", "THROTTLED")
        : http(429, "{\"message\":\"Too Many Requests\"}");
  }

  static ServiceResponse quotaExceeded() {
    return rest(429, "{\"message\":\"Limit Exceeded\"}", "LimitExceededException", "QUOTA_EXCEEDED");
  }

  static ServiceResponse cacheInvalidationDenied(String resourceArn) {
    return rest(
        403,
        "{\"message\":\"User: anonymous is not authorized to perform: execute-api:InvalidateCache"
            + " on resource: " + resourceArn + "\"}",
        "AccessDeniedException",
        null);
  }

  static ServiceResponse refused(AuthOutcome.Refused refused, boolean restApi) {
    ServiceResponse base =
        switch (refused.refusal()) {
          case UNAUTHORIZED -> restApi
              ? rest(401, "{\"message\":\"Unauthorized\"}", "UnauthorizedException", "UNAUTHORIZED")
              : http(401, "{\"message\":\"Unauthorized\"}");
          case EXPLICIT_DENY -> restApi
              ? rest(403,
                  "{\"Message\":\"User is not authorized to access this resource with an explicit deny in an identity-based policy\"}",
                  "AccessDeniedException", "ACCESS_DENIED")
              : http(403, "{\"message\":\"Forbidden\"}");
          case IMPLICIT_DENY -> restApi
              ? rest(403, "{\"Message\":\"User is not authorized to access this resource\"}",
                  "AccessDeniedException", "ACCESS_DENIED")
              : http(403, "{\"message\":\"Forbidden\"}");
          case FORBIDDEN -> restApi
              ? rest(403, "{\"message\":\"Forbidden\"}", "ForbiddenException", "ACCESS_DENIED")
              : http(403, "{\"message\":\"Forbidden\"}");
          case AUTHORIZER_FAILURE -> restApi
              ? rest(500, "{\"message\": null}", "AuthorizerConfigurationException",
                  "AUTHORIZER_CONFIGURATION_ERROR")
              : http(500, "{\"message\":\"Internal Server Error\"}");
        };
    if (refused.headers().isEmpty()) {
      return base;
    }
    HttpHeaders.Builder headers = base.headers().toBuilder();
    for (Map.Entry<String, String> header : refused.headers().entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    return new ServiceResponse(base.status(), headers.build(), base.body());
  }

  private static ServiceResponse rest(
      int status, String body, String errorType, String gatewayResponseType) {
    HttpHeaders.Builder headers =
        HttpHeaders.builder()
            .set("Content-Type", "application/json")
            .set("x-amzn-ErrorType", errorType);
    if (gatewayResponseType != null) {
      headers.set(TYPE_MARKER, gatewayResponseType);
    }
    return new ServiceResponse(status, headers.build(), body.getBytes(StandardCharsets.UTF_8));
  }

  private static ServiceResponse http(int status, String body) {
    return new ServiceResponse(
        status,
        HttpHeaders.builder().set("Content-Type", "application/json").build(),
        body.getBytes(StandardCharsets.UTF_8));
  }
}
