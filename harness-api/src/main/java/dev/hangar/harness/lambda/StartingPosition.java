package dev.hangar.harness.lambda;

/**
 * Where an event source mapping starts reading a stream (AWS documentation: "Lambda parameters
 * for Amazon DynamoDB event source mappings", {@code StartingPosition}).
 *
 * @since 0.1.0
 */
public enum StartingPosition {
  /** From the oldest record the stream still holds. */
  TRIM_HORIZON,
  /** Only records written after the mapping was created. */
  LATEST
}
