package dev.hangar.harness.spi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a synchronous Lambda invocation as Lambda's {@code Invoke} API reports it.
 *
 * @param requestId the invocation's request id
 * @param payload the function's result as JSON bytes, or the runtime's error JSON
 *     ({@code errorMessage}, {@code errorType}, {@code stackTrace}) when {@code functionError} is set
 * @param functionError {@code Unhandled} when the function failed (threw, timed out, ran out of
 *     memory), empty when it returned
 * @param logTail the last 4 KB of the invocation's log, as {@code LogType=Tail} returns it
 * @since 0.1.0
 */
public record InvokeOutcome(
    String requestId, byte[] payload, Optional<String> functionError, String logTail) {

  /** Checks that no component is null. */
  public InvokeOutcome {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(functionError, "functionError");
    Objects.requireNonNull(logTail, "logTail");
  }

  /**
   * Whether the function failed.
   *
   * @return true when {@link #functionError()} is present
   */
  public boolean failed() {
    return functionError.isPresent();
  }

  /**
   * The payload decoded as UTF-8.
   *
   * @return the payload text, never null
   */
  public String payloadAsString() {
    return new String(payload, StandardCharsets.UTF_8);
  }
}
