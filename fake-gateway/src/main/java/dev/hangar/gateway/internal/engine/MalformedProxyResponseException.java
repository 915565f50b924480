package dev.hangar.gateway.internal.engine;

/** A function's result that API Gateway cannot turn into an HTTP response. */
final class MalformedProxyResponseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedProxyResponseException(String message) {
    super("Malformed Lambda proxy response: " + message, null, false, false);
  }
}
