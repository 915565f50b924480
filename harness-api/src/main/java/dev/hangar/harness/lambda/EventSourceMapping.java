package dev.hangar.harness.lambda;

import dev.hangar.harness.internal.eventsource.FilterCriteria;
import dev.hangar.harness.internal.eventsource.SamDynamoDbEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An event source mapping from a stream to a function, as {@code CreateEventSourceMapping} or a
 * SAM {@code Events: Type: DynamoDB} defines it (AWS documentation: "Lambda parameters for Amazon
 * DynamoDB event source mappings", "CreateEventSourceMapping"). Defaults are Lambda's for
 * DynamoDB streams: batch size 100, retries and record age infinite (-1), no bisection, no
 * filter, enabled.
 *
 * <p>{@code MaximumBatchingWindowInSeconds} is validated and kept but has no effect: Hangar
 * delivers at defined points (see {@link DeliveryMode}), so there is no window to wait for.
 * {@code ParallelizationFactor} above 1 and a {@code TumblingWindowInSeconds} window are not
 * supported: their setters throw {@link UnsupportedOperationException} naming the setting.
 *
 * <p>Instances are immutable; build one with {@link #builder(String, String, StartingPosition)}.
 *
 * @since 0.1.0
 */
public final class EventSourceMapping {
  /** The function response type that turns on partial batch responses. */
  public static final String REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";

  private final String functionName;
  private final String eventSourceArn;
  private final StartingPosition startingPosition;
  private final int batchSize;
  private final int maximumBatchingWindowInSeconds;
  private final List<String> filterPatterns;
  private final boolean bisectBatchOnFunctionError;
  private final int maximumRetryAttempts;
  private final int maximumRecordAgeInSeconds;
  private final String onFailureDestination;
  private final List<String> functionResponseTypes;
  private final boolean enabled;
  private final int parallelizationFactor;

  private EventSourceMapping(Builder b) {
    this.functionName = b.functionName;
    this.eventSourceArn = b.eventSourceArn;
    this.startingPosition = b.startingPosition;
    this.batchSize = b.batchSize;
    this.maximumBatchingWindowInSeconds = b.maximumBatchingWindowInSeconds;
    this.filterPatterns = List.copyOf(b.filterPatterns);
    FilterCriteria.compile(filterPatterns);
    this.bisectBatchOnFunctionError = b.bisectBatchOnFunctionError;
    this.maximumRetryAttempts = b.maximumRetryAttempts;
    this.maximumRecordAgeInSeconds = b.maximumRecordAgeInSeconds;
    this.onFailureDestination = b.onFailureDestination;
    this.functionResponseTypes = List.copyOf(b.functionResponseTypes);
    this.enabled = b.enabled;
    this.parallelizationFactor = b.parallelizationFactor;
  }

  /**
   * A builder for a mapping with Lambda's defaults.
   *
   * @param functionName the function's name or ARN ({@code FunctionName})
   * @param eventSourceArn the stream's ARN ({@code EventSourceArn})
   * @param startingPosition where to start reading ({@code StartingPosition}), required for
   *     streams
   * @return a new builder, never null
   */
  public static Builder builder(
      String functionName, String eventSourceArn, StartingPosition startingPosition) {
    return new Builder(
        Objects.requireNonNull(functionName, "functionName"),
        Objects.requireNonNull(eventSourceArn, "eventSourceArn"),
        Objects.requireNonNull(startingPosition, "startingPosition"));
  }

  /**
   * A mapping from the {@code Properties} of a SAM {@code Events: Type: DynamoDB} entry, as the
   * JUnit extension reads a template (AWS SAM documentation: "DynamoDB" event source type):
   * {@code StartingPosition} (required), {@code BatchSize}, {@code MaximumBatchingWindowInSeconds},
   * {@code FilterCriteria.Filters[].Pattern}, {@code BisectBatchOnFunctionError}, {@code
   * MaximumRetryAttempts}, {@code MaximumRecordAgeInSeconds}, {@code
   * DestinationConfig.OnFailure.Destination}, {@code FunctionResponseTypes}, {@code Enabled},
   * {@code ParallelizationFactor}, {@code TumblingWindowInSeconds}. {@code Stream} is passed
   * resolved; {@code KmsKeyArn} and {@code MetricsConfig} are accepted and have no effect.
   * Numbers and booleans may be given as YAML scalars or strings.
   *
   * @param functionName the function's name
   * @param streamArn the stream's ARN (the {@code Stream} property, resolved)
   * @param properties the event's {@code Properties}, as parsed from YAML or JSON
   * @return the mapping, never null
   * @throws IllegalArgumentException naming the property when one is missing, unknown, or of the
   *     wrong type
   * @throws LambdaServiceException when a value is out of Lambda's range (as from the builder)
   * @throws UnsupportedOperationException for the settings Hangar does not support (as from the
   *     builder)
   */
  public static EventSourceMapping fromSamProperties(
      String functionName, String streamArn, Map<String, ?> properties) {
    return SamDynamoDbEvent.read(
        Objects.requireNonNull(functionName, "functionName"),
        Objects.requireNonNull(streamArn, "streamArn"),
        Objects.requireNonNull(properties, "properties"));
  }

  /**
   * A builder initialised with this mapping.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(functionName, eventSourceArn, startingPosition);
    b.batchSize = batchSize;
    b.maximumBatchingWindowInSeconds = maximumBatchingWindowInSeconds;
    b.filterPatterns.addAll(filterPatterns);
    b.bisectBatchOnFunctionError = bisectBatchOnFunctionError;
    b.maximumRetryAttempts = maximumRetryAttempts;
    b.maximumRecordAgeInSeconds = maximumRecordAgeInSeconds;
    b.onFailureDestination = onFailureDestination;
    b.functionResponseTypes.addAll(functionResponseTypes);
    b.enabled = enabled;
    b.parallelizationFactor = parallelizationFactor;
    return b;
  }

  /**
   * The function's name or ARN, as given.
   *
   * @return the function, never null
   */
  public String functionName() {
    return functionName;
  }

  /**
   * The stream's ARN.
   *
   * @return the ARN, never null
   */
  public String eventSourceArn() {
    return eventSourceArn;
  }

  /**
   * Where reading starts.
   *
   * @return the starting position, never null
   */
  public StartingPosition startingPosition() {
    return startingPosition;
  }

  /**
   * The largest number of records in one invocation.
   *
   * @return 1 to 10,000; 100 by default
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * The batching window, kept for the record: it has no effect in Hangar.
   *
   * @return 0 to 300 seconds; 0 by default
   */
  public int maximumBatchingWindowInSeconds() {
    return maximumBatchingWindowInSeconds;
  }

  /**
   * The filter patterns ({@code FilterCriteria.Filters[].Pattern}); a record is delivered when any
   * matches, or always when there is none.
   *
   * @return the patterns, never null
   */
  public List<String> filterPatterns() {
    return filterPatterns;
  }

  /**
   * Whether a batch whose invocation fails is split in two before it is retried.
   *
   * @return false by default
   */
  public boolean bisectBatchOnFunctionError() {
    return bisectBatchOnFunctionError;
  }

  /**
   * How often a failed batch is retried before it is discarded.
   *
   * @return -1 (until the records expire, the default) to 10,000
   */
  public int maximumRetryAttempts() {
    return maximumRetryAttempts;
  }

  /**
   * The age at which records are discarded instead of being sent.
   *
   * @return -1 (until the records expire, the default) or up to 604,800 seconds
   */
  public int maximumRecordAgeInSeconds() {
    return maximumRecordAgeInSeconds;
  }

  /**
   * The on-failure destination ({@code DestinationConfig.OnFailure.Destination}): where the
   * invocation records of discarded batches go. Read them with {@link
   * EventSources#onFailureRecords(String)}.
   *
   * @return the destination ARN, or empty when discarded batches are dropped
   */
  public Optional<String> onFailureDestination() {
    return Optional.ofNullable(onFailureDestination);
  }

  /**
   * The function response types: empty, or {@code ReportBatchItemFailures}.
   *
   * @return the types, never null
   */
  public List<String> functionResponseTypes() {
    return functionResponseTypes;
  }

  /**
   * Whether the function reports partial batch failures ({@code FunctionResponseTypes} holds
   * {@code ReportBatchItemFailures}).
   *
   * @return true when partial batch responses are read
   */
  public boolean reportBatchItemFailures() {
    return functionResponseTypes.contains(REPORT_BATCH_ITEM_FAILURES);
  }

  /**
   * Whether the mapping delivers records.
   *
   * @return true by default
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * The number of concurrent batches per shard.
   *
   * @return always 1 in Hangar
   */
  public int parallelizationFactor() {
    return parallelizationFactor;
  }

  /** Lambda's validation error text for a value out of range. */
  private static LambdaServiceException outOfRange(
      String field, long value, String constraint) {
    return new LambdaServiceException(
        "ValidationException",
        400,
        "1 validation error detected: Value '" + value + "' at '" + field
            + "' failed to satisfy constraint: Member must have value " + constraint,
        "");
  }

  @Override
  public String toString() {
    return "EventSourceMapping[" + eventSourceArn + " -> " + functionName + "]";
  }

  /**
   * Configures an {@link EventSourceMapping}. Setters check Lambda's limits at once and throw
   * {@link LambdaServiceException} with Lambda's error code and message.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String functionName;
    private final String eventSourceArn;
    private final StartingPosition startingPosition;
    private int batchSize = 100;
    private int maximumBatchingWindowInSeconds;
    private final List<String> filterPatterns = new ArrayList<>();
    private boolean bisectBatchOnFunctionError;
    private int maximumRetryAttempts = -1;
    private int maximumRecordAgeInSeconds = -1;
    private String onFailureDestination;
    private final List<String> functionResponseTypes = new ArrayList<>();
    private boolean enabled = true;
    private int parallelizationFactor = 1;

    private Builder(String functionName, String eventSourceArn, StartingPosition position) {
      this.functionName = functionName;
      this.eventSourceArn = eventSourceArn;
      this.startingPosition = position;
    }

    /**
     * The largest number of records per invocation ({@code BatchSize}).
     *
     * @param batchSize 1 to 10,000
     * @return this builder
     * @throws LambdaServiceException {@code ValidationException} when out of range
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw outOfRange("batchSize", batchSize, "greater than or equal to 1");
      }
      if (batchSize > 10_000) {
        throw outOfRange("batchSize", batchSize, "less than or equal to 10000");
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * The batching window ({@code MaximumBatchingWindowInSeconds}); validated, then ignored,
     * because Hangar delivers at defined points.
     *
     * @param seconds 0 to 300
     * @return this builder
     * @throws LambdaServiceException {@code ValidationException} when out of range
     */
    public Builder maximumBatchingWindowInSeconds(int seconds) {
      if (seconds < 0) {
        throw outOfRange("maximumBatchingWindowInSeconds", seconds, "greater than or equal to 0");
      }
      if (seconds > 300) {
        throw outOfRange("maximumBatchingWindowInSeconds", seconds, "less than or equal to 300");
      }
      this.maximumBatchingWindowInSeconds = seconds;
      return this;
    }

    /**
     * Adds a filter pattern ({@code FilterCriteria.Filters[].Pattern}), checked when the mapping
     * is built.
     *
     * @param pattern the pattern as JSON text, for example {@code {"eventName": ["INSERT"]}}
     * @return this builder
     */
    public Builder filterPattern(String pattern) {
      filterPatterns.add(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Splits a failed batch in two before retrying ({@code BisectBatchOnFunctionError}).
     *
     * @param bisect whether to split
     * @return this builder
     */
    public Builder bisectBatchOnFunctionError(boolean bisect) {
      this.bisectBatchOnFunctionError = bisect;
      return this;
    }

    /**
     * How often a failed batch is retried ({@code MaximumRetryAttempts}).
     *
     * @param attempts -1 (infinite) to 10,000
     * @return this builder
     * @throws LambdaServiceException {@code ValidationException} when out of range
     */
    public Builder maximumRetryAttempts(int attempts) {
      if (attempts < -1) {
        throw outOfRange("maximumRetryAttempts", attempts, "greater than or equal to -1");
      }
      if (attempts > 10_000) {
        throw outOfRange("maximumRetryAttempts", attempts, "less than or equal to 10000");
      }
      this.maximumRetryAttempts = attempts;
      return this;
    }

    /**
     * The age at which records are discarded ({@code MaximumRecordAgeInSeconds}).
     *
     * @param seconds -1 (infinite) to 604,800
     * @return this builder
     * @throws LambdaServiceException {@code ValidationException} when out of range
     */
    public Builder maximumRecordAgeInSeconds(int seconds) {
      if (seconds < -1) {
        throw outOfRange("maximumRecordAgeInSeconds", seconds, "greater than or equal to -1");
      }
      if (seconds > 604_800) {
        throw outOfRange("maximumRecordAgeInSeconds", seconds, "less than or equal to 604800");
      }
      this.maximumRecordAgeInSeconds = seconds;
      return this;
    }

    /**
     * The on-failure destination ({@code DestinationConfig.OnFailure.Destination}), such as an
     * SQS queue's ARN; the invocation records sent there are kept by the harness.
     *
     * @param destinationArn the destination's ARN
     * @return this builder
     * @throws LambdaServiceException {@code InvalidParameterValueException} when it is not an ARN
     */
    public Builder onFailureDestination(String destinationArn) {
      Objects.requireNonNull(destinationArn, "destinationArn");
      if (!destinationArn.matches("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:[^:]*:(\\d{12})?:.+")) {
        throw new LambdaServiceException(
            "InvalidParameterValueException",
            400,
            "Invalid destination ARN: " + destinationArn,
            "");
      }
      this.onFailureDestination = destinationArn;
      return this;
    }

    /**
     * The function response types ({@code FunctionResponseTypes}).
     *
     * @param types empty, or {@code ReportBatchItemFailures}
     * @return this builder
     * @throws LambdaServiceException {@code ValidationException} for any other value
     */
    public Builder functionResponseTypes(List<String> types) {
      for (String type : types) {
        if (!REPORT_BATCH_ITEM_FAILURES.equals(type)) {
          throw new LambdaServiceException(
              "ValidationException",
              400,
              "1 validation error detected: Value '" + types
                  + "' at 'functionResponseTypes' failed to satisfy constraint: Member must"
                  + " satisfy constraint: [Member must satisfy enum value set:"
                  + " [ReportBatchItemFailures]]",
              "");
        }
      }
      functionResponseTypes.clear();
      functionResponseTypes.addAll(types);
      return this;
    }

    /**
     * Turns partial batch responses on: {@code FunctionResponseTypes: [ReportBatchItemFailures]}.
     *
     * @return this builder
     */
    public Builder reportBatchItemFailures() {
      return functionResponseTypes(List.of(REPORT_BATCH_ITEM_FAILURES));
    }

    /**
     * Whether the mapping delivers records ({@code Enabled}).
     *
     * @param enabled true to deliver
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Concurrent batches per shard ({@code ParallelizationFactor}). Only 1 is supported: Hangar
     * delivers one batch per shard at a time.
     *
     * @param factor 1
     * @return this builder
     * @throws LambdaServiceException {@code ValidationException} outside 1 to 10
     * @throws UnsupportedOperationException for 2 to 10
     */
    public Builder parallelizationFactor(int factor) {
      if (factor < 1) {
        throw outOfRange("parallelizationFactor", factor, "greater than or equal to 1");
      }
      if (factor > 10) {
        throw outOfRange("parallelizationFactor", factor, "less than or equal to 10");
      }
      if (factor != 1) {
        throw new UnsupportedOperationException(
            "ParallelizationFactor " + factor + " is not supported by Hangar: batches of a shard"
                + " are delivered one at a time; use 1");
      }
      this.parallelizationFactor = factor;
      return this;
    }

    /**
     * A tumbling window ({@code TumblingWindowInSeconds}): not supported.
     *
     * @param seconds 0 to 900; 0 means no window and is accepted
     * @return this builder
     * @throws LambdaServiceException {@code ValidationException} outside 0 to 900
     * @throws UnsupportedOperationException for any window of 1 second or more
     */
    public Builder tumblingWindowInSeconds(int seconds) {
      if (seconds < 0) {
        throw outOfRange("tumblingWindowInSeconds", seconds, "greater than or equal to 0");
      }
      if (seconds > 900) {
        throw outOfRange("tumblingWindowInSeconds", seconds, "less than or equal to 900");
      }
      if (seconds > 0) {
        throw new UnsupportedOperationException(
            "TumblingWindowInSeconds is not supported by Hangar's event source mappings"
                + " (aggregation state across invocations); remove it or set it to 0");
      }
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping, never null
     * @throws LambdaServiceException {@code InvalidParameterValueException} "Invalid filter
     *     pattern definition." when a filter pattern is not valid
     */
    public EventSourceMapping build() {
      try {
        return new EventSourceMapping(this);
      } catch (IllegalArgumentException e) {
        throw new LambdaServiceException(
            "InvalidParameterValueException", 400, e.getMessage(), "");
      }
    }
  }
}
