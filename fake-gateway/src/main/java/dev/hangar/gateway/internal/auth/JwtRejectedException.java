package dev.hangar.gateway.internal.auth;

/**
 * A token a JWT authorizer refuses; the description is what API Gateway puts in {@code
 * www-authenticate}'s {@code error_description}.
 */
public final class JwtRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param description the error description */
  public JwtRejectedException(String description) {
    super(description, null, false, false);
  }
}
