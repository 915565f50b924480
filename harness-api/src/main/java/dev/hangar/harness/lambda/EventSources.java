package dev.hangar.harness.lambda;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event source mappings of a harness: streams (a DynamoDB table's stream) mapped to
 * functions, polled the way Lambda polls them (AWS documentation: "How Lambda processes records
 * from DynamoDB Streams", "Lambda event source mappings"). Records of a shard are delivered in
 * order, in batches of up to {@code BatchSize} records that pass the filters, wrapped in Lambda's
 * envelope ({@code {"Records": [...]}}, readable as {@code DynamodbEvent}); a failing batch blocks
 * its shard while it is retried, split and finally discarded to the on-failure destination.
 *
 * <p>Delivery is deterministic: it happens in {@link #drain()} (and, in {@link
 * DeliveryMode#ON_APPEND}, when a stream reports appended records), never on a background thread.
 * A drain retries a failing batch at once, without waiting, as long as each attempt brings the
 * batch closer to an end (a finite retry count, a split); a batch that Lambda would retry until its
 * records expire ({@code MaximumRetryAttempts} -1, nothing left to split) is attempted once per
 * drain. Record ages are measured on the harness clock: advance it and drain to see records expire.
 *
 * <pre>{@code
 * harness.lambda().eventSources().create(EventSourceMapping
 *     .builder("audit", streamArn, StartingPosition.TRIM_HORIZON).batchSize(10).build());
 * table.putItem(...);
 * harness.lambda().eventSources().drain();
 * }</pre>
 *
 * <p>Instances are safe for concurrent use.
 *
 * @since 0.1.0
 */
public interface EventSources {

  /**
   * Creates a mapping, as {@code CreateEventSourceMapping} does. Reading starts at the mapping's
   * starting position now: with {@code LATEST}, records already in the stream are never delivered.
   *
   * @param mapping the mapping
   * @return the mapping's UUID, never null
   * @throws FunctionNotFoundException when the function does not exist
   * @throws LambdaServiceException {@code InvalidParameterValueException} when no stream with that
   *     ARN is registered with the harness ("Cannot access stream ...")
   */
  String create(EventSourceMapping mapping);

  /**
   * The mappings, in creation order.
   *
   * @return UUID to mapping, never null
   */
  Map<String, EventSourceMapping> mappings();

  /**
   * One mapping.
   *
   * @param uuid the mapping's UUID
   * @return the mapping, or empty when there is none
   */
  Optional<EventSourceMapping> mapping(String uuid);

  /**
   * Enables or disables a mapping, as {@code UpdateEventSourceMapping} with {@code Enabled}. A
   * disabled mapping keeps its checkpoint and resumes from it when enabled again.
   *
   * @param uuid the mapping's UUID
   * @param enabled whether to deliver
   * @throws LambdaServiceException {@code ResourceNotFoundException} when there is no such mapping
   */
  void setEnabled(String uuid, boolean enabled);

  /**
   * Deletes a mapping, as {@code DeleteEventSourceMapping}.
   *
   * @param uuid the mapping's UUID
   * @throws LambdaServiceException {@code ResourceNotFoundException} when there is no such mapping
   */
  void delete(String uuid);

  /**
   * Delivers every record that is due, on the calling thread, and returns when each enabled
   * mapping has caught up with its streams or is blocked by a batch it will retry on the next
   * drain. Functions run as in production; the effects of a trigger (writes to other tables) are
   * visible when this returns, and records those writes append are delivered in the same drain.
   *
   * <p>Called while another thread is delivering, it waits for that thread to finish first; so do
   * not call it from a function's handler while a delivery invokes that function.
   */
  void drain();

  /**
   * The most invocations one delivery run may make before it stops with an {@link
   * IllegalStateException}: a function that writes to the stream that triggers it would otherwise
   * loop forever (as it would on Lambda, at a cost). 10,000 by default.
   *
   * @param limit the limit, at least 1
   * @throws IllegalArgumentException when the limit is below 1
   */
  void maximumInvocationsPerDrain(int limit);

  /**
   * When records are delivered.
   *
   * @param mode {@link DeliveryMode#ON_DRAIN} (the default) or {@link DeliveryMode#ON_APPEND}
   */
  void deliveryMode(DeliveryMode mode);

  /**
   * The current delivery mode.
   *
   * @return the mode, never null
   */
  DeliveryMode deliveryMode();

  /**
   * Everything the mappings did, oldest first: batches delivered and how they ended, records
   * filtered out, batches discarded.
   *
   * @return the deliveries, never null
   */
  List<StreamDelivery> deliveries();

  /**
   * The invocation records sent to an on-failure destination, oldest first, each the JSON
   * document Lambda sends to an SQS queue or SNS topic for a discarded stream batch: {@code
   * requestContext} ({@code requestId}, {@code functionArn}, {@code condition} {@code
   * RetryAttemptsExhausted} or {@code RecordAgeExceeded}, {@code approximateInvokeCount}), {@code
   * responseContext} when the function ran, {@code version}, {@code timestamp} and {@code
   * DDBStreamBatchInfo} (AWS documentation: "Retaining discarded records for a DynamoDB event
   * source in Lambda"). The records themselves are not included, as on Lambda.
   *
   * @param destinationArn the destination's ARN
   * @return the JSON documents, never null
   */
  List<String> onFailureRecords(String destinationArn);

  /** Forgets the deliveries and on-failure records; mappings and their checkpoints stay. */
  void clearRecords();
}
