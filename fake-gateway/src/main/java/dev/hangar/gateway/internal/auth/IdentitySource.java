package dev.hangar.gateway.internal.auth;

/** Reads an identity source expression of a request; the caller knows the API type's syntax. */
@FunctionalInterface
public interface IdentitySource {
  /**
   * The value of one identity source.
   *
   * @param expression such as {@code method.request.header.Authorization} or {@code
   *     $request.querystring.token}
   * @return the value, or null (or empty) when the request lacks it
   */
  String read(String expression);
}
