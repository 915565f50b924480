package dev.hangar.dynamo.internal.error;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Map;

/**
 * DynamoDB's {@code ConditionalCheckFailedException}, carrying the item when the request asked for
 * it with {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}.
 */
public final class ConditionalCheckFailed extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** DynamoDB's message. */
  public static final String MESSAGE = "The conditional request failed";

  @SuppressWarnings("serial") // never serialised: errors live for one request
  private final Map<String, Value> item;

  /**
   * The error.
   *
   * @param item the item to return, or null
   */
  public ConditionalCheckFailed(Map<String, Value> item) {
    super(DYNAMODB + "ConditionalCheckFailedException", 400, MESSAGE);
    this.item = item;
  }

  /**
   * The item to return with the error.
   *
   * @return the item, or null
   */
  public Map<String, Value> item() {
    return item;
  }
}
