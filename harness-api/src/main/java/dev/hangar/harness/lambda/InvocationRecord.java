package dev.hangar.harness.lambda;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One invocation of a function as Lambda's logs and metrics describe it: the request id, whether it
 * was a cold start, the init, run and billed durations of the {@code REPORT} line, the log lines
 * (with {@code START}, {@code END} and {@code REPORT}), and the result or the error (AWS
 * documentation: "Monitoring functions in the Lambda console", "Lambda execution environment").
 *
 * @param requestId the request id, as {@code Context.getAwsRequestId()} gave it
 * @param functionName the function's name
 * @param invocationType {@code RequestResponse} or {@code Event}
 * @param startedAt when the invocation started, on the harness clock
 * @param environmentId the number of the execution environment that ran it (1 for the first one
 *     of the function); equal numbers mean the same warm environment
 * @param coldStart whether the environment was started for this invocation
 * @param initDuration how long the environment took to start (class loading, static initialisers,
 *     constructor); zero for a warm start
 * @param duration how long the handler ran
 * @param billedDuration the billed duration: duration plus init duration, rounded up to the
 *     millisecond
 * @param logLines the function's log lines for this invocation, in order
 * @param requestPayload the event as JSON
 * @param responsePayload the result JSON, or the runtime's error JSON when the function failed
 * @param functionError {@code Unhandled} when the function failed
 * @since 0.1.0
 */
public record InvocationRecord(
    String requestId,
    String functionName,
    String invocationType,
    Instant startedAt,
    int environmentId,
    boolean coldStart,
    Duration initDuration,
    Duration duration,
    Duration billedDuration,
    List<String> logLines,
    String requestPayload,
    String responsePayload,
    Optional<String> functionError) {

  /** Checks that no component is null and copies the log lines. */
  public InvocationRecord {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(functionName, "functionName");
    Objects.requireNonNull(invocationType, "invocationType");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(initDuration, "initDuration");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(billedDuration, "billedDuration");
    logLines = List.copyOf(logLines);
    Objects.requireNonNull(requestPayload, "requestPayload");
    Objects.requireNonNull(responsePayload, "responsePayload");
    Objects.requireNonNull(functionError, "functionError");
  }

  /**
   * Whether the function failed (threw, timed out or could not be loaded).
   *
   * @return true when {@link #functionError()} is present
   */
  public boolean failed() {
    return functionError.isPresent();
  }

  /**
   * The log as one text, lines separated by {@code \n}.
   *
   * @return the log text, never null
   */
  public String log() {
    return String.join("\n", logLines);
  }
}
