package dev.hangar.dynamo.internal.stream;

import dev.hangar.dynamo.internal.error.DynamoException;

/**
 * The errors of the DynamoDB Streams API (Amazon DynamoDB API Reference, "Amazon DynamoDB
 * Streams" actions and their errors), with the texts DynamoDB Local answers where AWS documents
 * none.
 */
public final class StreamErrors {
  private StreamErrors() {}

  /**
   * {@code TrimmedDataAccessException}: the reader asked for records that retention removed.
   *
   * @return the error
   */
  public static DynamoException trimmed() {
    return new DynamoException(DynamoException.DYNAMODB + "TrimmedDataAccessException", 400,
        "The operation attempted to read past the oldest stream record in a shard.");
  }

  /**
   * {@code ExpiredIteratorException}: the shard iterator is older than 15 minutes.
   *
   * @param issued when the iterator was made, in epoch milliseconds
   * @param now the harness clock, in epoch milliseconds
   * @return the error
   */
  public static DynamoException expired(long issued, long now) {
    return new DynamoException(DynamoException.DYNAMODB + "ExpiredIteratorException", 400,
        "Iterator expired. The iterator was created at time " + java.time.Instant.ofEpochMilli(issued)
            + " while right now it is " + java.time.Instant.ofEpochMilli(now)
            + " which is further in the future than the tolerated delay of "
            + ShardIterators.LIFETIME.toMillis() + " milliseconds.");
  }

  /**
   * {@code ValidationException} "Invalid ShardIterator".
   *
   * @return the error
   */
  public static DynamoException invalidIterator() {
    return DynamoException.validation("Invalid ShardIterator");
  }

  /**
   * {@code ResourceNotFoundException} for DescribeStream of an unknown stream.
   *
   * @param arn the ARN asked for
   * @return the error
   */
  public static DynamoException streamNotFound(String arn) {
    return new DynamoException(DynamoException.DYNAMODB + "ResourceNotFoundException", 400,
        "Requested resource not found: Stream: " + arn + " not found");
  }

  /**
   * {@code ResourceNotFoundException} "Stream does not exist", for shard iterators.
   *
   * @return the error
   */
  public static DynamoException streamDoesNotExist() {
    return new DynamoException(DynamoException.DYNAMODB + "ResourceNotFoundException", 400,
        "Stream does not exist");
  }

  /**
   * {@code ResourceNotFoundException} "Shard does not exist".
   *
   * @return the error
   */
  public static DynamoException shardDoesNotExist() {
    return new DynamoException(DynamoException.DYNAMODB + "ResourceNotFoundException", 400,
        "Shard does not exist");
  }
}
