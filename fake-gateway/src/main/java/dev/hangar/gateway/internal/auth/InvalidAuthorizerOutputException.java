package dev.hangar.gateway.internal.auth;

/** An authorizer returned something API Gateway cannot use; clients get a 500. */
public final class InvalidAuthorizerOutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what was wrong, for the trace */
  public InvalidAuthorizerOutputException(String message) {
    super(message, null, false, false);
  }
}
