package dev.hangar.harness.internal.lambda;

/**
 * A handler that cannot be loaded, reported as the runtime reports a loader fault: on every
 * invocation, with the runtime's message and (when it has one) error type, and no stack trace.
 */
final class HandlerFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorType;
  private final boolean fatal;

  HandlerFault(String message, String errorType, boolean fatal) {
    super(message, null, false, false);
    this.errorType = errorType;
    this.fatal = fatal;
  }

  HandlerFault(String message) {
    this(message, null, false);
  }

  /** The runtime's {@code makeUserFault(Throwable, fatal)}: message or class name, and the type. */
  static HandlerFault of(Throwable t, boolean fatal) {
    return new HandlerFault(ErrorPayload.message(t), t.getClass().getName(), fatal);
  }

  /**
   * Whether the fault ends the execution environment (an init error, such as a constructor or a
   * static initialiser that threw), so the next invocation starts a new one.
   */
  boolean fatal() {
    return fatal;
  }

  String payload() {
    return ErrorPayload.ofFault(getMessage(), errorType);
  }

  /** The runtime's {@code UserFault.reportableError()} text for the log. */
  String logText() {
    return errorType == null ? getMessage() : getMessage() + ": " + errorType;
  }
}
