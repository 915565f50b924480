package dev.hangar.gateway;

/**
 * The gateway response types of a REST API that Hangar produces and lets a test customise with
 * {@link ApiDefinition.Builder#gatewayResponse}, as "Gateway response types for API Gateway"
 * lists them. {@link #DEFAULT_4XX} and {@link #DEFAULT_5XX} apply to every error of their class
 * that has no customisation of its own.
 *
 * @since 0.1.0
 */
public enum GatewayResponseType {
  /** Every 4XX error without a more specific customisation. */
  DEFAULT_4XX,
  /** Every 5XX error without a more specific customisation. */
  DEFAULT_5XX,
  /** 403: no resource or method matched. */
  MISSING_AUTHENTICATION_TOKEN,
  /** 403: the Authorization header is not a SigV4 signature. */
  INCOMPLETE_SIGNATURE,
  /** 401: the authorizer refused the identity. */
  UNAUTHORIZED,
  /** 403: the authorizer's policy denies the request. */
  ACCESS_DENIED,
  /** 500: the authorizer function failed or returned something unusable. */
  AUTHORIZER_CONFIGURATION_ERROR,
  /** 403: the API key is missing or unknown. */
  INVALID_API_KEY,
  /** 429: the request was throttled. */
  THROTTLED,
  /** 429: the API key's quota is used up. */
  QUOTA_EXCEEDED,
  /** 504: the integration timed out. */
  INTEGRATION_TIMEOUT
}
