package dev.hangar.harness.lambda;

import java.time.Instant;
import java.util.Objects;

/**
 * An asynchronous ({@code Event}) invocation that failed on every attempt and was sent to the
 * function's on-failure destination, as Lambda's invocation record describes it (AWS
 * documentation: "Capturing records of Lambda asynchronous invocations").
 *
 * @param requestId the request id of the invocation (the same on every attempt)
 * @param functionArn the function's ARN with the {@code $LATEST} qualifier
 * @param timestamp when the record was sent, on the harness clock
 * @param condition {@code RetriesExhausted}
 * @param approximateInvokeCount how many times the function ran: 3 after two retries
 * @param requestPayload the event JSON
 * @param responsePayload the last attempt's error payload JSON
 * @param functionError {@code Unhandled}
 * @since 0.1.0
 */
public record AsyncFailure(
    String requestId,
    String functionArn,
    Instant timestamp,
    String condition,
    int approximateInvokeCount,
    String requestPayload,
    String responsePayload,
    String functionError) {

  /** Checks that no component is null. */
  public AsyncFailure {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(functionArn, "functionArn");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(requestPayload, "requestPayload");
    Objects.requireNonNull(responsePayload, "responsePayload");
    Objects.requireNonNull(functionError, "functionError");
  }
}
