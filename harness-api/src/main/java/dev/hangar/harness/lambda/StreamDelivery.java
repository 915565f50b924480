package dev.hangar.harness.lambda;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an event source mapping did with some records of a shard: delivered them in one
 * invocation (and how it ended), dropped them because no filter matched, or discarded them after
 * failures. Read them with {@link EventSources#deliveries()}; the invocations themselves are in
 * {@link Lambda#invocations(String)}.
 *
 * @param mappingId the mapping's UUID
 * @param functionName the function's name
 * @param shardId the shard the records came from
 * @param sequenceNumbers the records' sequence numbers, in order
 * @param outcome what happened
 * @param requestId the request id of the invocation (for a discard, of the last invocation with
 *     those records); empty when the function was not invoked
 * @param at when it happened, on the harness clock
 * @since 0.1.0
 */
public record StreamDelivery(
    String mappingId,
    String functionName,
    String shardId,
    List<String> sequenceNumbers,
    Outcome outcome,
    String requestId,
    Instant at) {

  /** Checks that no component is null and copies the sequence numbers. */
  public StreamDelivery {
    Objects.requireNonNull(mappingId, "mappingId");
    Objects.requireNonNull(functionName, "functionName");
    Objects.requireNonNull(shardId, "shardId");
    sequenceNumbers = List.copyOf(sequenceNumbers);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(at, "at");
  }

  /**
   * What happened to the records.
   *
   * @since 0.1.0
   */
  public enum Outcome {
    /** The function processed the batch: the checkpoint moved past it. */
    SUCCEEDED,
    /** The function failed (threw, timed out): the batch is retried, split or discarded. */
    FUNCTION_ERROR,
    /**
     * The function returned {@code batchItemFailures}: the records before the lowest failed
     * sequence number are done; the rest are retried.
     */
    PARTIAL_FAILURE,
    /**
     * The function returned a partial batch response Lambda treats as a complete failure (an
     * empty, null or unknown {@code itemIdentifier}, or a response that is not a JSON object).
     */
    INVALID_RESPONSE,
    /** Lambda could not invoke the function (throttled): retried without counting an attempt. */
    THROTTLED,
    /** No filter matched: the records were dropped and are never delivered. */
    FILTERED_OUT,
    /** The retries were used up: the records were discarded (and sent to the destination). */
    DISCARDED_RETRIES_EXHAUSTED,
    /**
     * The records were older than {@code MaximumRecordAgeInSeconds} or than the stream's
     * retention: discarded (and sent to the destination).
     */
    DISCARDED_RECORD_AGE_EXCEEDED
  }
}
