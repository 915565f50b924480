package dev.hangar.harness.lambda;

import java.util.Objects;

/**
 * Thrown by {@link Lambda#invoke(String, Object, Class)} when the function failed: Lambda answered
 * with {@code X-Amz-Function-Error: Unhandled} and the runtime's error payload.
 *
 * @since 0.1.0
 */
public final class FunctionErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final String errorType;
  private final String errorMessage;
  private final String payload;

  /**
   * An exception for a failed invocation.
   *
   * @param requestId the invocation's request id
   * @param errorType the payload's {@code errorType}, empty when it has none
   * @param errorMessage the payload's {@code errorMessage}
   * @param payload the whole error payload JSON
   */
  public FunctionErrorException(
      String requestId, String errorType, String errorMessage, String payload) {
    super(
        (errorType.isEmpty() ? "" : errorType + ": ")
            + errorMessage
            + " (request "
            + requestId
            + ")");
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.errorType = Objects.requireNonNull(errorType, "errorType");
    this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
    this.payload = Objects.requireNonNull(payload, "payload");
  }

  /**
   * The request id of the failed invocation.
   *
   * @return the request id, never null
   */
  public String requestId() {
    return requestId;
  }

  /**
   * The runtime's {@code errorType}: the exception's class name, or for example {@code
   * Sandbox.Timedout}.
   *
   * @return the type, empty when the payload has none; never null
   */
  public String errorType() {
    return errorType;
  }

  /**
   * The runtime's {@code errorMessage}.
   *
   * @return the message, never null
   */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * The error payload as Lambda returned it.
   *
   * @return the JSON text, never null
   */
  public String payload() {
    return payload;
  }
}
