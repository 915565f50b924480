package dev.hangar.harness.lambda;

import java.util.Objects;

/**
 * The Lambda service refused an invocation before running the function, as the {@code Invoke} API
 * reports it (AWS documentation: "Invoke", section Errors): for example {@code
 * TooManyRequestsException} (HTTP 429, "Rate Exceeded.") when the function's reserved concurrency is
 * in use, or {@code InvalidParameterValueException}. A function that does not exist gets the
 * more specific {@link FunctionNotFoundException}.
 *
 * @since 0.1.0
 */
public class LambdaServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final int statusCode;
  private final String reason;

  /**
   * An exception with the Lambda API's error code, status and message.
   *
   * @param errorCode the error code, for example {@code TooManyRequestsException}
   * @param statusCode the HTTP status Lambda answers with
   * @param message the message text Lambda gives
   * @param reason the {@code Reason} field of throttling errors, empty when there is none
   */
  public LambdaServiceException(String errorCode, int statusCode, String message, String reason) {
    super(message);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.statusCode = statusCode;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * The error code, as the SDK exception's class name spells it.
   *
   * @return the code, never null
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * The HTTP status code Lambda answers with.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The {@code Reason} of a throttling error, such as {@code
   * ReservedFunctionConcurrentInvocationLimitExceeded}.
   *
   * @return the reason, empty when there is none; never null
   */
  public String reason() {
    return reason;
  }
}
