package dev.hangar.gateway.internal.auth;

/** The outcome of evaluating an authorizer's IAM policy against one ARN. */
public enum PolicyDecision {
  /** An Allow statement covers the ARN and no Deny does. */
  ALLOW,
  /** A Deny statement covers the ARN. */
  EXPLICIT_DENY,
  /** No statement covers the ARN. */
  IMPLICIT_DENY
}
